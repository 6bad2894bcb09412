import type { RichBlock, RichInline } from '../../src/internal/rich-text/ast.js';

/**
 * HTML in, rich-text blocks out: the cases every HTML reader must answer alike (the browser's own parser in Chromium,
 * Firefox and WebKit in test/internal/html-reader.test.ts; parse5 on Node in test/node/html-reader.test.ts). Both
 * readers build the tree by the HTML standard's parsing algorithm, so the same input gives the same blocks.
 */
export interface ReaderCase {
  name: string;
  html: string;
  blocks: RichBlock[];
}

const t = (value: string): RichInline => ({ type: 'text', value });
const br: RichInline = { type: 'break' };
const strong = (...children: RichInline[]): RichInline => ({ type: 'strong', children });
const em = (...children: RichInline[]): RichInline => ({ type: 'em', children });
const code = (value: string): RichInline => ({ type: 'code', value });
const link = (href: string, children: RichInline[], title?: string): RichInline =>
  title === undefined ? { type: 'link', href, children } : { type: 'link', href, title, children };
const p = (...children: RichInline[]): RichBlock => ({ type: 'paragraph', children });
const ul = (...items: RichInline[][]): RichBlock => ({ type: 'list', ordered: false, start: 1, items });
const ol = (...items: RichInline[][]): RichBlock => ({ type: 'list', ordered: true, start: 1, items });

