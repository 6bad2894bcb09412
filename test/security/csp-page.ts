// Runs inside the CSP test page (built by scripts/mock-routes.mjs and served with a strict CSP and Trusted Types
// enforced). The page holds every component with inline JSON; this adds each one again from `data` and from `src`,
// opens everything that opens, and records any CSP violation.
import '../../src/index.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));

const loaded = (el: Element) => new Promise((resolve) => el.addEventListener('explainer-load', resolve, { once: true }));

async function run(): Promise<void> {
  const root = document.getElementById('root')!;
  const waits: Promise<unknown>[] = [];
  for (const inline of Array.from(root.querySelectorAll<HTMLElement>('[data-route="inline"]'))) {
    const url = `/examples/content/asean-germany/${inline.dataset.file}`;
    const byData = document.createElement(inline.localName) as HTMLElement & { data: unknown };
    waits.push(loaded(byData));
    byData.data = await (await fetch(url)).json();
    const bySrc = document.createElement(inline.localName);
    waits.push(loaded(bySrc));
    bySrc.setAttribute('src', url);
    root.append(byData, bySrc);
  }
  await Promise.all(waits);
  for (const el of Array.from(root.children)) {
    for (const button of Array.from(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]') ?? [])) button.click();
  }
  await new Promise((r) => setTimeout(r, 50));
  const rendered = Array.from(root.children).filter((el) => (el.shadowRoot?.childElementCount ?? 0) > 0).length;
  document.body.dataset.result = JSON.stringify({ rendered, total: root.children.length, violations, trustedTypes: 'trustedTypes' in window });
}

run().catch((error: unknown) => {
  document.body.dataset.result = JSON.stringify({ error: String(error), violations });
});
