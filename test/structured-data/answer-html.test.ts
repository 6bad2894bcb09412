// The FAQPage answer text is HTML in the subset search engines accept. Read back with the browser's own parser
// (DOMParser: an inert document, nothing runs), it must hold only p, ul, ol, li, a, strong, em and br, no attribute
// but href on links, every href allowed by the URL policy, and the text the answer shows.
import { expect } from '@open-wc/testing';
import { toJsonLd } from '../../src/structured-data.js';
import { safeUrl } from '../../src/internal/rich-text/url-policy.js';
import { toPlainText } from '../../src/internal/rich-text/markdown.js';
import type { FaqContent } from '../../src/faq-accordion.js';
import { exampleContent } from '../helpers/content.js';
import { XSS_PAYLOADS } from '../security/xss-payloads.js';

const ALLOWED = new Set(['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br']);

/** Parses answer HTML as a browser would and checks every element and attribute; returns the body. */
function readAnswer(answerHtml: string): HTMLElement {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${answerHtml}`, 'text/html').body;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    expect(ALLOWED.has(el.localName), `<${el.localName}> in ${answerHtml.slice(0, 120)}`).to.be.true;
    const names = el.getAttributeNames();
    expect(names, `attributes of <${el.localName}>`).to.deep.equal(el.localName === 'a' ? ['href'] : []);
    if (el.localName === 'a') expect(safeUrl(el.getAttribute('href')!), el.getAttribute('href')!).to.be.a('string');
  }
  // Text sits in blocks: no stray text or inline element at the top level.
  for (const node of Array.from(body.childNodes)) expect(['p', 'ul', 'ol']).to.include(node.nodeName.toLowerCase());
  return body;
}

/** Text without white space, and without U+0000, which the HTML parser drops from text. */
const squash = (text: string | null) => (text ?? '').replace(/[\s\0]+/g, '');
const answers = (content: unknown) => toJsonLd('faq-accordion', content, { url: 'https://example.org/page' })!.mainEntity.map((q) => q.acceptedAnswer.text);

describe('structured data: FAQ answers as HTML', () => {
  it('the example answers read back as one paragraph of the same text each', async () => {
    const faq = await exampleContent<FaqContent>('faq-accordion');
    answers(faq).forEach((answer, i) => {
      const body = readAnswer(answer);
      expect(body.children).to.have.length(1);
      expect(body.firstElementChild!.localName).to.equal('p');
      expect(body.textContent).to.equal(faq.items[i]!.answer);
    });
  });

  it('every construct of the rich-text subset maps to the allowed elements', () => {
    const [answer] = answers({
      items: [{ question: 'Q', answer: 'A **b** _c_ `d` [e](/f) [g](javascript:alert(1)).\n\n- h\n- ***i***\n\n2. j\n3. [k](mailto:k@example.org)' }],
    });
    const body = readAnswer(answer!);
    expect(Array.from(body.querySelectorAll('*'), (el) => el.localName)).to.deep.equal(['p', 'strong', 'em', 'a', 'ul', 'li', 'li', 'em', 'strong', 'ol', 'li', 'li', 'a']);
    expect(Array.from(body.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/f', 'mailto:k@example.org']);
    expect(body.querySelector('p')!.textContent).to.equal('A b c d e [g](javascript:alert(1)).');
  });

  it('the XSS corpus as answers: only allowed elements, no other attribute, the payload’s words as text, nothing runs', async () => {
    const texts = XSS_PAYLOADS.map((p) => p.text);
    answers({ items: texts.map((text) => ({ question: 'Q', answer: text })) }).forEach((answer, i) => {
      const body = readAnswer(answer);
      expect(squash(body.textContent), XSS_PAYLOADS[i]!.cls).to.equal(squash(toPlainText(texts[i]!)));
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });
});
