import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { safeUrl } from '../../src/internal/rich-text/url-policy.js';
import { toPlainText } from '../../src/internal/rich-text/markdown.js';
import { RICH_TEXT_TAGS, FORBIDDEN_TAGS, auditRoot, browserSafeUrl, squeeze, tagNames, textOf, wordsInOrder } from './dom-audit.js';
import { XSS_PAYLOADS, type XssPayload } from './xss-payloads.js';
import { XSS_TARGETS, type FieldCheck, type XssTarget } from './xss-targets.js';
import { trapSideEffects } from './side-effects.js';
import { expectNothingRan, feedCorpus, tick, xssFlag } from './xss-run.js';

/**
 * The XSS corpus in every text field of every component: nothing runs, no dialog opens, no element, event handler
 * or unsafe URL comes from content, and every payload is still there to read, as text.
 */

type Lit = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };


/** Whether `text` shows `payload`: exactly for plain fields; every word, and its Markdown plain text, for rich ones. */
function visibleProblem(payload: XssPayload, kind: FieldCheck['kind'], text: string): string | null {
  if (kind === 'plain') return text.includes(payload.text) ? null : 'is not shown verbatim as text';
  if (!wordsInOrder(payload.visible ?? payload.text, text)) return 'lost words of the payload';
  if (!squeeze(text).includes(squeeze(toPlainText(payload.text)))) return 'does not show its plain text';
  return null;
}

function checkFields(target: XssTarget, root: ShadowRoot, first: XssPayload, items: readonly XssPayload[], problems: string[]): void {
  for (const field of target.fields) {
    if (field.scope === 'all') {
      // The blocks of consecutive payloads, kept apart so the last word of one and the first of the next stay two words.
      const node = field.nodes(root)[0];
      const text = node ? Array.from(node.children, (block) => textOf(block, field.exclude)).join(' ') : '';
      if (!wordsInOrder(items.map((p) => p.visible ?? p.text).join(' '), text)) problems.push(`${field.field}: the payloads are not all shown`);
      continue;
    }
    const list = field.scope === 'root' ? [first] : items;
    const nodes = field.nodes(root);
    list.forEach((payload, i) => {
      const node = nodes[i];
      const problem = node ? visibleProblem(payload, field.kind, textOf(node, field.exclude)) : 'is not rendered';
      if (problem) problems.push(`${field.field} ${problem}: ${JSON.stringify(payload.text.slice(0, 80))}`);
    });
  }
  for (const url of target.urls) {
    const nodes = url.nodes(root);
    items.forEach((payload, i) => {
      const node = nodes[i];
      const accepted = safeUrl(payload.text);
      const link = node?.querySelector(`a[part~="${url.linkPart}"]`);
      const refused = node?.querySelector(`[part~="${url.refusedPart}"]`);
      const ok =
        accepted === null
          ? !link && refused && textOf(refused).includes(payload.text)
          : link?.getAttribute('href') === accepted && !refused;
      if (!ok) problems.push(`${url.field}: ${accepted === null ? 'a refused URL is not shown as text' : 'an accepted URL is not a link'}: ${JSON.stringify(payload.text.slice(0, 80))}`);
    });
  }
}

/** Renders `items` (and `first` in the root fields), opens everything, and collects every problem. */
async function renderAndCheck(target: XssTarget, el: Lit, allowed: ReadonlySet<string>, first: XssPayload, items: readonly XssPayload[], problems: string[]): Promise<void> {
  const texts = items.map((p) => p.text);
  const content = target.build(first.text, texts);
  el.data = content;
  await el.updateComplete;
  await target.open(el, texts);
  const root = el.shadowRoot!;
  const where = `${target.name} [${items[0]!.cls}: ${JSON.stringify(items[0]!.text.slice(0, 40))}${items.length > 1 ? ` +${items.length - 1}` : ''}]`;
  const found: string[] = [];
  found.push(...auditRoot(root, allowed));
  if (root.querySelector('[part~="error"][role="alert"]')) found.push('shows the error state instead of the content');
  checkFields(target, root, first, items, found);
  // Every error names its path and is shown as text, payloads quoted in paths and messages included.
  const expected = target.validate(content).errors.map((e) => `${e.path}: ${e.message}`);
  const shown = Array.from(root.querySelectorAll('[part~="error-list"] > li'), (li) => li.textContent ?? '');
  if (JSON.stringify(shown) !== JSON.stringify(expected)) found.push(`the error list shows ${shown.length} errors, not the ${expected.length} expected, as text`);
  if (target.shuffle) {
    await target.shuffle(el, texts);
    found.push(...auditRoot(root, allowed).map((p) => `after sorting/filtering: ${p}`));
  }
  problems.push(...found.map((p) => `${where}: ${p}`));
}

/**
 * `history.replaceState` to a new fragment. WebKit allows 100 calls in 10 seconds and then throws a SecurityError:
 * wait for the window to pass and go on.
 */
async function replaceHash(hash: string): Promise<void> {
  try {
    history.replaceState(null, '', hash);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'SecurityError')) throw error;
    await new Promise((resolve) => setTimeout(resolve, 10500));
    history.replaceState(null, '', hash);
  }
}

