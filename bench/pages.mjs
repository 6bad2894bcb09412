// HTML generators for the benchmark pages. Every page carries the same small harness (HARNESS) that resolves
// `window.__benchDone` once its content has rendered and painted a frame, and defines `__benchAction()` (the
// interaction to time: expand all, re-sort) and `__benchCheck()` (did the page really do it?).
import { esc, faqContent, tableContent, SORT_KEY, SORT_DIRECTION } from './content.mjs';

/** The project's CDN bundle, as served from the project root (`useBundle()` measures another build). */
export const BUNDLE_URL = '/dist/bundle.js';
let bundleUrl = BUNDLE_URL;
export function useBundle(url) {
  bundleUrl = url;
}

/** The bare Lit elements (bench/bare-lit.mjs, built with Lit inside by bench/run.mjs). */
let bareUrl = '/bench/out/bare.js';
export function useBare(url) {
  bareUrl = url;
}
export const urls = () => ({ bundle: bundleUrl, bare: bareUrl });

// `afterFrame()`: the next animation frame has run its style, layout and paint (a message posted from rAF
// is handled after the frame). Both variants of every scenario end their timing the same way.
const HARNESS = `<script>
(() => {
  let done;
  window.__benchDone = new Promise((resolve) => (done = resolve));
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  }));
  window.__afterFrame = afterFrame;
  window.__benchReady = (info = {}) => afterFrame().then(() => done({ wall: performance.now(), ...info }));
  window.__benchTime = async (action) => {
    const start = performance.now();
    await action();
    await afterFrame();
    return performance.now() - start;
  };
  addEventListener('error', (e) => done({ error: String(e.message) }));
})();
</script>`;

/** Common page styles: the page a portal would have (font, width), applied to every variant alike. */
const PAGE_STYLE = `body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }`;

