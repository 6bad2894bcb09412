import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CooperationTable, FaqAccordion } from '../../src/index.js';
import { slots } from '../../src/internal/slots.js';
import { render } from 'lit';
import { parts, settle } from '../helpers/dom.js';

// Lean rows and items (issue #16): what one FAQ item and one table row cost in nodes, counted by kind, so a change
// that adds a wrapper, a binding or a list per item fails here rather than only in the benchmark. Elements and text
// are the markup (the same as the benchmark's bare Lit element renders); comments are Lit's markers, one per
// binding of a template's child and two per item of a list. Budgets are today's counts: lower them with every gain.

interface Count {
  elements: number;
  text: number;
  comments: number;
}

/** The nodes inside `root` (not itself), by kind. */
function count(root: Node): Count {
  const found: Count = { elements: 0, text: 0, comments: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) found.elements++;
    else if (node.nodeType === Node.TEXT_NODE) found.text++;
    else if (node.nodeType === Node.COMMENT_NODE) found.comments++;
  }
  return found;
}

/** The FAQ benchmark's answer: two paragraphs, the second mixing text, emphasis and a link (bench/content.mjs). */
const richAnswer = 'Text of the answer.\n\nSee **a topic** in [the explainer](https://example.org/explainer).';

describe('lean DOM: nodes per FAQ item and per table row', () => {
  it('an FAQ item with a one-paragraph answer', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${{ items: [{ question: 'Q?', answer: 'A plain answer.' }] }}></faq-accordion>`);
    // h3 > button > span, svg > path; answer > body > p: 8 elements; question and answer text.
    expect(count(parts(el, 'item')[0]!)).to.deep.equal({ elements: 8, text: 2, comments: 6 });
  });

  it('an FAQ item with the benchmark answer: paragraphs and inline runs bind as slots, not as lists', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${{ items: [{ question: 'Q?', answer: richAnswer }] }}></faq-accordion>`);
    // As the bare Lit element: 11 elements and 7 text nodes. Rendered as lists, the two blocks and five inline runs
    // took 23 comments.
    expect(count(parts(el, 'item')[0]!)).to.deep.equal({ elements: 11, text: 7, comments: 18 });
  });

  it('a table row of plain columns, and of a highlighted column, without and with stacked labels', async () => {
    const columns = [
      { key: 'area', label: 'Area', rowHeader: true },
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
    ];
    const data = { columns, rows: [{ area: 'Trade', a: 'More', b: 'Less' }] };
    // th, td, td and their three values; cells as a list took 12 comments (with the labels, never stacked).
    const plain = await fixture<CooperationTable>(html`<cooperation-table .data=${data}></cooperation-table>`);
    expect(count(parts(plain, 'row')[0]!)).to.deep.equal({ elements: 3, text: 3, comments: 8 });
    const highlighted = await fixture<CooperationTable>(html`<cooperation-table highlight="a" .data=${data}></cooperation-table>`);
    expect(count(parts(highlighted, 'row')[0]!)).to.deep.equal({ elements: 3, text: 3, comments: 8 });
    // Stacked, each data cell adds its label: a span and its text.
    const stacked = await fixture<CooperationTable>(html`<cooperation-table layout="stacked" .data=${data}></cooperation-table>`);
    expect(count(parts(stacked, 'row')[0]!)).to.deep.equal({ elements: 5, text: 5, comments: 12 });
  });

  it('re-sorting rows of text rewrites their text in place: no element made, moved or removed', async () => {
    const columns = [
      { key: 'name', label: 'Name', rowHeader: true, sortable: true },
      { key: 'value', label: 'Value', sortable: true },
    ];
    const rows = Array.from({ length: 20 }, (_, i) => ({ name: `Row ${String(i).padStart(2, '0')}`, value: String(i % 7) }));
    const el = await fixture<CooperationTable>(html`<cooperation-table .data=${{ columns, rows }}></cooperation-table>`);
    const before = parts(el, 'row');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!.querySelector('tbody')!, { childList: true, subtree: true, characterData: true });
    el.sortBy('name', 'desc');
    await settle(el);
    observer.disconnect();
    expect(parts(el, 'row')[0]!.textContent).to.contain('Row 19');
    expect(parts(el, 'row')).to.deep.equal(before);
    expect(changes.filter((r) => r.type === 'childList').length, 'rows or cells made, moved or removed').to.equal(0);
    expect(changes.filter((r) => r.type === 'characterData').length).to.be.greaterThan(0);
  });
});

describe('slots(): a short list as one binding', () => {
  const target = () => document.createElement('div');

  it('renders the same nodes as the list, with fewer markers', () => {
    for (let n = 0; n <= 10; n++) {
      const values = Array.from({ length: n }, (_, i) => (i % 2 ? html`<em>${i}</em>` : `t${i}`));
      const asList = target();
      const asSlots = target();
      render(values, asList);
      render(slots(values), asSlots);
      expect(asSlots.innerHTML.replace(/<!--[^]*?-->/g, ''), `${n} values`).to.equal(asList.innerHTML.replace(/<!--[^]*?-->/g, ''));
      const markers = count(asSlots).comments;
      // One marker per slot up to eight (one value binds alone), the list's two per item beyond.
      if (n >= 2 && n <= 8) expect(markers, `${n} values`).to.be.lessThan(count(asList).comments);
    }
  });

  it('updates in place when the values change but not their number', () => {
    const host = target();
    render(slots(['a', 'b', 'c']), host);
    const nodes = [...host.childNodes];
    render(slots(['x', 'y', 'z']), host);
    expect([...host.childNodes]).to.deep.equal(nodes);
    expect(host.textContent).to.equal('xyz');
  });
});
