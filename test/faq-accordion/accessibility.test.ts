import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { FaqAccordion, FaqContent } from '../../src/index.js';
import { exampleContent } from '../helpers/content.js';
import { axeViolations } from '../helpers/axe.js';
import { settle } from '../helpers/dom.js';

describe('faq-accordion: accessibility (axe-core)', function () {
  this.timeout(20000);
  let content: FaqContent;
  before(async () => {
    content = await exampleContent<FaqContent>('faq-accordion');
  });

  it('the example FAQ, closed, has no violations', async () => {
    const el = await fixture<FaqAccordion>(html`<main><faq-accordion .data=${content} copy-links></faq-accordion></main>`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('the example FAQ, all open, has no violations', async () => {
    const wrap = await fixture(html`<main><faq-accordion .data=${content} copy-links></faq-accordion></main>`);
    const el = wrap.querySelector('faq-accordion')!;
    el.expandAll();
    await settle(el);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('the error state and item-level errors have no violations', async () => {
    const wrap = await fixture(html`<main>
      <faq-accordion .data=${{ items: 'nope' }}></faq-accordion>
      <faq-accordion .data=${{ items: [{ question: 'Q', answer: 'A' }, { question: 1 }] }}></faq-accordion>
    </main>`);
    for (const el of wrap.querySelectorAll('faq-accordion')) await settle(el);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('many items (no regions) have no violations', async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ question: `Question ${i}?`, answer: `Answer ${i}.`, open: i % 2 === 0 }));
    const wrap = await fixture(html`<main><faq-accordion .data=${{ title: 'Many', items }}></faq-accordion></main>`);
    await settle(wrap.querySelector('faq-accordion')!);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });
});
