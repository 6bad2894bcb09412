import { expect, fixture, html } from '@open-wc/testing';
import '../../src/misconception-card.js';
import '../../src/explainer-provider.js';
import type { MisconceptionCard, MisconceptionContent } from '../../src/misconception-card.js';
import { exampleContent } from '../helpers/content.js';
import { axeViolations } from '../helpers/axe.js';
import { settle } from '../helpers/dom.js';
import { fullCard, verdictSet } from './fixtures.js';
import '../../src/locales/de.js';

async function wrapped(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(template);
  for (const el of wrap.querySelectorAll('misconception-card')) await settle(el);
  return wrap;
}

describe('misconception-card: accessibility (axe-core)', function () {
  this.timeout(20000);
  let content: MisconceptionContent;
  before(async () => {
    content = await exampleContent<MisconceptionContent>('misconception-card');
  });

  it('the seed cards have no violations', async () => {
    const wrap = await wrapped(html`<main><misconception-card .data=${content}></misconception-card></main>`);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('the seed cards in fact-first order have no violations', async () => {
    const wrap = await wrapped(html`<main><misconception-card order="fact-first" .data=${content}></misconception-card></main>`);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('reveal mode, hidden and revealed, has no violations', async () => {
    const wrap = await wrapped(html`<main><misconception-card reveal .data=${content}></misconception-card></main>`);
    expect(await axeViolations(wrap), 'hidden').to.deep.equal([]);
    const el = wrap.querySelector<MisconceptionCard>('misconception-card')!;
    el.revealAll();
    await settle(el);
    expect(await axeViolations(wrap), 'revealed').to.deep.equal([]);
  });

  it('a full single card, every verdict, and German labels have no violations', async () => {
    const wrap = await wrapped(html`<main>
      <misconception-card .data=${fullCard}></misconception-card>
      <misconception-card heading-level="3" .data=${verdictSet()}></misconception-card>
      <explainer-provider locale="de"><misconception-card reveal .data=${fullCard}></misconception-card></explainer-provider>
    </main>`);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('without icons, and in a narrow 320px column, has no violations', async () => {
    const wrap = await wrapped(html`<main style="width: 320px"><misconception-card icons="none" .data=${content}></misconception-card></main>`);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('the error state and item-level errors have no violations', async () => {
    const wrap = await wrapped(html`<main>
      <misconception-card .data=${{ items: 'nope' }}></misconception-card>
      <misconception-card .data=${{ items: [{ misconception: 'M', reality: 'R' }, { misconception: 'M', reality: 'R', verdict: 'maybe' }] }}></misconception-card>
    </main>`);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });
});
