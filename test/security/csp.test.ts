import { expect } from '@open-wc/testing';
import { engine } from '../helpers/engine.js';

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

async function loadCspPage<T = CspResult>(url = '/test/security/csp-page.html', timeout = 10000): Promise<{ result: T; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.src = url;
  document.body.append(frame);
  const start = performance.now();
  for (;;) {
    const data = frame.contentDocument?.body?.dataset.result;
    if (data) return { result: JSON.parse(data) as T, frame };
    if (performance.now() - start > timeout) throw new Error('the CSP page did not finish');
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

interface HtmlPageResult {
  outcomes: { name: string; format: 'html' | 'markdown'; rendered: boolean; errorState: string[]; events: { kind: string; fatal: boolean; paths: string[]; messages: string[] }[] }[];
  /** Violations while the WordPress, Drupal and Markdown examples render. */
  cmsViolations: string[];
  /** Violations while the XSS corpus renders. */
  corpusViolations: string[];
  calls: string[];
  xss: unknown;
  clobbered: number;
  error?: string;
}

/**
 * Chromium reports a violation for each inline event handler, `style` attribute and `<style>` element the parser
 * meets, in any document of the page, the inert one included: nothing runs or applies (the handlers are never
 * compiled, the document is never rendered), but a page whose CSP has a report endpoint receives those reports.
 * These are the only violations HTML content may cause.
 */
const INLINE_BLOCKED = /^(script-src-attr|style-src-attr|style-src-elem): /;

/** A violation raised by Lit rendering a component's own template (not by content). */
const FROM_LIT = /@\S*\/lit-html[^ ]*$/;

/**
 * Known, and not about HTML content: the tracker's progress fill gets its width from `styleMap`, which writes a
 * `style` attribute on the first render; a strict `style-src` refuses it in Firefox and WebKit (the corpus content
 * has progress bars; the example content, used by the other CSP tests, has none). To be fixed in the tracker.
 */
const PROGRESS_FILL = /^style-src-attr: inline @\S*\/lit-html[^ ]*$/;

describe('security: HTML content under Trusted Types', function () {
  this.timeout(90000);

  it('the page restricts policy names: explainer-elements allowed, or only lit-html', async () => {
    const allowed = (await fetch('/test/security/csp-html.html')).headers.get('content-security-policy') ?? '';
    const refused = (await fetch('/test/security/csp-html.html?policy=refused')).headers.get('content-security-policy') ?? '';
    expect(allowed).to.contain("require-trusted-types-for 'script'").and.to.match(/trusted-types lit-html explainer-elements(;|$)/);
    expect(refused).to.contain("require-trusted-types-for 'script'").and.to.match(/trusted-types lit-html(;|$)/);
  });

  it('with the policy allowed, the WordPress and Drupal examples and the XSS corpus as HTML render and run nothing', async () => {
    const { result, frame } = await loadCspPage<HtmlPageResult>('/test/security/csp-html.html', 50000);
    expect(result.error).to.be.undefined;
    const html = result.outcomes.filter((o) => o.format === 'html');
    expect(html.length, 'HTML elements on the page').to.be.greaterThan(10);
    expect(result.outcomes.filter((o) => !o.rendered).map((o) => o.name), 'elements not showing their content').to.deep.equal([]);
    // Only the items the corpus content drops on purpose are reported: never the format.
    for (const { name, events } of result.outcomes) {
      for (const event of events) {
        expect(event.fatal, name).to.equal(false);
        expect(event.paths.filter((p) => p === 'format'), name).to.deep.equal([]);
      }
    }
    expect(result.outcomes.find((o) => o.name.startsWith('wordpress'))!.events).to.deep.equal([]);
    expect(result.outcomes.find((o) => o.name.startsWith('drupal'))!.events).to.deep.equal([]);
    // The CMS examples (no inline handlers or styles) cause no violation.
    expect(result.cmsViolations).to.deep.equal([]);
    // From content: only the inline handlers and styles Chromium reports as it parses (nothing of them runs).
    const fromContent = result.corpusViolations.filter((v) => !FROM_LIT.test(v));
    expect(fromContent.filter((v) => !INLINE_BLOCKED.test(v))).to.deep.equal([]);
    if ((await engine()) !== 'chromium') expect(fromContent).to.deep.equal([]);
    // From the components' own markup: only the progress bar's fill (see PROGRESS_FILL).
    expect(result.corpusViolations.filter((v) => FROM_LIT.test(v) && !PROGRESS_FILL.test(v))).to.deep.equal([]);
    expect(result.calls).to.deep.equal([]);
    expect(result.xss).to.equal(null);
    expect(result.clobbered).to.equal(0);
    frame.remove();
  });

  it('with the policy refused, HTML content shows an error naming format and the policy, once, never throwing; Markdown renders', async () => {
    const { result, frame } = await loadCspPage<HtmlPageResult>('/test/security/csp-html.html?policy=refused', 50000);
    expect(result.error).to.be.undefined;
    for (const { name, format, rendered, errorState, events } of result.outcomes) {
      if (format === 'markdown') {
        expect([rendered, errorState, events], name).to.deep.equal([true, [], []]);
        continue;
      }
      expect(rendered, name).to.equal(false);
      expect(errorState, name).to.have.length(1);
      expect(errorState[0], name).to.match(/^format: HTML content needs the Trusted Types policy "explainer-elements"/);
      expect(events.map(({ kind, fatal, paths }) => ({ kind, fatal, paths })), name).to.deep.equal([{ kind: 'content', fatal: true, paths: ['format'] }]);
    }
    // The browser reports the refused policy once (the package does not ask again), and nothing else: no HTML is parsed.
    expect(result.cmsViolations).to.have.length(1);
    expect(result.cmsViolations[0]).to.match(/^trusted-types/);
    expect(result.corpusViolations).to.deep.equal([]);
    expect(result.calls, 'exceptions, dialogs').to.deep.equal([]);
    expect(result.xss).to.equal(null);
    frame.remove();
  });
});
