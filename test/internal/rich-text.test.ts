import { expect, fixture, html } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/rich-text/url-policy.js';
import { parseRichText, toPlainText } from '../../src/internal/rich-text/markdown.js';
import type { RichBlock, RichInline } from '../../src/internal/rich-text/markdown.js';
import { parseInline } from '../../src/internal/rich-text/inline.js';
import { renderInline, renderRichText } from '../../src/internal/rich-text/render.js';
import * as richText from '../../src/internal/rich-text/index.js';

/** Inline children of the only paragraph in `source`. */
function inline(source: string): RichInline[] {
  const blocks = parseRichText(source);
  expect(blocks, `blocks of ${JSON.stringify(source)}`).to.have.length(1);
  const block = blocks[0]!;
  if (block.type !== 'paragraph') throw new Error(`expected a paragraph, got ${block.type}`);
  return block.children;
}

const text = (value: string): RichInline => ({ type: 'text', value });

function depth(nodes: RichInline[]): number {
  let max = 0;
  for (const node of nodes) {
    if ('children' in node) max = Math.max(max, 1 + depth(node.children));
  }
  return max;
}

async function renderInto(source: string | RichBlock[]): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div>${renderRichText(source)}</div>`);
}

describe('rich-text: safeUrl', () => {
  it('keeps http, https, mailto and relative URLs unchanged', () => {
    const allowed = [
      'https://example.org/a?b=1#c',
      'http://example.org',
      'HTTPS://EXAMPLE.ORG/',
      'HtTp://example.org',
      'mailto:press@example.org?subject=Hi',
      'MAILTO:press@example.org',
      '/a',
      'a/b',
      './a',
      '../a',
      'page.html',
      '#frag',
      '?q=1',
      '//cdn.example.org/x',
      'https://example.org/a:b',
      '/path?x=javascript:alert(1)',
      '#javascript:alert(1)',
      'https://example.org/?a=1&b=2',
    ];
    for (const url of allowed) expect(safeUrl(url), url).to.equal(url);
  });

  it('cleans the value like the URL parser: trims C0 controls and spaces, drops tab/CR/LF', () => {
    expect(safeUrl('  https://example.org/a  ')).to.equal('https://example.org/a');
    expect(safeUrl('\u0000\u001f /a\u0007 ')).to.equal('/a');
    expect(safeUrl('ht\ttps://example.org')).to.equal('https://example.org');
    expect(safeUrl('https://example.org/a\nb\rc')).to.equal('https://example.org/abc');
  });

  it('refuses javascript:, data:, vbscript:, file: and other schemes, however disguised', () => {
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u0000 \u001fjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'javascript\t:alert(1)',
      'java\u0000script:alert(1)',
      'javascript://%0aalert(1)',
      'javascript:/x/',
      '\u00a0javascript:alert(1)',
      'java script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/uuid',
      'ftp://example.org',
      'tel:+123',
      'a:b',
      'x-custom:thing',
    ];
    for (const url of refused) expect(safeUrl(url), JSON.stringify(url)).to.equal(null);
  });

  it('refuses HTML character references and backslashes in the scheme area', () => {
    const refused = [
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      'jav&#x09;ascript:alert(1)',
      '/ok?x=&amp;',
      '\\\\evil.example/x',
      '\\/evil.example',
      'https:\\\\evil.example',
      'javascript\\:alert(1)',
    ];
    for (const url of refused) expect(safeUrl(url), JSON.stringify(url)).to.equal(null);
    // A backslash after the first '/' is only a path character.
    expect(safeUrl('/a\\b')).to.equal('/a\\b');
  });

  it('refuses empty, blank and non-string values', () => {
    expect(safeUrl('')).to.equal(null);
    expect(safeUrl('   ')).to.equal(null);
    expect(safeUrl('\t\n\r\u0000')).to.equal(null);
    expect(safeUrl(42 as unknown as string)).to.equal(null);
    expect(safeUrl(null as unknown as string)).to.equal(null);
  });
});

describe('rich-text: parseRichText blocks', () => {
  it('returns no blocks for empty or non-string input', () => {
    expect(parseRichText('')).to.deep.equal([]);
    expect(parseRichText('  \n\t\n  ')).to.deep.equal([]);
    expect(parseRichText(undefined as unknown as string)).to.deep.equal([]);
    expect(parseRichText({} as unknown as string)).to.deep.equal([]);
  });

  it('makes one paragraph of plain text, joining single newlines with a space', () => {
    expect(parseRichText('Hello\nworld')).to.deep.equal([{ type: 'paragraph', children: [text('Hello world')] }]);
    expect(parseRichText('  a  \r\n  b  ')).to.deep.equal([{ type: 'paragraph', children: [text('a b')] }]);
  });

  it('separates paragraphs on blank lines (LF, CRLF, CR, whitespace-only)', () => {
    const blocks = parseRichText('one\n\ntwo\r\n\r\nthree\r\rfour\n \t \nfive');
    expect(blocks.map((b) => b.type)).to.deep.equal(Array(5).fill('paragraph'));
    expect(toPlainText(blocks)).to.equal('one\n\ntwo\n\nthree\n\nfour\n\nfive');
  });

  it('parses bullet lists with -, * and +, including formatting in items', () => {
    expect(parseRichText('- one\n* **two**\n+ three')).to.deep.equal([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [[text('one')], [{ type: 'strong', children: [text('two')] }], [text('three')]],
      },
    ]);
  });

  it('parses numbered lists with . or ) and keeps the first number as start', () => {
    expect(parseRichText('3. three\n4) four\n10. ten')).to.deep.equal([
      { type: 'list', ordered: true, start: 3, items: [[text('three')], [text('four')], [text('ten')]] },
    ]);
    const [list] = parseRichText('1. a\n2. b');
    expect(list).to.include({ type: 'list', ordered: true, start: 1 });
  });

  it('continues an item on following lines and keeps a list across blank lines', () => {
    const blocks = parseRichText('- first\n  still first\nlazy too\n\n- second\n\n  indented after blank');
    expect(blocks).to.deep.equal([
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [[text('first still first lazy too')], [text('second indented after blank')]],
      },
    ]);
  });

  it('ends a list at an unindented paragraph after a blank line', () => {
    const blocks = parseRichText('- a\n- b\n\nAfter the list.');
    expect(blocks.map((b) => b.type)).to.deep.equal(['list', 'paragraph']);
    expect(toPlainText(blocks)).to.equal('a\nb\n\nAfter the list.');
  });

  it('starts a new list when switching between bullets and numbers', () => {
    const blocks = parseRichText('- a\n- b\n1. c\n2. d\n- e');
    expect(blocks.map((b) => (b.type === 'list' ? b.ordered : b.type))).to.deep.equal([false, true, false]);
  });

  it('lets a bullet list or a list starting at 1 interrupt a paragraph, but not other numbers', () => {
    expect(parseRichText('Steps:\n- a').map((b) => b.type)).to.deep.equal(['paragraph', 'list']);
    expect(parseRichText('Steps:\n1. a').map((b) => b.type)).to.deep.equal(['paragraph', 'list']);
    expect(parseRichText('In\n2024. it grew')).to.deep.equal([
      { type: 'paragraph', children: [text('In 2024. it grew')] },
    ]);
  });

  it('needs a space after the marker: "-x", "*x*" and "1.x" are not list items', () => {
    expect(parseRichText('-x').map((b) => b.type)).to.deep.equal(['paragraph']);
    expect(parseRichText('*x*')).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'em', children: [text('x')] }] },
    ]);
    expect(parseRichText('1.x').map((b) => b.type)).to.deep.equal(['paragraph']);
    expect(parseRichText('-').map((b) => b.type)).to.deep.equal(['paragraph']);
  });
});

describe('rich-text: parseRichText inlines', () => {
  it('parses *em* and _em_', () => {
    expect(inline('a *b* c')).to.deep.equal([text('a '), { type: 'em', children: [text('b')] }, text(' c')]);
    expect(inline('_b_')).to.deep.equal([{ type: 'em', children: [text('b')] }]);
  });

  it('parses **strong** and __strong__', () => {
    expect(inline('**b**')).to.deep.equal([{ type: 'strong', children: [text('b')] }]);
    expect(inline('x __b__ y')).to.deep.equal([text('x '), { type: 'strong', children: [text('b')] }, text(' y')]);
    expect(inline('a**b**c')).to.deep.equal([text('a'), { type: 'strong', children: [text('b')] }, text('c')]);
  });

  it('nests em in strong, strong in em, and ***both***', () => {
    expect(inline('**a *b* c**')).to.deep.equal([
      { type: 'strong', children: [text('a '), { type: 'em', children: [text('b')] }, text(' c')] },
    ]);
    expect(inline('_a __b__ c_')).to.deep.equal([
      { type: 'em', children: [text('a '), { type: 'strong', children: [text('b')] }, text(' c')] },
    ]);
    expect(inline('***x***')).to.deep.equal([
      { type: 'em', children: [{ type: 'strong', children: [text('x')] }] },
    ]);
  });

  it('pairs each closing run with the nearest opener of its kind (no CommonMark rule of three)', () => {
    expect(inline('*foo**bar*')).to.deep.equal([
      { type: 'em', children: [text('foo')] },
      { type: 'em', children: [text('bar')] },
    ]);
    expect(inline('**a* b*')).to.deep.equal([
      { type: 'em', children: [{ type: 'em', children: [text('a')] }, text(' b')] },
    ]);
  });

  it('does not pair emphasis across a [ that may still become a link', () => {
    expect(inline('*[a*](/x)')).to.deep.equal([text('*'), { type: 'link', href: '/x', children: [text('a*')] }]);
    expect(inline('*a [b* c')).to.deep.equal([{ type: 'em', children: [text('a [b')] }, text(' c')]);
    expect(inline('*a [b] c*')).to.deep.equal([{ type: 'em', children: [text('a [b] c')] }]);
  });

  it('does not treat intraword underscores as emphasis', () => {
    expect(inline('snake_case_name and _a_b')).to.deep.equal([text('snake_case_name and _a_b')]);
  });

  it('handles emphasis next to astral punctuation', () => {
    expect(inline('😀*a*😀')).to.deep.equal([text('😀'), { type: 'em', children: [text('a')] }, text('😀')]);
    expect(toPlainText('\ud800*a*\udc00')).to.equal('\ud800a\udc00');
  });

  it('keeps unclosed or unmatched markers as literal text', () => {
    for (const source of ['*a', '**a', '_a', '__a', 'a*', '`a', '``a`', '[a', 'a]', '[a](/b', 'a * b * c', 'a ** b']) {
      expect(toPlainText(source), source).to.equal(source);
      expect(depth(inline(source)), source).to.equal(0);
    }
    expect(inline('**a*')).to.deep.equal([text('*'), { type: 'em', children: [text('a')] }]);
  });

  it('parses inline code literally, with no formatting inside', () => {
    expect(inline('x `*a* [b](/c) \\* <i>` y')).to.deep.equal([
      text('x '),
      { type: 'code', value: '*a* [b](/c) \\* <i>' },
      text(' y'),
    ]);
  });

  it('supports longer backtick fences and strips one surrounding space', () => {
    expect(inline('`` a ` b ``')).to.deep.equal([{ type: 'code', value: 'a ` b' }]);
    expect(inline('`  `')).to.deep.equal([{ type: 'code', value: '  ' }]);
    expect(inline('``` x `` y ```')).to.deep.equal([{ type: 'code', value: 'x `` y' }]);
    expect(inline('\\``code`')).to.deep.equal([text('`'), { type: 'code', value: 'code' }]);
  });

  it('treats backslash-escaped punctuation as literal characters', () => {
    expect(inline('\\*not em\\*')).to.deep.equal([text('*not em*')]);
    expect(inline('\\_a\\_ \\`b\\` \\[c\\](/d) \\\\ \\# \\<')).to.deep.equal([text('_a_ `b` [c](/d) \\ # <')]);
    expect(inline('a\\b c\\')).to.deep.equal([text('a\\b c\\')]);
    expect(inline('**\\*\\***')).to.deep.equal([{ type: 'strong', children: [text('**')] }]);
  });

  it('parses [text](url) links', () => {
    expect(inline('see [the report](https://example.org/r?a=1) now')).to.deep.equal([
      text('see '),
      { type: 'link', href: 'https://example.org/r?a=1', children: [text('the report')] },
      text(' now'),
    ]);
    expect(inline('[mail](mailto:a@example.org)')).to.deep.equal([
      { type: 'link', href: 'mailto:a@example.org', children: [text('mail')] },
    ]);
    expect(inline('[rel](../a/b.html#c)')).to.deep.equal([
      { type: 'link', href: '../a/b.html#c', children: [text('rel')] },
    ]);
  });

  it('allows em, strong and code inside link text, and links inside strong', () => {
    expect(inline('[a *b* **c** `d`](/x)')).to.deep.equal([
      {
        type: 'link',
        href: '/x',
        children: [
          text('a '),
          { type: 'em', children: [text('b')] },
          text(' '),
          { type: 'strong', children: [text('c')] },
          text(' '),
          { type: 'code', value: 'd' },
        ],
      },
    ]);
    expect(inline('**[a](/x)**')).to.deep.equal([
      { type: 'strong', children: [{ type: 'link', href: '/x', children: [text('a')] }] },
    ]);
    expect(inline('[*a](/x)*')).to.deep.equal([{ type: 'link', href: '/x', children: [text('*a')] }, text('*')]);
  });

  it('parses destinations with balanced parentheses, escapes and surrounding spaces', () => {
    expect(inline('[w](https://en.wikipedia.org/wiki/A_(b))')).to.deep.equal([
      { type: 'link', href: 'https://en.wikipedia.org/wiki/A_(b)', children: [text('w')] },
    ]);
    expect(inline('[e](/a\\)b)')).to.deep.equal([{ type: 'link', href: '/a)b', children: [text('e')] }]);
    expect(inline('[s](  /x  )')).to.deep.equal([{ type: 'link', href: '/x', children: [text('s')] }]);
    expect(inline('[v6](http://[::1]/a?b[]=1)')).to.deep.equal([
      { type: 'link', href: 'http://[::1]/a?b[]=1', children: [text('v6')] },
    ]);
    // A destination never contains `](` (that keeps the scans linear).
    expect(inline('[a](/b](/c)')).to.deep.equal([text('[a](/b](/c)')]);
    expect(inline('[code `]`](/x)')).to.deep.equal([
      { type: 'link', href: '/x', children: [text('code '), { type: 'code', value: ']' }] },
    ]);
  });

  it('shows the URL as the text of a link with empty text', () => {
    expect(inline('[](https://example.org)')).to.deep.equal([
      { type: 'link', href: 'https://example.org', children: [text('https://example.org')] },
    ]);
  });

  it('does not nest links: the inner one wins', () => {
    expect(inline('[a [b](/in)](/out)')).to.deep.equal([
      text('[a '),
      { type: 'link', href: '/in', children: [text('b')] },
      text('](/out)'),
    ]);
  });

  it('leaves brackets without a valid destination as text (formatting inside still applies)', () => {
    expect(inline('[**a**] (b)')).to.deep.equal([text('['), { type: 'strong', children: [text('a')] }, text('] (b)')]);
    expect(inline('[a](/x "title")')).to.deep.equal([text('[a](/x "title")')]);
    expect(inline('[a](/x(y)')).to.deep.equal([text('[a](/x(y)')]);
    expect(inline('[a](b c)')).to.deep.equal([text('[a](b c)')]);
    const deep = `[a](${'('.repeat(40)}x${')'.repeat(40)})`;
    expect(inline(deep)).to.deep.equal([text(deep)]);
    const long = `[a](/${'x'.repeat(5000)})`;
    expect(inline(long)).to.deep.equal([text(long)]);
  });

  it('keeps a link whose URL is refused as its whole original source, unformatted', () => {
    const sources = [
      '[click](javascript:alert(1))',
      '[**bold** `c`](JaVaScRiPt:alert(1))',
      '[x](data:text/html,hi)',
      '[x](vbscript:msgbox)',
      '[x](javascript&colon;alert(1))',
      '[x](java\\script:alert(1))',
      '[x](javascript\\:alert(1))',
      '[x]()',
    ];
    for (const source of sources) expect(inline(source), source).to.deep.equal([text(source)]);
    expect(inline('a [x](file:///etc) *b*')).to.deep.equal([
      text('a [x](file:///etc) '),
      { type: 'em', children: [text('b')] },
    ]);
  });

  it('keeps images, HTML, headings, quotes and autolinks as literal text', () => {
    const literal = [
      '![alt](https://example.org/a.png)',
      '<b>hi</b>',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '# Heading',
      '> quote',
      '<https://example.org>',
      'https://example.org',
      '&lt;b&gt; &amp;',
      'a ! b !',
    ];
    for (const source of literal) expect(inline(source), source).to.deep.equal([text(source)]);
  });

  it('flattens absurdly deep nesting to its text instead of recursing without bound', () => {
    const levels = 60;
    const marker = (k: number): string => (k % 2 === 0 ? '*' : '_');
    let source = '';
    for (let k = 0; k < levels; k++) source += `${marker(k)}o${k} `;
    source += 'core';
    for (let k = levels - 1; k >= 0; k--) source += ` c${k}${marker(k)}`;
    const children = inline(source);
    expect(depth(children)).to.be.within(10, 17);
    const plain = toPlainText(source);
    expect(plain).to.include('o0 ').and.include('o59 ').and.include('core').and.include('c59');
    expect(plain).not.to.match(/[*_]/);
  });

  it('parses runs of openers, unclosable brackets and long bounded link destinations without throwing', () => {
    const inputs = [
      '[a](b'.repeat(20000) + ')',
      '*a '.repeat(30000),
      '_a '.repeat(30000),
      '**a *b '.repeat(20000),
      '*a _'.repeat(12500) + '_ a*'.repeat(12500),
      '['.repeat(50000) + ']'.repeat(50000),
    ];
    for (const source of inputs) {
      expect(() => parseInline(source), source.slice(0, 10)).not.to.throw();
      expect(toPlainText(source).length, source.slice(0, 10)).to.be.greaterThan(0);
    }
    expect(toPlainText('*a '.repeat(30000))).to.equal('*a '.repeat(30000).trim());
    expect(toPlainText('['.repeat(50000) + ']'.repeat(50000))).to.equal('['.repeat(50000) + ']'.repeat(50000));
  });

  it('parses 100 KB pathological inputs without throwing, keeping all their text', () => {
    const inputs = [
      '*'.repeat(50000),
      '_'.repeat(100000),
      '['.repeat(100000),
      ']'.repeat(100000),
      '[a](b'.repeat(20000),
      '[a]('.repeat(12500) + ')'.repeat(12500),
      '*a _'.repeat(25000),
      'a*'.repeat(50000),
      '**a'.repeat(33000),
      '`'.repeat(50000) + 'x',
      ' ` ``'.repeat(20000),
      '![['.repeat(30000),
      '\\'.repeat(100000),
      '- a\n'.repeat(25000),
    ];
    for (const source of inputs) {
      let blocks: RichBlock[] = [];
      expect(() => {
        blocks = parseRichText(source);
      }, source.slice(0, 10)).not.to.throw();
      expect(blocks.length).to.be.greaterThan(0);
    }
    // Nothing to format: the text comes back unchanged.
    for (const source of ['*'.repeat(50000), '['.repeat(100000), '[a](b'.repeat(20000), '![['.repeat(30000)]) {
      expect(toPlainText(source)).to.equal(source);
    }
    expect(toPlainText('\\'.repeat(100000))).to.equal('\\'.repeat(50000));
    const list = parseRichText('- a\n'.repeat(25000))[0]!;
    expect(list.type === 'list' && list.items.length).to.equal(25000);
  });
});

