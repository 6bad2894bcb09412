/**
 * An XSS corpus drawn from the public cheat sheets (OWASP XSS Filter Evasion Cheat Sheet, PortSwigger's XSS cheat
 * sheet, HTML5 Security Cheatsheet, PayloadsAllTheThings), plus Markdown and template-injection tricks aimed at the
 * rich-text subset. Every executable payload either sets a global (`__xss`, through `top` so a frame counts too) or
 * calls `alert`/`confirm`/`prompt`/`print`, so the XSS tests can tell if anything ran.
 *
 * `visible`: the text a reader must still see when the payload is in a rich-text field, when it is not simply every
 * word of the payload (only for payloads that hold a link the URL policy accepts: its URL is not shown).
 */
export interface XssPayload {
  /** The class of trick, for readable failures. */
  cls: string;
  text: string;
  visible?: string;
}

const X = 'top.__xss=1';
/** `<script>top.__xss=1</script>` in base64, for `data:` URLs. */
const B64_SCRIPT = btoa(`<script>${X}</script>`);
const B64_SVG = btoa(`<svg xmlns="http://www.w3.org/2000/svg" onload="${X}"/>`);

const group = (cls: string, texts: string[]): XssPayload[] => texts.map((text) => ({ cls, text }));

export const XSS_PAYLOADS: readonly XssPayload[] = [
  // Script elements: plain, mixed case, split, after a breakout from an attribute or an RCDATA element.
  ...group('script tag', [
    `<script>${X}</script>`,
    '<SCRIPT>alert(1)</SCRIPT>',
    `<ScRiPt>${X}</sCrIpT>`,
    `<script src=data:text/javascript,${X}></script>`,
    '<scr<script>ipt>alert(1)</scr</script>ipt>',
    `"><script>${X}</script>`,
    "'><script>alert(1)</script>",
    `</title><script>${X}</script>`,
    `</textarea><script>${X}</script>`,
    `<script type="module">${X}</script>`,
    `<script>/*</script><script>*/${X}</script>`,
    `<script\x20type="text/javascript">${X};</script>`,
    `<script/src="data:,${X}"></script>`,
  ]),

  // Event-handler attributes on ordinary elements, with entity-encoded and unquoted handlers.
  ...group('event handler', [
    `<img src=x onerror=${X}>`,
    '<IMG SRC=x ONERROR="alert(1)">',
    '<img src=x onerror=&#97;lert(1)>',
    `<img src=x:alert(1) onerror=eval(src)>`,
    '<img """><script>alert(1)</script>">',
    `<body onload=${X}>`,
    `<input autofocus onfocus=${X}>`,
    `<details open ontoggle=${X}>`,
    `<video><source onerror=${X}></video>`,
    '<audio src=x onerror=alert(1)>',
    `<marquee onstart=${X}>m</marquee>`,
    `<div onmouseover="${X}">hover me</div>`,
    `<a onclick="${X}">click me</a>`,
    `<select autofocus onfocus=${X}></select>`,
    `<x contenteditable onfocus=${X} autofocus>`,
    `<style onload=${X}></style>`,
    `<button formaction=javascript:${X}>go</button>`,
    `<form action=javascript:${X}><input type=submit></form>`,
    `<isindex action=javascript:${X} type=image>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${X}>`,
    `<noscript><p title="</noscript><img src=x onerror=${X}>">`,
    `<img src=x onerror\x0B=${X}>`,
    `<img/src/onerror=${X}>`,
  ]),

  // SVG: scripts, SMIL animation, links and foreign content inside SVG.
  ...group('svg', [
    `<svg onload=${X}>`,
    '<svg/onload=alert(1)>',
    `<svg><script>${X}</script></svg>`,
    `<svg><animate onbegin=${X} attributeName=x dur=1s>`,
    `<svg><a xlink:href="javascript:${X}"><text x=20 y=20>XSS</text></a></svg>`,
    `<svg><set attributeName=onload to=${X} />`,
    `<svg><image href=x onerror=${X}>`,
    `<svg><foreignObject><iframe srcdoc="<script>${X}</script>"></iframe></foreignObject></svg>`,
    `<svg><use href="data:image/svg+xml;base64,${B64_SVG}#x"/></svg>`,
    `<svg><style>@import 'javascript:${X}';</style></svg>`,
  ]),

  // Embedding elements and document-level elements (frames, plugins, base, meta refresh, imports).
  ...group('embed', [
    `<iframe src="javascript:${X}"></iframe>`,
    `<iframe srcdoc="<script>${X}</script>"></iframe>`,
    `<iframe srcdoc="&lt;img src=x onerror=${X}&gt;">`,
    `<object data="javascript:${X}"></object>`,
    `<object data="data:text/html;base64,${B64_SCRIPT}"></object>`,
    `<embed src="javascript:${X}">`,
    `<embed src="data:image/svg+xml;base64,${B64_SVG}">`,
    `<frameset><frame src="javascript:${X}"></frameset>`,
    `<base href="javascript:${X}//">`,
    `<meta http-equiv="refresh" content="0;url=javascript:${X}">`,
    `<link rel=import href="data:text/html,<script>${X}</script>">`,
    `<style>*{background:url("javascript:${X}")}</style>`,
    `<div style="background:url(javascript:${X})">styled</div>`,
    `<template><img src=x onerror=${X}></template>`,
    `<dialog open onclose=${X}>modal</dialog>`,
  ]),

  // Aimed at HTML content ("format": "html"), read by a real parser: links the URL policy must refuse after the
  // parser decodes them, attributes that must not survive, and mutation-XSS and parser-confusion patterns (content
  // that a sanitizer's serialize-and-reparse would turn into markup; read here once, from the tree, never
  // serialized into the page).
  ...group('html', [
    `<a href="javascript:${X}">js link</a>`,
    `<a href="&#106;avascript:${X}">entity link</a>`,
    `<a href="&#x6A;&#x61;vascript:${X}">hex entity link</a>`,
    `<a href="java&#x09;script:${X}">tab link</a>`,
    `<a href="javascript&colon;${X}">colon link</a>`,
    `<a href="  javascript:${X}">space link</a>`,
    `<a href="data:text/html;base64,${B64_SCRIPT}">data link</a>`,
    '<a href="vbscript:msgbox(1)">vbscript link</a>',
    `<a href="https://example.org/" onclick="${X}" onmouseover="${X}" onfocus="${X}">handler link</a>`,
    `<a href="/ok" style="position:fixed;inset:0" ping="javascript:${X}" target="_top">overlay link</a>`,
    `<a href="https://example.org/" title="&quot; onmouseover=&quot;${X}">title breakout</a>`,
    `<a href="https://example.org/"><a href="javascript:${X}">nested link</a></a>`,
    `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${X}>`,
    `<math><mi xlink:href="javascript:${X}">math link</mi></math>`,
    `<math href="javascript:${X}"><mi>m</mi></math>`,
    `<math><mtext><table><mglyph><svg><mtext><style><a title="</style><img src onerror=${X}>">`,
    `<svg><style><img src=x onerror=${X}></style></svg>`,
    `<svg></p><style><a id="</style><img src=1 onerror=${X}>">`,
    `<table><a href="javascript:${X}"><td>foster</td></a></table>`,
    `<select><template><img src=x onerror=${X}></template></select>`,
    `<noembed><img src=x onerror=${X}></noembed>`,
    `<noframes><img src=x onerror=${X}></noframes>`,
    `<xmp><img src=x onerror=${X}></xmp>`,
    `<textarea><img src=x onerror=${X}></textarea>`,
    `<title><img src=x onerror=${X}></title>`,
    `<plaintext><img src=x onerror=${X}>`,
    `<img srcset="x 1x" onerror="${X}">`,
    `<object data="javascript:${X}">fallback text</object>`,
    `<base href="javascript:${X}//"><a href="/relative">relative link</a>`,
    `<keygen autofocus onfocus=${X}>`,
    '<b><p>mis<i>nested</b>formatting</i></p>',
    `<!--><img src=x onerror=${X}>-->`,
    `<?xml><img src=x onerror=${X}>?>`,
    `<img src=x onerror=${X}//`,
    `<p id="__xss" name="__xss" class="x" style="color:red" onclick="${X}">attributes</p>`,
    `<div><p>para<ul><li>item<script>${X}</script></li></ul></p></div>`,
  ]),

  // Dangerous URL schemes, with case, white space, control characters and HTML character references.
  ...group('url scheme', [
    `javascript:${X}`,
    `JavaScript:${X}`,
    'JAVASCRIPT:alert(1)',
    ` javascript:${X}`,
    `   JaVaScRiPt:${X}`,
    `\tjavascript:${X}`,
    `\njavascript:${X}`,
    `java\tscript:${X}`,
    `java\nscript:${X}`,
    'java\rscript:alert(1)',
    `\u0001javascript:${X}`,
    `\u0000javascript:${X}`,
    `javascript\u0000:${X}`,
    `&#x6A;avascript:${X}`,
    '&#106;avascript:alert(1)',
    '&#0000106&#0000097vascript:alert(1)',
    `javascript&colon;${X}`,
    'javascript&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    'jav&#x09;ascript:alert(1)',
    'java&Tab;script:alert(1)',
    'javas\u00ADcript:alert(1)',
    'java\u200Bscript:alert(1)',
    `javascript://%0A${X}`,
    `javascript:/*--></title></style></textarea></script><svg/onload=${X}>`,
    `javascript:${X}//https://example.com/`,
    'javascript\\:alert(1)',
    `vbscript:msgbox(1)`,
    `VBScript:${X}`,
    `data:text/html,<script>${X}</script>`,
    `data:text/html;base64,${B64_SCRIPT}`,
    'DATA:text/html,<svg onload=alert(1)>',
    ` data:image/svg+xml;base64,${B64_SVG}`,
    'livescript:alert(1)',
    'file:///etc/passwd',
    'jar:http://example.com/x.jar!/',
  ]),

  // Markdown link tricks: unsafe destinations with spaces, angle brackets, entities, escapes, nesting, references.
  ...[
    `[x](javascript:${X})`,
    `[x](  javascript:${X})`,
    `[x](<javascript:${X}>)`,
    '[x](JaVaScRiPt:alert(1))',
    '[x](javascript&#58;alert(1))',
    '[x](&#x6A;avascript:alert(1))',
    '[x](java\tscript:alert(1))',
    '[x](javascript:alert%281%29)',
    `[x](javascript:${X} "title")`,
    `[x](javascript:alert\\(1\\))`,
    '[x](javascript:alert((1)))',
    '[x](\\javascript:alert(1))',
    `[x][ref]\n\n[ref]: javascript:${X}`,
    '[x]\n\n[x]: javascript:alert(1)',
    `![x](javascript:${X})`,
    `![x](x" onerror="${X})`,
    `[x](x" onclick="${X})`,
    `[a [b](javascript:alert(1)) c](javascript:${X})`,
    `[[x](javascript:${X})](javascript:alert(1))`,
    `[x](data:text/html;base64,${B64_SCRIPT})`,
    '[x](vbscript:msgbox(1))',
    '<javascript:alert(1)>',
    `- [x](javascript:${X})\n- second item`,
    '*[x](javascript:alert(1))*',
    '`[x](javascript:alert(1))`',
    `[<img src=x onerror=${X}>](javascript:${X})`,
    `[x](javascript:${X})\n[y](JAVASCRIPT:${X})`,
    `[x](\njavascript:${X})`,
    `[x](#" onmouseover="${X})`,
    { cls: 'markdown link', text: `[javascript:${X}](https://example.com/)`, visible: `javascript:${X}` },
    { cls: 'markdown link', text: '[<script>alert(1)</script>](/relative/page)', visible: '<script>alert(1)</script>' },
  ].map((p) => (typeof p === 'string' ? { cls: 'markdown link', text: p } : p)),

  // Template injection for client-side template engines, and Lit's own template markers.
  ...group('template injection', [
    '${alert(1)}',
    `\${${X}}`,
    "{{constructor.constructor('top.__xss=1')()}}",
    "{{$on.constructor('alert(1)')()}}",
    '{{7*7}}',
    '<%= 7*7 %>',
    '#{7*7}',
    '[[${7*7}]]',
    `<div v-html="'<img src=x onerror=${X}>'"></div>`,
    '<!--?lit$123456789$-->',
    'lit$123456789$',
    '{count} {label} {question} $& $` $\' $1',
  ]),

  // HTML comments, CDATA and processing instructions that confuse naive filters.
  ...group('comment', [
    `<!--<img src="--><img src=x onerror=${X}//">`,
    `<!-- --!><script>${X}</script>`,
    `--><script>${X}</script><!--`,
    `<![CDATA[<script>${X}</script>]]>`,
    '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->',
    "<? echo '<script>alert(1)</script>' ?>",
  ]),

  // Breaking out of an attribute value, in case content ever lands in one.
  ...group('attribute breakout', [
    `" onmouseover="${X}`,
    `' onfocus='${X}' autofocus='`,
    `" autofocus onfocus=${X} x="`,
    `"><img src=x onerror=${X}>`,
    `\`onerror=${X}`,
    `x" part="error" onclick="${X}`,
  ]),

  // DOM clobbering: named elements would define `window.__xss` if they reached the document.
  ...group('dom clobbering', ['<form id=__xss></form>', '<img name=__xss>', '<a id=__xss href=x>a</a>', '<iframe name=__xss></iframe>']),

  // Unicode and encoding tricks: bidi overrides, full-width brackets, URL and JS escapes shown as text.
  ...group('unicode', [
    `\u202E<script>${X}</script>`,
    `\u202E[x](javascript:${X})`,
    '\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E',
    `\uFF1Cimg src=x onerror=${X}\uFF1E`,
    `%3Cscript%3E${X}%3C/script%3E`,
    '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
    `&lt;script&gt;${X}&lt;/script&gt;`,
    '\\x3cscript\\x3ealert(1)\\x3c/script\\x3e',
    `<scr\u0000ipt>${X}</scr\u0000ipt>`,
    'e\u0301\u0301\u0301 <b>\u{1F600}</b> \u0000\u0007\u001B[31m',
  ]),

  // Very long and pathological strings (rendering and parsing must stay linear and complete).
  ...group('long', [
    `<script>${X}</script>`.repeat(400),
    '[x](javascript:alert(1))'.repeat(300),
    `${'['.repeat(2000)}x](javascript:${X})`,
    '*a_'.repeat(2000),
    `${'`'.repeat(1000)}<img src=x onerror=${X}>`,
    'A'.repeat(20000),
  ]),
];
