import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ExplainerToggleDetail, FaqAccordion, FaqContent } from '../../src/index.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, settle } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';

describe('faq-accordion: events', () => {
  let content: FaqContent;
  before(async () => {
    content = await exampleContent<FaqContent>('faq-accordion');
  });

  it('fires explainer-toggle with id, index, label and open, bubbling and composed', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><faq-accordion .data=${content}></faq-accordion></div>`);
    const el = wrap.querySelector('faq-accordion')!;
    await settle(el);
    const seen = recordEvents<ExplainerToggleDetail>(wrap, 'explainer-toggle');
    parts(el, 'question')[1]!.click();
    await el.updateComplete;
    parts(el, 'question')[1]!.click();
    await el.updateComplete;
    expect(seen.map((e) => e.detail)).to.deep.equal([
      { id: 'asean-centrality', index: 1, label: content.items[1]!.question, open: true },
      { id: 'asean-centrality', index: 1, label: content.items[1]!.question, open: false },
    ]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.be.true;
  });

  it('uses the index as id for items without one', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${{ items: [{ question: 'Q', answer: 'A' }] }}></faq-accordion>`);
    const seen = recordEvents<ExplainerToggleDetail>(el, 'explainer-toggle');
    part(el, 'question').click();
    await el.updateComplete;
    expect(seen[0]!.detail.id).to.equal('0');
  });

  it('fires one toggle per item that changed for expandAll, and for the one closed in single mode', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    const seen = recordEvents<ExplainerToggleDetail>(el, 'explainer-toggle');
    el.toggle(0, true);
    await el.updateComplete;
    el.expandAll();
    await el.updateComplete;
    expect(seen.map((e) => e.detail.index)).to.deep.equal([0, 1, 2, 3, 4]);
    el.single = true;
    el.collapseAll();
    await el.updateComplete;
    seen.length = 0;
    el.toggle(0, true);
    await el.updateComplete;
    el.toggle(3, true);
    await el.updateComplete;
    expect(seen.map((e) => [e.detail.index, e.detail.open])).to.deep.equal([
      [0, true],
      [0, false],
      [3, true],
    ]);
  });

  it('fires explainer-load once per content', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen = recordEvents(wrap, 'explainer-load');
    const el = document.createElement('faq-accordion');
    el.data = content;
    wrap.append(el);
    await settle(el);
    el.requestUpdate();
    await settle(el);
    expect(seen).to.have.length(1);
    el.data = { items: [{ question: 'Q', answer: 'A' }] };
    await settle(el);
    expect(seen).to.have.length(2);
  });
});