describe('rich-text: toPlainText', () => {
  it('returns the text only: blocks joined by a blank line, list items by a newline', () => {
    const source = 'A *b* **c** `d` [e](/f)\nnext\n\n3. x\n4. [**y**](https://example.org)\n\n- z';
    expect(toPlainText(source)).to.equal('A b c d e next\n\nx\ny\n\nz');
  });

  it('accepts parsed blocks and keeps refused links as their source', () => {
    expect(toPlainText(parseRichText('[a](javascript:x) *b*'))).to.equal('[a](javascript:x) b');
    expect(toPlainText([])).to.equal('');
    expect(toPlainText('')).to.equal('');
    expect(toPlainText(7 as unknown as string)).to.equal('');
  });
});

describe('rich-text: renderRichText', () => {
  it('renders paragraphs, em, strong, code and links with part="link"', async () => {
    const el = await renderInto('Hi *there* **you** `x<y`\n\nsee [docs](https://example.org/d?a=1&b=2)');
    const paragraphs = el.querySelectorAll('p');
    expect(paragraphs).to.have.length(2);
    expect(paragraphs[0]!.querySelector('em')?.textContent).to.equal('there');
    expect(paragraphs[0]!.querySelector('strong')?.textContent).to.equal('you');
    expect(paragraphs[0]!.querySelector('code')?.textContent).to.equal('x<y');
    const link = paragraphs[1]!.querySelector('a');
    expect(link?.getAttribute('href')).to.equal('https://example.org/d?a=1&b=2');
    expect(link?.getAttribute('part')).to.equal('link');
    expect(link?.textContent).to.equal('docs');
    expect(el.textContent).to.equal('Hi there you x<ysee docs');
  });

  it('renders a single paragraph as a <p>', async () => {
    const el = await renderInto('just text');
    expect(el.children).to.have.length(1);
    expect(el.firstElementChild?.tagName).to.equal('P');
    expect(el.firstElementChild?.textContent).to.equal('just text');
  });

  it('renders nested formatting as nested elements', async () => {
    const el = await renderInto('**a [b *c*](/x)**');
    const em = el.querySelector('p > strong > a[part="link"] > em');
    expect(em?.textContent).to.equal('c');
  });

  it('renders bullet and numbered lists, with start only when it is not 1', async () => {
    const el = await renderInto('- a\n- *b*\n\n3. c\n4. d\n\nBetween.\n\n1. e');
    const ul = el.querySelector('ul');
    expect(ul?.querySelectorAll('li')).to.have.length(2);
    expect(ul?.querySelector('li em')?.textContent).to.equal('b');
    const [ol3, ol1] = Array.from(el.querySelectorAll('ol'));
    expect(ol3!.getAttribute('start')).to.equal('3');
    expect(ol3!.querySelectorAll('li')).to.have.length(2);
    expect(ol1!.hasAttribute('start')).to.equal(false);
    expect(ol1!.textContent).to.equal('e');
  });

  it('renders HTML-looking content as text: no element or script is created', async () => {
    const win = window as unknown as Record<string, unknown>;
    delete win.__richTextXss;
    const payload =
      '<script>window.__richTextXss = 1</script><img src=x onerror="window.__richTextXss=1">' +
      '<b>bold</b><iframe src="javascript:window.__richTextXss=1"></iframe> &lt;i&gt;';
    const el = await renderInto(`${payload}\n\n- <svg onload="window.__richTextXss=1">`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.querySelectorAll('script, img, b, iframe, svg, i')).to.have.length(0);
    expect(el.querySelector('p')?.textContent).to.equal(payload);
    expect(el.querySelector('li')?.textContent).to.equal('<svg onload="window.__richTextXss=1">');
    expect(win.__richTextXss).to.equal(undefined);
  });

  it('never renders a refused URL as a link', async () => {
    const source = [
      '[a](javascript:alert(1))',
      '[b]( JaVaScRiPt:alert(1))',
      '[c](data:text/html;base64,PHNjcmlwdD4=)',
      '[d](vbscript:x)',
      '[e](javascript&#58;alert(1))',
      '![f](https://example.org/x.png)',
    ].join(' ');
    const el = await renderInto(source);
    expect(el.querySelectorAll('a, img')).to.have.length(0);
    expect(el.textContent).to.equal(source);
  });

  it('renders blocks given directly, re-checking hrefs and skipping unknown nodes', async () => {
    const blocks = [
      {
        type: 'paragraph',
        children: [
          { type: 'link', href: 'javascript:alert(1)', children: [text('bad')] },
          { type: 'link', href: '/good', children: [text('good')] },
          { type: 'image', src: 'x' },
        ],
      },
      { type: 'heading', children: [text('nope')] },
    ] as unknown as RichBlock[];
    const el = await renderInto(blocks);
    const links = el.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0]!.getAttribute('href')).to.equal('/good');
    expect(el.textContent).to.equal('badgood');
    expect(el.querySelectorAll('img, h1, h2')).to.have.length(0);
  });

  it('renders nothing for empty or non-string/non-array content', async () => {
    expect((await renderInto('')).children).to.have.length(0);
    const el = await renderInto(5 as unknown as string);
    expect(el.textContent?.trim()).to.equal('');
  });

  it('renderInline renders inline nodes and ignores non-arrays', async () => {
    const children: RichInline[] = [text('a '), { type: 'code', value: '<b>' }];
    const el = await fixture<HTMLElement>(html`<span>${renderInline(children)}</span>`);
    expect(el.querySelector('code')?.textContent).to.equal('<b>');
    expect(el.querySelector('b')).to.equal(null);
    const empty = await fixture<HTMLElement>(html`<span>${renderInline(null as unknown as RichInline[])}</span>`);
    expect(empty.textContent).to.equal('');
  });

  it('is re-exported from the index module', () => {
    expect(richText.safeUrl).to.equal(safeUrl);
    expect(richText.parseRichText).to.equal(parseRichText);
    expect(richText.toPlainText).to.equal(toPlainText);
    expect(richText.renderRichText).to.equal(renderRichText);
    expect(richText.renderInline).to.equal(renderInline);
  });
});
