import { expect } from '@open-wc/testing';

interface CspResult {
  rendered: number;
  total: number;
  violations: string[];
  trustedTypes: boolean;
  error?: string;
}

interface JsonLdResult {
  outcomes: { tag: string; rendered: boolean; scripts: string[]; errors: { kind: string; fatal: boolean; paths: string[]; messages: string[] }[] }[];
  violations: string[];
  stringRefused: boolean;
  error?: string;
}

async function loadCspPage<T = CspResult>(url = '/test/security/csp-page.html'): Promise<{ result: T; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.src = url;
  document.body.append(frame);
  const start = performance.now();
  for (;;) {
    const data = frame.contentDocument?.body?.dataset.result;
    if (data) return { result: JSON.parse(data) as T, frame };
    if (performance.now() - start > 10000) throw new Error('the CSP page did not finish');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('security: strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(20000);
  let components: { tag: string }[] = [];
  before(async () => {
    components = (await (await fetch('/test/security/components.json')).json()) as { tag: string }[];
  });

  it('the page really is served with the strict policy', async () => {
    const response = await fetch('/test/security/csp-page.html');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain("require-trusted-types-for 'script'");
    expect(csp).to.contain("object-src 'none'");
    expect(csp).to.contain("base-uri 'none'");
  });

  it('the policy is enforced: string-to-code and HTML sinks are refused', async () => {
    const { frame } = await loadCspPage();
    const win = frame.contentWindow as Window & typeof globalThis;
    const reported = new Promise<string>((resolve) =>
      frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
    );
    expect(() => new win.Function('return 1')).to.throw();
    expect(await reported).to.match(/script-src|require-trusted-types-for/);
    const div = frame.contentDocument!.createElement('div');
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }, 'Trusted Types block innerHTML with a string').to.throw(/TrustedHTML|sink type mismatch/i); // Chromium and WebKit; Firefox
    expect(div.childNodes.length, 'nothing was parsed').to.equal(0);
    frame.remove();
  });

  it('every component renders from data, inline JSON and src with no violation', async () => {
    const { result, frame } = await loadCspPage();
    expect(result.error).to.be.undefined;
    expect(result.trustedTypes).to.be.true;
    expect(result.total).to.equal(components.length * 3);
    expect(result.rendered).to.equal(result.total);
    expect(result.violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('security: structured data under Trusted Types', function () {
  this.timeout(20000);

  it('the pages restrict policy names: explainer-elements allowed, or only lit-html', async () => {
    const allowed = (await fetch('/test/security/csp-json-ld.html')).headers.get('content-security-policy') ?? '';
    const refused = (await fetch('/test/security/csp-json-ld.html?policy=refused')).headers.get('content-security-policy') ?? '';
    expect(allowed).to.contain("require-trusted-types-for 'script'").and.to.match(/trusted-types lit-html explainer-elements(;|$)/);
    expect(refused).to.contain("require-trusted-types-for 'script'").and.to.match(/trusted-types lit-html(;|$)/);
  });

  it('with the explainer-elements policy allowed, each element adds its JSON-LD script with no violation', async () => {
    const { result, frame } = await loadCspPage<JsonLdResult>('/test/security/csp-json-ld.html');
    expect(result.error).to.be.undefined;
    expect(result.stringRefused, 'a plain string cannot become script text on this page').to.be.true;
    expect(result.outcomes.map(({ tag, rendered, scripts, errors }) => ({ tag, rendered, scripts, errors }))).to.deep.equal([
      { tag: 'faq-accordion', rendered: true, scripts: ['FAQPage'], errors: [] },
      { tag: 'misconception-card', rendered: true, scripts: ['ClaimReview,ClaimReview,ClaimReview'], errors: [] },
    ]);
    expect(result.violations).to.deep.equal([]);
    frame.remove();
  });

  it('with the policy refused, the elements render, add no script and report it once each, never throwing', async () => {
    const { result, frame } = await loadCspPage<JsonLdResult>('/test/security/csp-json-ld.html?policy=refused');
    expect(result.error).to.be.undefined;
    for (const outcome of result.outcomes) {
      expect(outcome.rendered, outcome.tag).to.be.true;
      expect(outcome.scripts, outcome.tag).to.deep.equal([]);
      expect(outcome.errors, outcome.tag).to.have.length(1);
      const [error] = outcome.errors;
      expect(error).to.include({ kind: 'trusted-types', fatal: false });
      expect(error!.paths).to.deep.equal(['structured-data']);
      expect(error!.messages[0]).to.contain('"explainer-elements"').and.to.contain('trusted-types');
    }
    // The browser reports the refused policy (once: the package does not try again), and nothing else.
    expect(result.violations).to.have.length(1);
    expect(result.violations[0]).to.match(/^trusted-types/);
    frame.remove();
  });
});