const chevron = `<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** Light-DOM equivalent of the accordion's own styles, so the static page lays out the same boxes. */
const FAQ_STATIC_STYLE = `
.faq { --space: 0.75rem; --border: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
.faq .title { margin: 0 0 var(--space); }
.faq .toolbar { display: flex; justify-content: flex-end; margin-block-end: calc(var(--space) / 2); }
.faq .toggle-all { min-height: 24px; padding: 0.25em 0.5em; border: 0; background: none; color: LinkText; text-decoration: underline; cursor: pointer; font: inherit; }
.faq .list { border-block-start: var(--border); }
.faq .item { border-block-end: var(--border); }
.faq .question-heading { margin: 0; font-size: 1em; font-weight: normal; }
.faq .question { display: flex; align-items: flex-start; gap: var(--space); width: 100%; min-height: 44px; margin: 0; padding: var(--space) 0; border: 0; border-radius: 0; background: transparent; font: inherit; font-weight: 600; color: inherit; text-align: start; cursor: pointer; }
.faq .question-text { flex: 1; }
.faq .icon { flex: none; width: 1.25em; height: 1.25em; margin-block-start: 0.1em; transition: transform 150ms ease; }
.faq .question[aria-expanded='true'] .icon { transform: rotate(180deg); }
.faq .answer:not([hidden]) { padding: 0 0 var(--space); }
.faq .body > :first-child { margin-block-start: 0; }
.faq .body > :last-child { margin-block-end: 0; }
`;

/** Light-DOM table styles comparable to a portal's own table CSS. */
const TABLE_STATIC_STYLE = `
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.5rem; }
th, td { text-align: start; vertical-align: top; padding: 0.5rem 0.75rem; border-block-end: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
thead th { font-weight: 600; }
.num { text-align: end; }
th[aria-sort] button::after { content: ' ↓'; }
`;

export function page({ title, head = '', body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${HARNESS}
<style>${PAGE_STYLE}</style>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** JSON safe to put inside a `<script>` element. */
export const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Static FAQ: APG accordion markup, answers `hidden="until-found"`, and a plain-JS "Show all". */
export function faqStaticPage(n) {
  const { content, html } = faqContent(n);
  const items = content.items
    .map(
      (item, i) => `<div class="item"><h3 class="question-heading"><button type="button" class="question" id="q-${i}" aria-expanded="false" aria-controls="a-${i}"><span class="question-text">${esc(item.question)}</span>${chevron}</button></h3>
<div class="answer" id="a-${i}" hidden="until-found"><div class="body">${html[i]}</div></div></div>`,
    )
    .join('\n');
  return page({
    title: `FAQ ${n}: static HTML`,
    head: `<style>${FAQ_STATIC_STYLE}</style>`,
    body: `<section class="faq">
<h2 class="title">${esc(content.title)}</h2>
<div class="toolbar"><button type="button" class="toggle-all">Show all</button></div>
<div class="list">
${items}
</div>
</section>
<script>
document.querySelector('.toggle-all').addEventListener('click', (event) => {
  for (const button of document.querySelectorAll('.faq .question')) button.setAttribute('aria-expanded', 'true');
  for (const answer of document.querySelectorAll('.faq .answer')) answer.removeAttribute('hidden');
  event.currentTarget.textContent = 'Hide all';
});
document.addEventListener('DOMContentLoaded', () => __benchReady({ count: document.querySelectorAll('.faq .item').length }));
window.__benchAction = () => __benchTime(() => document.querySelector('.toggle-all').click());
window.__benchCheck = () => {
  const open = document.querySelectorAll('.faq .answer:not([hidden])').length;
  return { ok: open === ${n}, note: open + ' of ${n} answers open' };
};
</script>`,
  });
}

/** `<faq-accordion>` with the same content as inline JSON, from the CDN bundle; "Show all" is its own button. */
export function faqComponentPage(n) {
  const { content } = faqContent(n);
  return page({
    title: `FAQ ${n}: faq-accordion`,
    head: `<script type="module" src="${bundleUrl}"></script>`,
    body: `<faq-accordion heading-level="2"><script type="application/json">${inlineJson(content)}</script></faq-accordion>
<script>
document.addEventListener('explainer-load', (e) => __benchReady({ count: e.detail.count }), { once: true });
document.addEventListener('explainer-error', (e) => __benchReady({ error: JSON.stringify(e.detail.errors).slice(0, 300) }), { once: true });
const faq = () => document.querySelector('faq-accordion');
window.__benchAction = () => __benchTime(async () => {
  faq().renderRoot.querySelector('[part~="toggle-all"]').click();
  await faq().updateComplete;
});
window.__benchCheck = () => {
  const open = faq().renderRoot.querySelectorAll('[part="answer"]:not([hidden])').length;
  return { ok: open === ${n}, note: open + ' of ${n} answers open' };
};
</script>`,
  });
}

/** The bare Lit element (bench/bare-lit.mjs) with the same items as inline JSON; "Show all" is its own button. */
export function faqBarePage(n) {
  const { bare } = faqContent(n);
  return page({
    title: `FAQ ${n}: bare Lit element`,
    head: `<script type="module" src="${bareUrl}"></script>`,
    body: `<bare-faq><script type="application/json">${inlineJson(bare)}</script></bare-faq>
<script type="module">
const faq = document.querySelector('bare-faq');
await customElements.whenDefined('bare-faq');
await faq.updateComplete;
__benchReady({ count: faq.data.items.length });
window.__benchAction = () => __benchTime(async () => {
  faq.renderRoot.querySelector('[part~="toggle-all"]').click();
  await faq.updateComplete;
});
window.__benchCheck = () => {
  const open = faq.renderRoot.querySelectorAll('[part="answer"]:not([hidden])').length;
  return { ok: open === ${n}, note: open + ' of ${n} answers open' };
};
</script>`,
  });
}

/**
 * Shoelace 2: one `<sl-details>` per item (its closest to an accordion); expand all = `open` on each.
 * `shoelace` is the URL of the package's `cdn/` folder (its self-contained build).
 */
export function faqShoelacePage(n, shoelace) {
  const { content, html } = faqContent(n);
  const items = content.items.map((item, i) => `<sl-details summary="${esc(item.question)}">${html[i]}</sl-details>`).join('\n');
  return page({
    title: `FAQ ${n}: Shoelace sl-details`,
    head: `<link rel="stylesheet" href="${shoelace}/themes/light.css">
<script type="module" src="${shoelace}/components/details/details.js"></script>`,
    body: `<section>
<h2>${esc(content.title)}</h2>
${items}
</section>
<script type="module">
const all = () => [...document.querySelectorAll('sl-details')];
await customElements.whenDefined('sl-details');
await Promise.all(all().map((el) => el.updateComplete));
__benchReady({ count: all().length });
window.__benchAction = () => __benchTime(async () => {
  for (const el of all()) el.open = true;
  await Promise.all(all().map((el) => el.updateComplete));
});
window.__benchCheck = () => {
  const open = all().filter((el) => el.open).length;
  return { ok: open === ${n}, note: open + ' of ${n} open' };
};
</script>`,
  });
}

const isNumber = (column) => column.type === 'number';

/** Static table with the same cells, and plain JS that sorts the `<tr>` nodes and re-appends them. */
export function tableStaticPage(n) {
  const { content, firstAfterSort } = tableContent(n);
  const { columns, rows } = content;
  const sortIndex = columns.findIndex((c) => c.key === SORT_KEY);
  const head = columns
    .map((c) => `<th scope="col"${isNumber(c) ? ' class="num"' : ''}><button type="button" class="sort" data-key="${esc(c.key)}">${esc(c.label)}</button></th>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${columns
          .map((c) => (c.rowHeader ? `<th scope="row">${esc(row[c.key])}</th>` : `<td${isNumber(c) ? ' class="num"' : ''}>${esc(row[c.key])}</td>`))
          .join('')}</tr>`,
    )
    .join('\n');
  return page({
    title: `Table ${n}: static HTML`,
    head: `<style>${TABLE_STATIC_STYLE}</style>`,
    body: `<section>
<h2>${esc(content.title)}</h2>
<div class="table-wrap"><table>
<caption>${esc(content.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
</section>
<script>
const table = document.querySelector('table');
function sortRows(index, direction) {
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const sign = direction === 'desc' ? -1 : 1;
  const tbody = table.tBodies[0];
  const keyed = Array.from(tbody.rows, (row) => ({ row, key: row.cells[index].textContent }));
  keyed.sort((a, b) => sign * collator.compare(a.key, b.key));
  const fragment = document.createDocumentFragment();
  for (const { row } of keyed) fragment.append(row);
  tbody.append(fragment);
  for (const th of table.tHead.rows[0].cells) th.removeAttribute('aria-sort');
  table.tHead.rows[0].cells[index].setAttribute('aria-sort', direction === 'desc' ? 'descending' : 'ascending');
}
document.addEventListener('DOMContentLoaded', () => __benchReady({ count: table.tBodies[0].rows.length }));
window.__benchAction = () => __benchTime(() => sortRows(${sortIndex}, '${SORT_DIRECTION}'));
window.__benchCheck = () => {
  const first = table.tBodies[0].rows[0].cells[${sortIndex}].textContent;
  const count = table.tBodies[0].rows.length;
  return { ok: first === ${JSON.stringify(firstAfterSort)} && count === ${n}, note: count + ' rows, first ' + first };
};
</script>`,
  });
}

/** `<cooperation-table sortable>` with the same content as inline JSON; re-sort = the `sort` attribute. */
export function tableComponentPage(n) {
  const { content, firstAfterSort } = tableContent(n);
  const sortIndex = content.columns.findIndex((c) => c.key === SORT_KEY);
  return page({
    title: `Table ${n}: cooperation-table`,
    head: `<script type="module" src="${bundleUrl}"></script>`,
    body: `<cooperation-table sortable heading-level="2"><script type="application/json">${inlineJson(content)}</script></cooperation-table>
<script>
document.addEventListener('explainer-load', (e) => __benchReady({ count: e.detail.count }), { once: true });
document.addEventListener('explainer-error', (e) => __benchReady({ error: JSON.stringify(e.detail.errors).slice(0, 300) }), { once: true });
const table = () => document.querySelector('cooperation-table');
window.__benchAction = () => __benchTime(async () => {
  table().setAttribute('sort', '${SORT_KEY}:${SORT_DIRECTION}');
  await table().updateComplete;
});
window.__benchCheck = () => {
  const rows = table().renderRoot.querySelectorAll('tbody tr');
  const cell = rows[0] && rows[0].children[${sortIndex}];
  const label = cell && cell.querySelector('[part~="stacked-label"]');
  const first = cell ? cell.textContent.slice(label ? label.textContent.length : 0).trim() : '';
  return { ok: first === ${JSON.stringify(firstAfterSort)} && rows.length === ${n}, note: rows.length + ' rows rendered, first ' + first };
};
</script>`,
  });
}

/** The bare Lit table (bench/bare-lit.mjs) with the same content as inline JSON; re-sort = the `sort` attribute. */
export function tableBarePage(n) {
  const { content, firstAfterSort } = tableContent(n);
  const sortIndex = content.columns.findIndex((c) => c.key === SORT_KEY);
  return page({
    title: `Table ${n}: bare Lit element`,
    head: `<script type="module" src="${bareUrl}"></script>`,
    body: `<bare-table><script type="application/json">${inlineJson(content)}</script></bare-table>
<script type="module">
const table = document.querySelector('bare-table');
await customElements.whenDefined('bare-table');
await table.updateComplete;
__benchReady({ count: table.data.rows.length });
window.__benchAction = () => __benchTime(async () => {
  table.setAttribute('sort', '${SORT_KEY}:${SORT_DIRECTION}');
  await table.updateComplete;
});
window.__benchCheck = () => {
  const rows = table.renderRoot.querySelectorAll('tbody tr');
  const cell = rows[0] && rows[0].children[${sortIndex}];
  const label = cell && cell.querySelector('[part~="stacked-label"]');
  const first = cell ? cell.textContent.slice(label ? label.textContent.length : 0).trim() : '';
  return { ok: first === ${JSON.stringify(firstAfterSort)} && rows.length === ${n}, note: rows.length + ' rows rendered, first ' + first };
};
</script>`,
  });
}
