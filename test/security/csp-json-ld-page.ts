// Runs inside the structured-data CSP page (built by scripts/mock-routes.mjs): Trusted Types enforced, policy names
// restricted to `lit-html` and, unless `?policy=refused`, `explainer-elements`. Adds a FAQ and a card with the
// `structured-data` attribute and records what became of their JSON-LD scripts, the `explainer-error` events and
// every CSP violation.
import '../../src/index.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));

interface Outcome {
  tag: string;
  rendered: boolean;
  /** Each JSON-LD script after the element: its `@type` (or `@graph` item types). */
  scripts: string[];
  errors: { kind: string; fatal: boolean; paths: string[]; messages: string[] }[];
}

async function add(tag: string, file: string): Promise<() => Outcome> {
  const el = document.createElement(tag) as HTMLElement & { data: unknown; structuredData: boolean };
  const errors: Outcome['errors'] = [];
  el.addEventListener('explainer-error', (e) => {
    const { kind, fatal, errors: list } = e.detail;
    errors.push({ kind, fatal, paths: list.map((x) => x.path), messages: list.map((x) => x.message) });
  });
  el.structuredData = true;
  el.data = await (await fetch(`/examples/content/asean-germany/${file}`)).json();
  document.getElementById('root')!.append(el);
  return () => ({
    tag,
    rendered: (el.shadowRoot?.childElementCount ?? 0) > 0,
    scripts: Array.from(el.parentElement!.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'))
      .filter((s) => s.previousElementSibling === el)
      .map((s) => {
        const data = JSON.parse(s.text) as { '@type'?: string; '@graph'?: { '@type': string }[] };
        return data['@type'] ?? (data['@graph'] ?? []).map((x) => x['@type']).join(',');
      }),
    errors,
  });
}

/** True when the page refuses a plain string as script text: Trusted Types really are enforced. */
function stringRefused(): boolean {
  try {
    document.createElement('script').text = '{}';
    return false;
  } catch {
    return true;
  }
}

async function run(): Promise<void> {
  const outcomes = [await add('faq-accordion', 'faq-accordion.json'), await add('misconception-card', 'misconception-card.json')];
  // The builder is imported on demand: give it time, then read the result.
  const start = performance.now();
  const done = () => outcomes.every((o) => { const r = o(); return r.rendered && (r.scripts.length > 0 || r.errors.length > 0); });
  while (!done() && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
  document.body.dataset.result = JSON.stringify({ outcomes: outcomes.map((o) => o()), violations, stringRefused: stringRefused() });
}

run().catch((error: unknown) => {
  document.body.dataset.result = JSON.stringify({ error: String(error), violations });
});
