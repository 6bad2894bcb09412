import { waitFor } from './dom.js';

/**
 * HTML content (`"format": "html"`) for the component tests: one rich-text sample with every element of the subset
 * and many that are not, one plain-text sample with character references and tags, and the checks of what a field
 * must show for each.
 */

/** Everything the subset keeps, and attributes, elements and content it must not. */
export const RICH_HTML =
  '<!-- wp:paragraph --><p class="lead" style="color:red" id="lead" onclick="top.__xss=1">First <strong>strong</strong> <b>bold</b> ' +
  '<em>em</em> <i>italic</i> <code>code()</code> <a href="https://example.org/a" title="A title" target="_blank" class="x" ' +
  'onmouseover="top.__xss=1">link</a> <a href="javascript:top.__xss=1">js link</a> <a href="&#106;avascript:top.__xss=1">entity link</a>' +
  '<br>second line</p><!-- /wp:paragraph --><div>div paragraph</div><section>section paragraph</section>' +
  '<ul class="wp-block-list"><li>one</li><li>two</li></ul><ol start="5"><li>three</li></ol><h3>heading text</h3>' +
  '<figure><img src="/inert-probe/never.png" onerror="top.__xss=1" alt="alt text"><figcaption>caption text</figcaption></figure>' +
  '<span style="color:red">span text</span><script>top.__xss=1</script><style>*{color:red}</style>' +
  '<iframe src="/inert-probe/frame"></iframe><svg><text>svg text</text></svg><math><mi>math text</mi></math>' +
  '<noscript>noscript text</noscript><template>template text</template><object>object text</object>';

/** The words a reader must see, in order, for {@link RICH_HTML}. */
export const RICH_WORDS = [
  'First', 'strong', 'bold', 'em', 'italic', 'code()', 'link', 'js link', 'entity link', 'second line', 'div paragraph',
  'section paragraph', 'one', 'two', 'three', 'heading text', 'caption text', 'span text',
];

/** What must not show: dropped elements' content, attributes, scripts. */
const RICH_HIDDEN = ['__xss', 'color:red', 'svg text', 'math text', 'noscript text', 'template text', 'object text', 'alt text', 'A title'];

/** A plain-text field with character references and a tag, and what it must show. */
export const PLAIN_HTML = 'Germany&#8217;s &amp; <b>ASEAN</b>';
export const PLAIN_SHOWN = 'Germany\u2019s & <b>ASEAN</b>';

const SUBSET = new Set(['p', 'br', 'strong', 'em', 'code', 'a', 'ul', 'ol', 'li']);

/**
 * What is wrong with a field's container that should show {@link RICH_HTML}: elements outside the subset, attributes
 * from content, the link, the counts of each kept element, and the text.
 */
export function richProblems(container: Element | null | undefined, where: string): string[] {
  if (!container) return [`${where}: not rendered`];
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${where}: ${problem}`);
  const elements = Array.from(container.querySelectorAll('*'));
  for (const el of elements) {
    if (!SUBSET.has(el.localName)) say(`<${el.localName}> is not in the subset`);
    const allowed = el.localName === 'a' ? ['href', 'title', 'part'] : [];
    for (const name of el.getAttributeNames()) if (!allowed.includes(name)) say(`<${el.localName} ${name}> came from content`);
  }
  const count = (tag: string) => container.querySelectorAll(tag).length;
  const counts = { p: count('p'), br: count('br'), strong: count('strong'), em: count('em'), code: count('code'), a: count('a'), ul: count('ul'), ol: count('ol'), li: count('li') };
  const expected = { p: 6, br: 1, strong: 2, em: 2, code: 1, a: 1, ul: 1, ol: 1, li: 3 };
  if (JSON.stringify(counts) !== JSON.stringify(expected)) say(`elements ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`);
  const link = container.querySelector('a');
  if (link && (link.getAttribute('href') !== 'https://example.org/a' || link.getAttribute('title') !== 'A title' || link.textContent !== 'link')) {
    say(`the link is ${link.outerHTML}`);
  }
  const text = container.textContent ?? '';
  let at = 0;
  for (const word of RICH_WORDS) {
    const found = text.indexOf(word, at);
    if (found < 0) say(`"${word}" is not shown (in order)`);
    else at = found + word.length;
  }
  for (const hidden of RICH_HIDDEN) if (text.includes(hidden)) say(`"${hidden}" is shown`);
  if (container.querySelector('ol')?.hasAttribute('start')) say('the list kept its start attribute');
  return problems;
}

/** What is wrong with a plain-text field that should show {@link PLAIN_SHOWN}, as text. */
export function plainProblems(node: Element | null | undefined, where: string): string[] {
  if (!node) return [`${where}: not rendered`];
  const problems: string[] = [];
  if (!(node.textContent ?? '').includes(PLAIN_SHOWN)) problems.push(`${where}: shows ${JSON.stringify(node.textContent)}, not ${JSON.stringify(PLAIN_SHOWN)}`);
  if (node.querySelector('b')) problems.push(`${where}: the <b> became an element`);
  return problems;
}

/** Creates `tag` with `content` as `data`, adds it to the page, and waits for it to render it (`explainer-load`). */
export async function renderContent<T extends HTMLElement>(tag: string, content: unknown, attributes: Record<string, string> = {}): Promise<T> {
  const el = document.createElement(tag) as T & { data: unknown; updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  let loaded = false;
  el.addEventListener('explainer-load', () => (loaded = true), { once: true });
  el.data = content;
  document.body.append(el);
  await waitFor(() => loaded, 5000, `<${tag}> to load`);
  await el.updateComplete;
  return el;
}