export const READER_CASES: readonly ReaderCase[] = [
  // The subset.
  { name: 'a paragraph', html: '<p>One paragraph.</p>', blocks: [p(t('One paragraph.'))] },
  { name: 'strong, b, em, i, code', html: '<p><strong>s</strong> <b>b</b> <em>e</em> <i>i</i> <code>c()</code></p>', blocks: [p(strong(t('s')), t(' '), strong(t('b')), t(' '), em(t('e')), t(' '), em(t('i')), t(' '), code('c()'))] },
  { name: 'nested formatting', html: '<b>bold <i>both</i></b>', blocks: [p(strong(t('bold '), em(t('both'))))] },
  { name: 'a link with href and title, other attributes dropped', html: '<a href="https://example.org/a?b=1&amp;c=2" title="Read &quot;more&quot;" class="x" target="_blank" rel="noopener" onclick="top.__xss=1">more</a>', blocks: [p(link('https://example.org/a?b=1&c=2', [t('more')], 'Read "more"'))] },
  { name: 'relative and mailto links', html: '<a href="/faq#why">why</a> <a href="mailto:press@example.org">mail</a>', blocks: [p(link('/faq#why', [t('why')]), t(' '), link('mailto:press@example.org', [t('mail')]))] },
  { name: 'line breaks, leading and trailing ones dropped', html: '<p><br>a<br>b<br><br>c <br> </p>', blocks: [p(t('a'), br, t('b'), br, br, t('c'))] },
  { name: 'unordered and ordered lists (no start number)', html: '<ul><li>one</li><li><b>two</b></li></ul><ol start="4" reversed><li>four</li></ol>', blocks: [ul([t('one')], [strong(t('two'))]), ol([t('four')])] },
  { name: 'div and section are paragraphs', html: '<div>in a div</div><section>in a section</section>', blocks: [p(t('in a div')), p(t('in a section'))] },
  { name: 'text around a paragraph makes paragraphs of its own', html: 'Text <p>para</p> more', blocks: [p(t('Text')), p(t('para')), p(t('more'))] },
  { name: 'other block elements end a paragraph and lose their tag', html: '<h2>Heading</h2>after<blockquote>quoted</blockquote><figure><img src="x.png" alt="alt"><figcaption>Caption</figcaption></figure><hr>end', blocks: [p(t('Heading')), p(t('after')), p(t('quoted')), p(t('Caption')), p(t('end'))] },
  { name: 'formatting around a block goes on in each paragraph', html: '<b>x<p>y</p>z</b>', blocks: [p(strong(t('x'))), p(strong(t('y'))), p(strong(t('z')))] },
  { name: 'white space collapses as a browser shows it', html: '<p>\n  a \t\n b  <b> c </b> d\n</p>', blocks: [p(t('a b '), strong(t('c ')), t('d'))] },
  { name: 'no-break spaces are text', html: '<p>&nbsp;a&nbsp;</p>', blocks: [p(t('\u00a0a\u00a0'))] },
  { name: 'pre: line feeds are line breaks; code keeps going after them', html: '<pre><code>line 1\nline 2</code></pre>', blocks: [p(code('line 1'), br, code('line 2'))] },
  // Lists, as far as the AST goes.
  { name: 'a nested list continues the outer list', html: '<ul><li>a<ul><li>b</li></ul>c</li><li>d</li></ul>', blocks: [ul([t('a')], [t('b')], [t('c')], [t('d')])] },
  { name: 'paragraphs inside a list item are lines', html: '<ol><li><p>first</p><p>second</p></li></ol>', blocks: [ol([t('first'), br, t('second')])] },
  { name: 'an li outside a list is a paragraph', html: '<li>stray</li>', blocks: [p(t('stray'))] },
  { name: 'text directly in a list is an item', html: '<ul>loose<li>item</li></ul>', blocks: [ul([t('loose')], [t('item')])] },
  { name: 'a list inside a paragraph splits it', html: '<div>before<ul><li>x</li></ul>after</div>', blocks: [p(t('before')), ul([t('x')]), p(t('after'))] },
  // Everything else: text kept, tag gone; or dropped with its content.
  { name: 'other elements keep their text', html: '<p><span style="color:red">span</span> <u>u</u> <mark>m</mark> <sup>2</sup> <abbr title="t">abbr</abbr> <font color=red>font</font> <drupal-media data-entity-uuid="1"></drupal-media></p>', blocks: [p(t('span u m 2 abbr font'))] },
  { name: 'script, style, template, iframe, object, embed, noscript, svg and math are dropped', html: 'a<script>s</script><style>p{}</style><template>t</template><iframe>i</iframe><object>o</object><embed src=x><noscript>n</noscript><svg><text>svg</text></svg><math><mi>m</mi></math>b', blocks: [p(t('ab'))] },
  { name: 'images, inputs and comments leave nothing', html: '<!-- wp:paragraph --><p>x<img src="a.png" alt="alt text"><input value="v"><!-- c --></p><!-- /wp:paragraph -->', blocks: [p(t('x'))] },
  { name: 'a title the parser moves to the head keeps its text', html: '<title>Heading</title><p>body</p>', blocks: [p(t('Heading')), p(t('body'))] },
  { name: 'character references are decoded in text', html: '<p>Germany&#8217;s &ldquo;Zeitenwende&rdquo; &amp; ASEAN&#x2019;s &copy</p>', blocks: [p(t('Germany\u2019s \u201cZeitenwende\u201d & ASEAN\u2019s \u00a9'))] },
  { name: 'text that looks like markup after decoding stays text', html: '<p>&lt;script&gt;top.__xss=1&lt;/script&gt; and *not* [markdown](javascript:x)</p>', blocks: [p(t('<script>top.__xss=1</script> and *not* [markdown](javascript:x)'))] },
  // Links the URL policy refuses: the text stays, unlinked.
  { name: 'javascript: links keep their text only', html: '<a href="javascript:top.__xss=1">js</a>', blocks: [p(t('js'))] },
  { name: 'entity-encoded schemes are decoded by the parser, then refused', html: '<a href="&#106;avascript:top.__xss=1">a</a><a href="java&#x09;script:top.__xss=1">b</a><a href="javascript&colon;top.__xss=1">c</a>', blocks: [p(t('abc'))] },
  { name: 'data:, vbscript: and empty links keep their text only', html: '<a href="data:text/html,x">d</a><a href="vbscript:x">v</a><a href="">e</a><a>n</a>', blocks: [p(t('dven'))] },
  { name: 'a link with no text is dropped', html: '<p>x<a href="/a"><img src="a.png"></a></p>', blocks: [p(t('x'))] },
  // Mutation XSS: what a sanitizer's serialize-and-reparse would turn into markup is read once, from the tree.
  { name: 'noscript title breakout', html: '<noscript><p title="</noscript><img src=x onerror=top.__xss=1>">', blocks: [] },
  { name: 'form/math/mglyph/style namespace confusion', html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=top.__xss=1>', blocks: [] },
  { name: 'svg and math foreign content', html: '<svg><p><style><img src=x onerror=top.__xss=1></style></p></svg>after', blocks: [p(t('after'))] },
  { name: 'a comment that hides a tag', html: '<!--<img src="--><img src=x onerror=top.__xss=1//">', blocks: [] },
  { name: 'unclosed script swallows the rest', html: 'before<script>top.__xss=1', blocks: [p(t('before'))] },
  { name: 'textarea and title text is text, not markup', html: '<textarea><img src=x onerror=top.__xss=1></textarea>', blocks: [p(t('<img src=x onerror=top.__xss=1>'))] },
  { name: 'frameset content is dropped with the body', html: '<frameset><frame src="javascript:top.__xss=1"></frameset>', blocks: [] },
  // Degenerate input.
  { name: 'empty', html: '', blocks: [] },
  { name: 'only white space and breaks', html: ' \n<br><p> </p><div><br></div>', blocks: [] },
  { name: 'deep nesting is flattened past 16 levels, without recursion limits', html: `${'<b><i>'.repeat(20)}deep${'</i></b>'.repeat(20)}`, blocks: [p(nest(16, 'deep'))] },
];

/** `levels` alternating strong/em wrappers around `text`, outermost strong. */
function nest(levels: number, text: string): RichInline {
  let node: RichInline = t(text);
  for (let i = levels - 1; i >= 0; i--) node = i % 2 === 0 ? strong(node) : em(node);
  return node;
}

/** Plain-text fields with `format: "html"`: character references decoded, tags and comments shown as text. */
export const PLAIN_CASES: readonly { text: string; plain: string }[] = [
  { text: 'ASEAN&#8217;s &amp; Germany&#x2019;s', plain: 'ASEAN\u2019s & Germany\u2019s' },
  { text: 'Q&amp;A &lt;b&gt; &nbsp;x', plain: 'Q&A <b> \u00a0x' },
  { text: 'Tags <b>stay</b> text <!-- c --> <script>top.__xss=1</script>', plain: 'Tags <b>stay</b> text <!-- c --> <script>top.__xss=1</script>' },
  { text: '</textarea><img src=x onerror=top.__xss=1>', plain: '</textarea><img src=x onerror=top.__xss=1>' },
  { text: 'AT&T &copy &notit; &unknown; & x', plain: 'AT&T \u00a9 \u00acit; &unknown; & x' },
  { text: '  leading and trailing  ', plain: '  leading and trailing  ' },
  { text: 'line\r\nbreak', plain: 'line\nbreak' },
  { text: '', plain: '' },
];

/** A deeply nested document (beyond any recursion limit of a naive walk): read without throwing. */
export const DEEP_HTML = `${'<div><span>'.repeat(5000)}bottom${'</span></div>'.repeat(5000)}`;
