import { expect, fixture, html } from '@open-wc/testing';
import '../../src/misconception-card.js';
import type { ExplainerRevealDetail, MisconceptionCard, MisconceptionContent } from '../../src/misconception-card.js';
import type { ExplainerLoadDetail } from '../../src/internal/events.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, settle } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';

describe('misconception-card: events', () => {
  let content: MisconceptionContent;
  before(async () => {
    content = await exampleContent<MisconceptionContent>('misconception-card');
  });

  it('fires explainer-reveal with id, index, label (the misconception) and open, bubbling and composed', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><misconception-card reveal .data=${content}></misconception-card></div>`);
    const el = wrap.querySelector('misconception-card')!;
    await settle(el);
    const seen = recordEvents<ExplainerRevealDetail>(wrap, 'explainer-reveal');
    parts(el, 'reveal-button')[1]!.click();
    await el.updateComplete;
    parts(el, 'reveal-button')[1]!.click();
    await el.updateComplete;
    const label = content.items[1]!.misconception;
    expect(seen.map((e) => e.detail)).to.deep.equal([
      { id: 'only-economic-aid', index: 1, label, open: true },
      { id: 'only-economic-aid', index: 1, label, open: false },
    ]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.be.true;
  });

  it('fires explainer-reveal when find-in-page reveals a reality', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card reveal .data=${content}></misconception-card>`);
    const seen = recordEvents<ExplainerRevealDetail>(el, 'explainer-reveal');
    parts(el, 'reality')[0]!.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(seen.map((e) => [e.detail.id, e.detail.open])).to.deep.equal([['too-far-away', true]]);
  });

  it('uses the index as id for cards without one', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card reveal .data=${{ misconception: 'M', reality: 'R' }}></misconception-card>`);
    const seen = recordEvents<ExplainerRevealDetail>(el, 'explainer-reveal');
    part(el, 'reveal-button').click();
    await el.updateComplete;
    expect(seen[0]!.detail).to.deep.equal({ id: '0', index: 0, label: 'M', open: true });
  });

  it('fires one event per card that changed for revealAll(), none for cards already in that state', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card reveal .data=${content}></misconception-card>`);
    const seen = recordEvents<ExplainerRevealDetail>(el, 'explainer-reveal');
    el.revealItem(1, true);
    await el.updateComplete;
    el.revealAll();
    await el.updateComplete;
    el.revealAll();
    await el.updateComplete;
    expect(seen.map((e) => [e.detail.index, e.detail.open])).to.deep.equal([
      [1, true],
      [0, true],
      [2, true],
    ]);
  });

  it('fires explainer-load with the number of cards, once per content', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen = recordEvents<ExplainerLoadDetail>(wrap, 'explainer-load');
    const el = document.createElement('misconception-card');
    el.data = content;
    wrap.append(el);
    await settle(el);
    el.requestUpdate();
    await settle(el);
    expect(seen.map((e) => e.detail)).to.deep.equal([{ count: 3, source: 'data' }]);
    el.data = { misconception: 'One', reality: 'Card' };
    await settle(el);
    expect(seen.map((e) => e.detail.count)).to.deep.equal([3, 1]);
  });
});
