import { expect } from '@open-wc/testing';

interface CspResult {
  rendered: number;
  total: number;
  violations: string[];
  trustedTypes: boolean;
  error?: string;
}

async function loadCspPage(): Promise<{ result: CspResult; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/security/csp-page.html';
  document.body.append(frame);
  const start = performance.now();
  for (;;) {
    const data = frame.contentDocument?.body?.dataset.result;
    if (data) return { result: JSON.parse(data) as CspResult, frame };
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
