import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { domHtmlReader } from '../../src/internal/rich-text/html-reader-dom.js';
import { loadHtmlReader } from '../../src/internal/rich-text/html-reader-loader.js';
import type { HtmlReader } from '../../src/internal/rich-text/html-reader.js';
import { toPlainText } from '../../src/internal/rich-text/markdown.js';
import { safeUrl } from '../../src/internal/rich-text/url-policy.js';
import { FORBIDDEN_TAGS, RICH_TEXT_TAGS, auditRoot, squeeze, tagNames, textOf } from './dom-audit.js';
import { XSS_PAYLOADS } from './xss-payloads.js';
import { XSS_TARGETS, type XssTarget } from './xss-targets.js';
import { trapSideEffects } from './side-effects.js';
import { expectNothingRan, feedCorpus } from './xss-run.js';

/**
 * The XSS corpus as HTML content (`"format": "html"`) in every text field of every component: nothing runs, no
 * dialog opens, no element, attribute or URL comes from content except the subset, and each field shows what the
 * HTML reader makes of its payload: rich-text fields the text of the blocks read, plain-text fields the payload with
 * its character references decoded, as text.
 *
 * Every payload is given after a word ("Shown: "), so that no rich-text field reads as empty (an HTML payload that is
 * only a script or an image would otherwise drop its item, as it should, and shift the items checked).
 */

type Lit = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

const PREFIX = 'Shown: ';

function reader(): HtmlReader {
  const found = domHtmlReader();
  if (typeof found === 'string') throw new Error(found);
  return found;
}

/** Renders `items` (and `root` in the root fields) as HTML content, opens everything, and collects every problem. */
async function renderAndCheck(target: XssTarget, el: Lit, allowed: ReadonlySet<string>, root: string, items: readonly string[], problems: string[]): Promise<void> {
  const content = { ...(target.build(root, items) as object), format: 'html' };
  el.data = content;
  await el.updateComplete;
  await target.open(el, items);
  const shadow = el.shadowRoot!;
  const where = `${target.name} [${JSON.stringify(items[0]!.slice(PREFIX.length, PREFIX.length + 40))}${items.length > 1 ? ` +${items.length - 1}` : ''}]`;
  const found = auditRoot(shadow, allowed);
  if (shadow.querySelector('[part~="error"][role="alert"]')) found.push('shows the error state instead of the content');
  const plain = (text: string) => reader().text(text);
  const rich = (text: string) => squeeze(toPlainText(reader().blocks(text)));
  for (const field of target.fields) {
    const nodes = field.nodes(shadow);
    if (field.scope === 'all') {
      const shown = squeeze(textOf(nodes[0] ?? document.createElement('p'), field.exclude));
      if (!shown.includes(items.map(field.kind === 'rich' ? rich : (t) => squeeze(plain(t))).join(''))) found.push(`${field.field}: the payloads are not all shown`);
      continue;
    }
    (field.scope === 'root' ? [root] : items).forEach((payload, i) => {
      const node = nodes[i];
      const shown = node ? textOf(node, field.exclude) : null;
      const ok = shown !== null && (field.kind === 'plain' ? shown.includes(plain(payload)) : squeeze(shown).includes(rich(payload)));
      if (!ok) found.push(`${field.field} ${shown === null ? 'is not rendered' : 'does not show what the reader reads'}: ${JSON.stringify(payload.slice(0, 80))}`);
    });
  }
  for (const url of target.urls) {
    // URLs are data, not text: taken as written, whatever the format.
    url.nodes(shadow).forEach((node, i) => {
      const link = node?.querySelector(`a[part~="${url.linkPart}"]`);
      if (link && link.getAttribute('href') !== safeUrl(items[i]!)) found.push(`${url.field}: a link that the URL policy refuses: ${JSON.stringify(items[i])}`);
    });
  }
  const expected = target.validate(content).errors.map((e) => `${e.path}: ${e.message}`);
  const shownErrors = Array.from(shadow.querySelectorAll('[part~="error-list"] > li'), (li) => li.textContent ?? '');
  if (JSON.stringify(shownErrors) !== JSON.stringify(expected)) found.push(`the error list shows ${shownErrors.length} errors, not the ${expected.length} expected, as text`);
  if (target.shuffle) {
    await target.shuffle(el, items);
    found.push(...auditRoot(shadow, allowed).map((p) => `after sorting/filtering: ${p}`));
  }
  problems.push(...found.map((p) => `${where}: ${p}`));
}

describe('security: the XSS corpus as HTML content in every text field of every component', function () {
  this.timeout(120000);
  const calls: string[] = [];
  let restore: () => void;
  before(async () => {
    restore = trapSideEffects(calls);
    // The validators (for the expected error lists) read with the reader the components load.
    await loadHtmlReader();
  });
  after(() => restore());

  it('the corpus has an HTML class with links, attributes and mutation-XSS patterns', () => {
    const html = XSS_PAYLOADS.filter((p) => p.cls === 'html').map((p) => p.text);
    expect(html.length).to.be.at.least(30);
    for (const needle of ['<a href="&#106;avascript:', '<noscript><p title="</noscript>', '<form><math><mtext></form><form><mglyph><style></math>', '<svg onload=', '<img src=x onerror=', '<math>']) {
      expect(XSS_PAYLOADS.some((p) => p.text.includes(needle)), needle).to.equal(true);
    }
  });

  for (const target of XSS_TARGETS) {
    it(`${target.name}: no payload runs or becomes markup beyond the subset, and each shows as the reader reads it`, async () => {
      const el = document.createElement(target.tag) as Lit;
      for (const [name, value] of Object.entries(target.attributes)) el.setAttribute(name, value);
      document.body.append(el);
      el.data = { ...(target.build('Benign <b>title</b>', ['Benign one', 'Benign <em>two</em> with <a href="/b">a link</a>']) as object), format: 'html' };
      await el.updateComplete;
      await target.open(el, ['Benign one']);
      const allowed = new Set([...tagNames(el.shadowRoot!), ...RICH_TEXT_TAGS]);
      expect([...allowed].filter((t) => FORBIDDEN_TAGS.has(t)), 'benign render').to.deep.equal([]);
      expect(auditRoot(el.shadowRoot!, allowed), 'benign render').to.deep.equal([]);

      const payloads = XSS_PAYLOADS.map((p) => `${PREFIX}${p.text}`);
      const problems: string[] = [];
      await feedCorpus(target.batch, payloads, (root, items) => renderAndCheck(target, el, allowed, root, items, problems));
      await expectNothingRan(problems, calls);
      el.remove();
    });
  }
});
