import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ExplainerToggleDetail, FaqAccordion, FaqContent } from '../../src/index.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, settle, text, waitFor } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';

describe('faq-accordion: deep links, find-in-page and copy links', () => {
  let content: FaqContent;
  before(async () => {
    content = await exampleContent<FaqContent>('faq-accordion');
  });
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens the item named by the URL hash on load and scrolls it into view', async () => {
    history.replaceState(null, '', '#military-bases');
    const wrap = await fixture(html`<div><div style="height: 3000px"></div><faq-accordion .data=${content}></faq-accordion><div style="height: 3000px"></div></div>`);
    const el = wrap.querySelector('faq-accordion')!;
    await settle(el);
    expect(el.isOpen(3)).to.be.true;
    expect(el.isOpen(0)).to.be.false;
    const button = parts(el, 'question')[3]!;
    await waitFor(() => Math.abs(button.getBoundingClientRect().top) < 5, 3000, 'scroll into view');
  });

  it('opens the item on hashchange', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    location.hash = '#zeitenwende';
    await waitFor(() => el.isOpen(2), 2000, 'hashchange');
    expect(parts(el, 'question')[2]!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('ignores hashes that name no item', async () => {
    history.replaceState(null, '', '#nothing-here');
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    await settle(el);
    expect(content.items.some((_, i) => el.isOpen(i))).to.be.false;
  });

  it('opens a closed answer when find-in-page matches it (beforematch) and fires a toggle', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    const seen = recordEvents<ExplainerToggleDetail>(el, 'explainer-toggle');
    const panel = parts(el, 'answer')[4]!;
    panel.querySelector('p')!.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(el.isOpen(4)).to.be.true;
    expect(parts(el, 'question')[4]!.getAttribute('aria-expanded')).to.equal('true');
    expect(seen.map((e) => e.detail.id)).to.deep.equal(['main-threats']);
  });

  it('copies a link to the item and announces it', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (writes.push(t), Promise.resolve()) } });
    try {
      const el = await fixture<FaqAccordion>(html`<faq-accordion copy-links .data=${content}></faq-accordion>`);
      el.toggle(1, true);
      await el.updateComplete;
      parts(el, 'copy-link')[1]!.click();
      await waitFor(() => writes.length === 1, 2000, 'clipboard write');
      expect(writes[0]).to.match(/#asean-centrality$/);
      await settle(el);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Link copied to the clipboard');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('says so, with the URL, when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    try {
      const el = await fixture<FaqAccordion>(html`<faq-accordion copy-links .data=${content}></faq-accordion>`);
      el.toggle(0, true);
      await el.updateComplete;
      part(el, 'copy-link').click();
      await waitFor(() => text(el.shadowRoot!.querySelector('[role="status"]')).includes('could not be copied'), 2000, 'announcement');
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.contain('#why-important');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('shows no copy-link button for items without an id', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion copy-links .data=${{ items: [{ question: 'Q', answer: 'A', open: true }] }}></faq-accordion>`);
    expect(parts(el, 'copy-link')).to.have.length(0);
  });
});
