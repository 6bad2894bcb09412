// The probe: before measuring, one page loads the component bundle and the bare Lit elements and checks that the
// comparison is fair. It reports which tags the bundle registers, and renders the same small contents with the
// component and with the bare element (FAQ with 3 items, with panel regions, and 8, without; table with 3 rows),
// before and after the measured action (show all; sort), and serializes both shadow trees node by node:
// element names, every attribute (ids renamed in order of appearance, and id references with them; an empty
// `class` counts as none) and text. Adjacent text nodes are joined, whitespace-only text and Lit's comment markers
// left out: they change no box. The bare element must render exactly the component's DOM; the few things only
// validation or rich text would add are listed in ALLOWED (none today). run.mjs stops when they differ.
import { faqContent, tableContent, SORT_KEY, SORT_DIRECTION } from './content.mjs';
import { inlineJson, page, urls } from './pages.mjs';

/** Lines the component may have and the bare element not (what validation or rich text add). None today. */
const ALLOWED = [];

/** Runs in the page: a shadow tree as lines, one per element or text run, indented by depth. */
function serializeTree(root) {
  const ids = new Map();
  for (const el of root.querySelectorAll('[id]')) if (!ids.has(el.id)) ids.set(el.id, `id${ids.size + 1}`);
  const REFS = new Set(['id', 'for', 'aria-controls', 'aria-labelledby', 'aria-describedby']);
  const lines = [];
  const visit = (node, depth) => {
    const indent = '  '.repeat(depth);
    let text = '';
    const flush = () => {
      if (text.trim()) lines.push(`${indent}${JSON.stringify(text)}`);
      text = '';
    };
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      flush();
      const attrs = [...child.attributes]
        .filter((a) => !(a.name === 'class' && !a.value.trim()))
        .map((a) => [a.name, REFS.has(a.name) ? a.value.trim().split(/\s+/).map((v) => ids.get(v) ?? `unknown:${v}`).join(' ') : a.value])
        .sort(([a], [b]) => (a < b ? -1 : 1));
      lines.push(`${indent}<${child.localName}${attrs.map(([name, value]) => ` ${name}=${JSON.stringify(value)}`).join('')}>`);
      visit(child, depth + 1);
    }
    flush();
  };
  visit(root, 0);
  return lines;
}

const CASES = [
  { name: 'FAQ, 3 items', tag: 'faq-accordion', bareTag: 'bare-faq', attrs: ' heading-level="2"', ...faqPair(3) },
  { name: 'FAQ, 8 items', tag: 'faq-accordion', bareTag: 'bare-faq', attrs: ' heading-level="2"', ...faqPair(8) },
  { name: 'table, 3 rows', tag: 'cooperation-table', bareTag: 'bare-table', attrs: ' sortable heading-level="2"', ...tablePair(3) },
];

function faqPair(n) {
  const { content, bare } = faqContent(n);
  return { content, bare, action: 'faq' };
}

function tablePair(n) {
  const { content } = tableContent(n);
  return { content, bare: content, action: 'table' };
}

/** The probe page: loads both bundles, renders every case both ways, reports the tags and the serializations. */
export function probePage() {
  const { bundle, bare } = urls();
  const cases = CASES.map(({ name, tag, bareTag, attrs, content, bare: bareContent, action }) => ({
    name,
    action,
    component: `<${tag}${attrs}><script type="application/json">${inlineJson(content)}</script></${tag}>`,
    bare: `<${bareTag}><script type="application/json">${inlineJson(bareContent)}</script></${bareTag}>`,
  }));
  return page({
    title: 'probe',
    head: `<script type="module">
const serializeTree = ${serializeTree.toString()};
const host = (markup) => {
  const div = document.createElement('div');
  div.innerHTML = markup; // the benchmark's own generated markup
  document.querySelector('main').append(div);
  return div.firstElementChild;
};
const loaded = (el) => new Promise((resolve, reject) => {
  el.addEventListener('explainer-load', resolve, { once: true });
  el.addEventListener('explainer-error', (e) => reject(new Error(JSON.stringify(e.detail.errors))), { once: true });
});
async function act(el, action) {
  if (action === 'faq') el.renderRoot.querySelector('[part~="toggle-all"]').click();
  else el.setAttribute('sort', '${SORT_KEY}:${SORT_DIRECTION}');
  await el.updateComplete;
}
try {
  await Promise.all([import('${bundle}'), import('${bare}')]);
  const tags = ['faq-accordion', 'cooperation-table'].filter((tag) => customElements.get(tag));
  const pairs = [];
  for (const c of ${inlineJson(cases)}) {
    const tag = /^<([a-z-]+)/.exec(c.component)[1];
    if (!tags.includes(tag)) continue;
    const component = host(c.component);
    await loaded(component);
    const bare = host(c.bare);
    await bare.updateComplete;
    const before = { component: serializeTree(component.renderRoot), bare: serializeTree(bare.renderRoot) };
    await act(component, c.action);
    await act(bare, c.action);
    const after = { component: serializeTree(component.renderRoot), bare: serializeTree(bare.renderRoot) };
    pairs.push({ name: c.name, stage: 'as loaded', ...before }, { name: c.name, stage: c.action === 'faq' ? 'after show all' : 'after re-sort', ...after });
    component.parentElement.remove();
    bare.parentElement.remove();
  }
  __benchReady({ tags, pairs });
} catch (error) {
  __benchReady({ error: 'probe: ' + (error && error.stack || error) });
}
</script>`,
    body: '',
  });
}

/**
 * Compares the serializations the probe returned: a list of differences, one per case and stage that differs,
 * each naming the first line where they part (empty when the bare element renders the component's DOM).
 */
export function compareTrees(pairs) {
  const problems = [];
  for (const { name, stage, component, bare } of pairs) {
    const expected = component.filter((line) => !ALLOWED.some((re) => re.test(line.trim())));
    const at = expected.findIndex((line, i) => line !== bare[i]);
    if (at === -1 && expected.length === bare.length) continue;
    const i = at === -1 ? expected.length : at;
    problems.push(
      `${name}, ${stage}: the bare Lit element's DOM differs from the component's at node ${i + 1} of ${expected.length}:\n` +
        `    component: ${expected[i]?.trim() ?? '(nothing more)'}\n    bare Lit:  ${bare[i]?.trim() ?? '(nothing more)'}`,
    );
  }
  return problems;
}
