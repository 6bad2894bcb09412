import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { FaqAccordion, FaqContent } from '../../src/index.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, settle, text } from '../helpers/dom.js';

describe('faq-accordion: rendering', () => {
  let content: FaqContent;
  before(async () => {
    content = await exampleContent<FaqContent>('faq-accordion');
  });

  it('renders the title as an h2 and every question as an h3 holding only a button', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    const title = part(el, 'title');
    expect(title.localName).to.equal('h2');
    expect(text(title)).to.equal('Frequently Asked Questions');
    const headings = parts(el, 'question-heading');
    expect(headings).to.have.length(5);
    for (const [i, h] of headings.entries()) {
      expect(h.localName).to.equal('h3');
      expect(h.children).to.have.length(1);
      expect(h.children[0]!.localName).to.equal('button');
      expect(text(h)).to.equal(content.items[i]!.question);
    }
  });

  it('wires each button to its panel with aria-expanded, aria-controls and aria-labelledby', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    const buttons = parts(el, 'question');
    const root = el.shadowRoot!;
    for (const button of buttons) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = root.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel, 'aria-controls names a panel in the same root').to.exist;
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(panel.getAttribute('hidden')).to.equal('until-found');
    }
    const ids = buttons.map((b) => b.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('keeps ids unique across two instances on one page', async () => {
    const wrap = await fixture(html`<div><faq-accordion .data=${content}></faq-accordion><faq-accordion .data=${content}></faq-accordion></div>`);
    const [a, b] = Array.from(wrap.querySelectorAll('faq-accordion'));
    await settle(a!);
    await settle(b!);
    const idsA = parts(a!, 'question').map((x) => x.id);
    const idsB = parts(b!, 'question').map((x) => x.id);
    expect(idsA.filter((id) => idsB.includes(id))).to.deep.equal([]);
  });

  it('opens and closes an answer on click, and reveals its rich text', async () => {
    const data = { items: [{ question: 'Q?', answer: 'Some **bold** and [a link](https://example.org/x)' }] };
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${data}></faq-accordion>`);
    const button = part(el, 'question');
    const panel = part(el, 'answer');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hasAttribute('hidden')).to.be.false;
    expect(panel.querySelector('strong')?.textContent).to.equal('bold');
    expect(panel.querySelector('a')?.getAttribute('href')).to.equal('https://example.org/x');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.getAttribute('hidden')).to.equal('until-found');
  });

  it('starts items with open: true open', async () => {
    const data = { items: [{ question: 'A', answer: 'a' }, { question: 'B', answer: 'b', open: true }] };
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${data}></faq-accordion>`);
    expect(parts(el, 'question').map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true']);
    expect(parts(el, 'item')[1]!.getAttribute('part')).to.contain('item-open');
  });

  it('in single mode keeps only one answer open and hides the show-all control', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion single .data=${content}></faq-accordion>`);
    expect(parts(el, 'toggle-all')).to.have.length(0);
    const [first, second] = parts(el, 'question');
    first!.click();
    await el.updateComplete;
    second!.click();
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    expect(second!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('show all / hide all opens and closes everything and names the FAQ it controls', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    const toggle = part(el, 'toggle-all');
    expect(text(toggle)).to.equal('Show all answers: Frequently Asked Questions');
    toggle.click();
    await el.updateComplete;
    expect(parts(el, 'question').every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    expect(text(toggle)).to.contain('Hide all');
    toggle.click();
    await el.updateComplete;
    expect(parts(el, 'question').every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
  });

  it('expandAll(), collapseAll(), toggle() and isOpen() drive the state', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    el.expandAll();
    await el.updateComplete;
    expect(content.items.every((_, i) => el.isOpen(i))).to.be.true;
    el.collapseAll();
    await el.updateComplete;
    expect(el.isOpen(0)).to.be.false;
    expect(el.toggle('zeitenwende')).to.be.true;
    await el.updateComplete;
    expect(el.isOpen(2)).to.be.true;
    expect(el.toggle('zeitenwende', true)).to.be.true;
    expect(el.isOpen(2)).to.be.true;
    expect(el.toggle('no-such-id')).to.be.false;
    expect(el.toggle(99)).to.be.false;
  });

  it('uses heading-level for the title and one below for questions; questions take the level with no title', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion heading-level="4" .data=${content}></faq-accordion>`);
    expect(part(el, 'title').localName).to.equal('h4');
    expect(part(el, 'question-heading').localName).to.equal('h5');
    const untitled = await fixture<FaqAccordion>(html`<faq-accordion heading-level="3" .data=${{ items: content.items }}></faq-accordion>`);
    expect(parts(untitled, 'title')).to.have.length(0);
    expect(part(untitled, 'question-heading').localName).to.equal('h3');
    const deep = await fixture<FaqAccordion>(html`<faq-accordion heading-level="6" .data=${content}></faq-accordion>`);
    expect(part(deep, 'question-heading').localName).to.equal('h6');
  });

  it('renders the intro as rich text', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${{ ...content, intro: 'Read *this* first.' }}></faq-accordion>`);
    expect(part(el, 'intro').querySelector('em')?.textContent).to.equal('this');
  });

  it('drops role=region on panels when there are more than six items', async () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ question: `Q${i}`, answer: `A${i}` }));
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${{ items }}></faq-accordion>`);
    expect(parts(el, 'answer').some((p) => p.hasAttribute('role') || p.hasAttribute('aria-labelledby'))).to.be.false;
  });

  it('renders 1,000 items in one element with no element per item', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ question: `Question ${i}`, answer: `Answer ${i}` }));
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${{ items }}></faq-accordion>`);
    expect(parts(el, 'question')).to.have.length(1000);
    expect(el.shadowRoot!.querySelectorAll('*:not(:defined)').length).to.equal(0);
    const custom = Array.from(el.shadowRoot!.querySelectorAll('*')).filter((n) => n.localName.includes('-'));
    expect(custom).to.deep.equal([]);
  });
});
