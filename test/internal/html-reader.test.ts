import { expect, fixture, html } from '@open-wc/testing';
import { hasHtmlReader, htmlReader, setHtmlReader, type HtmlReader } from '../../src/internal/rich-text/html-reader.js';
import { loadHtmlReader, needsHtmlReader } from '../../src/internal/rich-text/html-reader-loader.js';
import { readRichText } from '../../src/internal/rich-text/read.js';
import { domHtmlReader } from '../../src/internal/rich-text/html-reader-dom.js';
import { renderRichText } from '../../src/internal/rich-text/render.js';
import { toPlainText } from '../../src/internal/rich-text/markdown.js';
import { richTextToHtml } from '../../src/internal/rich-text/html-string.js';
import { DEEP_HTML, PLAIN_CASES, READER_CASES } from './html-reader-cases.js';

/** The browser's own reader. */
function reader(): HtmlReader {
  const found = domHtmlReader();
  if (typeof found === 'string') throw new Error(found);
  return found;
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const flag = () => (window as unknown as { __inert?: string[] }).__inert;

describe('rich-text: the browser HTML reader', () => {
  for (const { name, html: source, blocks } of READER_CASES) {
    it(`reads ${name} as parse5 does`, () => {
      expect(reader().blocks(source)).to.deep.equal(blocks);
    });
  }

  it('decodes plain text: character references decoded, tags and comments kept as text', () => {
    for (const { text, plain } of PLAIN_CASES) expect(reader().text(text), JSON.stringify(text)).to.equal(plain);
  });

  it('reads a document nested thousands of levels deep', () => {
    expect(reader().blocks(DEEP_HTML)).to.deep.equal([{ type: 'paragraph', children: [{ type: 'text', value: 'bottom' }] }]);
  });

  it('is loaded on demand: nothing installed until HTML content needs it; an installed reader wins', async () => {
    // This page has imported the reader module (the cases above) but installed nothing: the components load it.
    expect(hasHtmlReader()).to.equal(false);
    expect(htmlReader()).to.be.a('string');
    expect(needsHtmlReader({ format: 'html', items: [] })).to.equal(true);
    expect(needsHtmlReader({ format: 'markdown' }) || needsHtmlReader({ items: [] }) || needsHtmlReader(null)).to.equal(false);
    const loaded = loadHtmlReader();
    expect(loadHtmlReader(), 'one load shared by every caller').to.equal(loaded);
    await loaded;
    expect(hasHtmlReader()).to.equal(true);
    expect(needsHtmlReader({ format: 'html' })).to.equal(false);
    expect(htmlReader()).to.equal(domHtmlReader());
    const other: HtmlReader = { blocks: () => [{ type: 'paragraph', children: [{ type: 'text', value: 'other' }] }], text: () => 'other' };
    setHtmlReader(() => other);
    try {
      expect(readRichText('<b>x</b>', 'html')).to.deep.equal(other.blocks(''));
    } finally {
      setHtmlReader(domHtmlReader);
    }
    // Markdown content is read by the Markdown reader, whatever the HTML reader.
    expect(readRichText('<b>x</b> **y**', 'markdown')).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'text', value: '<b>x</b> ' }, { type: 'strong', children: [{ type: 'text', value: 'y' }] }] },
    ]);
    expect(readRichText('**y**', undefined)).to.deep.equal(readRichText('**y**', 'markdown'));
  });

  it('parses in an inert document: no script runs, no resource loads, no handler fires (with a live control)', async () => {
    const id = Math.random().toString(36).slice(2);
    const probe = (name: string) => new URL(`/inert-probe/${id}/${name}.png`, location.href).href;
    (window as unknown as { __inert: string[] }).__inert = [];
    const mark = (what: string) => `top.__inert.push('${what}')`;
    const payloads = [
      `<script>${mark('script')}</script>`,
      `<img src="${probe('img')}" onerror="${mark('img onerror')}" onload="${mark('img onload')}">`,
      `<img src="x:${id}" onerror="${mark('img bad src')}">`,
      `<svg onload="${mark('svg onload')}"><image href="${probe('svg-image')}"/></svg>`,
      `<iframe src="${probe('iframe')}" onload="${mark('iframe onload')}"></iframe>`,
      `<object data="${probe('object')}"></object><embed src="${probe('embed')}">`,
      `<video poster="${probe('poster')}"><source src="${probe('video')}" onerror="${mark('source onerror')}"></video>`,
      `<link rel="stylesheet" href="${probe('style')}"><style>@import "${probe('import')}"; p { background: url("${probe('bg')}") }</style>`,
      `<p style="background: url('${probe('inline-bg')}')">styled</p>`,
      `<input autofocus onfocus="${mark('autofocus')}"><details open ontoggle="${mark('ontoggle')}">d</details>`,
      `<body onload="${mark('body onload')}"><marquee onstart="${mark('marquee')}">m</marquee>`,
      `<noscript><p title="</noscript><img src=${probe('mxss')} onerror=${mark('mxss')}>">`,
      `<form><math><mtext></form><form><mglyph><style></math><img src=${probe('mxss2')} onerror=${mark('mxss2')}>`,
    ];
    for (const payload of payloads) {
      reader().blocks(payload);
      reader().text(payload);
    }
    // The control: the same kind of image in the live document does load (and fail), and is seen.
    const control = new Image();
    const controlDone = new Promise((resolve) => {
      control.onerror = control.onload = resolve;
    });
    control.src = probe('control');
    await controlDone;
    await tick(300);
    const fetched = performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.includes(id));
    expect(fetched, 'requests from the inert parse').to.deep.equal([probe('control')]);
    expect(flag(), 'scripts and handlers').to.deep.equal([]);
  });

  it('renders what it reads as Lit templates: line breaks and link titles included, attributes dropped', async () => {
    const source = '<p class="c" id="i">a<br>b <a href="/x" title="T" class="y" onclick="top.__xss=1">l</a></p>';
    const el = await fixture<HTMLElement>(html`<div>${renderRichText(source, 'html')}</div>`);
    const p = el.querySelector('p')!;
    expect(p.getAttributeNames()).to.deep.equal([]);
    expect(p.querySelectorAll('br')).to.have.length(1);
    const a = p.querySelector('a')!;
    expect([...a.getAttributeNames()].sort()).to.deep.equal(['href', 'part', 'title']);
    expect(a.getAttribute('title')).to.equal('T');
    expect(p.textContent).to.equal('ab l');
    // Markdown given as a format, or none: the source shows as text.
    const md = await fixture<HTMLElement>(html`<div>${renderRichText(source)}</div>`);
    expect(md.querySelector('a, br')).to.equal(null);
    expect(md.textContent).to.contain('<br>');
  });

  it('keeps the plain-text and structured-data writers in step with the new nodes', () => {
    const blocks = reader().blocks('<p>a<br>b <a href="/x" title="T">l</a></p><ul><li>c<br>d</li></ul>');
    expect(toPlainText(blocks)).to.equal('a\nb l\n\nc\nd');
    expect(richTextToHtml(blocks, 'https://example.org/page')).to.equal('<p>a<br>b <a href="https://example.org/x">l</a></p><ul><li>c<br>d</li></ul>');
  });
});