describe('security: XSS corpus in every text field of every component', function () {
  this.timeout(60000);
  const calls: string[] = [];
  let restore: () => void;
  before(() => {
    restore = trapSideEffects(calls);
  });
  after(() => restore());

  it('the corpus holds at least 100 distinct payloads across every class of trick', () => {
    const texts = XSS_PAYLOADS.map((p) => p.text);
    expect(new Set(texts).size, 'distinct payloads').to.equal(texts.length);
    expect(texts.length).to.be.at.least(100);
    const classes = new Set(XSS_PAYLOADS.map((p) => p.cls));
    for (const cls of ['script tag', 'event handler', 'svg', 'embed', 'url scheme', 'markdown link', 'html', 'template injection', 'comment', 'unicode', 'long']) {
      expect(classes.has(cls), cls).to.be.true;
    }
    // Every scheme trick is refused by the policy and by the browser's own parser.
    for (const p of XSS_PAYLOADS.filter((x) => x.cls === 'url scheme')) {
      expect(safeUrl(p.text), JSON.stringify(p.text)).to.equal(null);
    }
  });

  it('the audit itself catches injected elements, handlers, URLs and ids (self-test)', () => {
    const host = document.createElement('faq-accordion-audit-probe');
    const root = host.attachShadow({ mode: 'open' });
    const img = document.createElement('img');
    img.setAttribute('onerror', 'void 0');
    const link = document.createElement('a');
    link.setAttribute('href', ' java\tscript:void 0');
    link.id = 'from-content';
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const label = document.createElement('label');
    label.htmlFor = 'elsewhere';
    root.append(img, link, svg, label, document.createElement('section'));
    const problems = auditRoot(root, new Set(['a', 'svg', 'label', 'img']));
    expect(problems.join('\n')).to.contain('forbidden element <img>');
    expect(problems.join('\n')).to.contain('event-handler attribute onerror');
    expect(problems.join('\n')).to.contain('fails the URL policy');
    expect(problems.join('\n')).to.contain('is not http(s), mailto or relative');
    expect(problems.join('\n')).to.contain('is not a generated id');
    expect(problems.join('\n')).to.contain('an SVG that is not a decorative icon');
    expect(problems.join('\n')).to.contain('points outside the render root');
    expect(problems.join('\n')).to.contain('unexpected element <section>');
    for (const bad of ['javascript:x', ' JaVa\tScRipt:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///x']) expect(browserSafeUrl(bad), bad).to.be.false;
    for (const good of ['https://x.example/', 'http://x', 'mailto:a@b.c', '/rel', 'rel?x=javascript:1', '#frag', '//x.example/']) expect(browserSafeUrl(good), good).to.be.true;
    expect(wordsInOrder('a *b* [c](javascript:d)', 'a b [c](javascript:d)')).to.be.true;
    expect(wordsInOrder('a b c', 'a c')).to.be.false;
  });

  it('faq-accordion: deep-link fragments from the corpus open only the item they name, and run nothing', async () => {
    const url = window.location.href;
    const el = document.createElement('faq-accordion');
    const ids = XSS_PAYLOADS.map((p) => p.text).filter((t) => /^[^\s#]{1,200}$/u.test(t));
    el.data = { items: ids.map((id) => ({ id, question: id, answer: id })) };
    document.body.append(el);
    await el.updateComplete;
    try {
      for (const [index, payload] of XSS_PAYLOADS.entries()) {
        el.collapseAll();
        await replaceHash(`#${encodeURIComponent(payload.text)}`);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await el.updateComplete;
        const opened = ids.map((_, i) => i).filter((i) => el.isOpen(i));
        const expected = ids.indexOf(payload.text);
        expect(opened, `fragment of payload ${index}`).to.deep.equal(expected < 0 ? [] : [expected]);
      }
      // A raw (not percent-encoded) fragment too.
      await replaceHash(`#<img src=x onerror=top.__xss=1>`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await el.updateComplete;
    } finally {
      history.replaceState(null, '', url);
      el.remove();
    }
    await tick(50);
    expect(ids.length, 'payloads usable as ids').to.be.greaterThan(40);
    expect(xssFlag(), 'window.__xss').to.equal(undefined);
    expect(calls).to.deep.equal([]);
  });

  for (const target of XSS_TARGETS) {
    it(`${target.name}: no payload runs or becomes markup, and every payload stays visible as text`, async () => {
      const el = document.createElement(target.tag) as Lit;
      for (const [name, value] of Object.entries(target.attributes)) el.setAttribute(name, value);
      document.body.append(el);
      // The allow-list of elements: what the component renders for benign content, plus the rich-text subset.
      el.data = target.build('Benign title with a [link](https://example.com/a)', ['Benign one', 'Benign *two* with [a link](/b)']);
      await el.updateComplete;
      await target.open(el, ['Benign one']);
      const allowed = new Set([...tagNames(el.shadowRoot!), ...RICH_TEXT_TAGS]);
      expect([...allowed].filter((t) => FORBIDDEN_TAGS.has(t)), 'benign render').to.deep.equal([]);
      expect(auditRoot(el.shadowRoot!, allowed), 'benign render').to.deep.equal([]);

      const problems: string[] = [];
      await feedCorpus(target.batch, XSS_PAYLOADS, (root, items) => renderAndCheck(target, el, allowed, root, items, problems));
      await expectNothingRan(problems, calls);
      el.remove();
    });
  }
});
