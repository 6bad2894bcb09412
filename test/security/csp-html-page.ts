// Runs inside the HTML-content CSP page (built by scripts/mock-routes.mjs): Trusted Types enforced, policy names
// restricted to `lit-html` and, unless `?policy=refused`, `explainer-elements`. First adds the WordPress example
// (from src), the Drupal example (as data) and a Markdown FAQ; then the XSS corpus as HTML in every field of every
// component. Opens everything, and records what each element shows, its `explainer-error` events, every exception,
// dialog and CSP violation (apart for each of the two steps), and whether any payload ran.
import '../../src/index.js';
import { XSS_PAYLOADS } from './xss-payloads.js';
import { XSS_TARGETS } from './xss-targets.js';
import { trapSideEffects } from './side-effects.js';

let violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI} @${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
const calls: string[] = [];
trapSideEffects(calls);
window.addEventListener('unhandledrejection', (e) => calls.push(`unhandled rejection: ${String(e.reason)}`));

type Lit = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

interface Outcome {
  name: string;
  format: 'html' | 'markdown';
  /** The element shows content (not only an error state, not the loading state). */
  rendered: boolean;
  /** The error state's list, when it shows one. */
  errorState: string[];
  events: { kind: string; fatal: boolean; paths: string[]; messages: string[] }[];
}

const root = document.getElementById('root')!;
const elements: { name: string; format: Outcome['format']; el: Lit; events: Outcome['events']; open?: () => Promise<void> }[] = [];

function add(name: string, tag: string, format: Outcome['format'], set: (el: Lit) => void, open?: (el: Lit) => Promise<void>): void {
  const el = document.createElement(tag) as Lit;
  const events: Outcome['events'] = [];
  el.addEventListener('explainer-error', (e) => {
    const { kind, fatal, errors } = e.detail;
    events.push({ kind, fatal, paths: errors.map((x) => x.path), messages: errors.map((x) => x.message) });
  });
  set(el);
  root.append(el);
  elements.push({ name, format, el, events, open: open && (() => open(el)) });
}

function outcome({ name, format, el, events }: (typeof elements)[number]): Outcome {
  const shadow = el.shadowRoot;
  const errorState = Array.from(shadow?.querySelectorAll('[part~="error"][role="alert"] [part~="error-list"] > li') ?? [], (li) => li.textContent ?? '');
  const shows = !!shadow && !shadow.querySelector('[part~="loading"]') && Array.from(shadow.children).some((child) => child.localName !== 'style' && !child.matches('[part~="error"]'));
  return { name, format, rendered: shows, errorState, events };
}

/** Waits until every element shows content or an error state (the HTML reader loads on first use), opens them. */
async function settle(): Promise<void> {
  const start = performance.now();
  const settled = () => elements.every((e) => { const o = outcome(e); return o.rendered || o.errorState.length > 0; });
  while (!settled() && performance.now() - start < 15000) await new Promise((r) => setTimeout(r, 25));
  for (const e of elements) if (e.open && outcome(e).rendered) await e.open();
  await new Promise((r) => setTimeout(r, 200));
}

async function run(): Promise<void> {
  const fetchJson = async (url: string): Promise<unknown> => (await fetch(url)).json();
  add('wordpress faq (src)', 'faq-accordion', 'html', (el) => el.setAttribute('src', '/examples/content/cms/faq-accordion-wordpress.json'));
  const drupal = await fetchJson('/examples/content/cms/misconception-card-drupal.json');
  add('drupal cards (data)', 'misconception-card', 'html', (el) => (el.data = drupal));
  const markdown = await fetchJson('/examples/content/asean-germany/faq-accordion.json');
  add('markdown faq (data)', 'faq-accordion', 'markdown', (el) => (el.data = markdown));
  await settle();
  const cmsViolations = violations;
  violations = [];
  const payloads = XSS_PAYLOADS.map((p) => `Shown: ${p.text}`);
  for (const target of XSS_TARGETS) {
    for (let i = 0; i < payloads.length; i += target.batch) {
      const chunk = payloads.slice(i, i + target.batch);
      add(`${target.name} xss ${i}`, target.tag, 'html', (el) => {
        for (const [name, value] of Object.entries(target.attributes)) el.setAttribute(name, value);
        el.data = { ...(target.build(chunk[0]!, chunk) as object), format: 'html' };
      }, (el) => target.open(el, chunk));
    }
  }
  await settle();
  document.body.dataset.result = JSON.stringify({
    outcomes: elements.map(outcome),
    cmsViolations,
    corpusViolations: violations,
    calls,
    xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
    clobbered: document.querySelectorAll('#__xss, [name="__xss"]').length,
  });
}

run().catch((error: unknown) => {
  document.body.dataset.result = JSON.stringify({ error: String(error), violations });
});
