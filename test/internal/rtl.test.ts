import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { CooperationTable, FaqAccordion, IndicatorTracker } from '../../src/index.js';
import { part, settle, waitFor } from '../helpers/dom.js';
import { fromEnd, horizontalSense, type Dir } from '../helpers/rtl.js';
import { hiddenSides, shadowSides, wideTable } from '../cooperation-table/fixtures.js';

/**
 * Direction comes from the page: the components inherit it from `<html dir>`, any ancestor or an
 * `<explainer-provider dir>`, and mirror without any attribute of their own. Each component's own right-to-left
 * geometry is tested in `test/<component>/rtl.test.ts`; here, one mirrored feature of each, from each source.
 */

const faqData = { items: [{ question: 'Question', answer: 'Answer.' }] };
const trackerData = { indicators: [{ label: 'Indicator', description: 'd', trend: { direction: 'flat' }, progress: { value: 40 } }] };

const components = html`<faq-accordion .data=${faqData}></faq-accordion>
  <indicator-tracker .data=${trackerData}></indicator-tracker>
  <cooperation-table layout="table" .data=${wideTable}></cooperation-table>`;

/** Renders the three components inside `wrapper(components)` at 320px and waits for them. */
async function renderIn(wrapper: (inner: TemplateResult) => TemplateResult): Promise<ParentNode> {
  const root = await fixture<HTMLElement>(html`<div style="width: 320px; --explainer-duration: 0s">${wrapper(components)}</div>`);
  for (const el of root.querySelectorAll('faq-accordion, indicator-tracker, cooperation-table')) await settle(el);
  return root;
}

/** Checks the chevron, the progress fill, the steady arrow and the scroll shadows against `dir`. */
async function expectLaidOut(root: ParentNode, dir: Dir): Promise<void> {
  const faq = root.querySelector<FaqAccordion>('faq-accordion')!;
  expect(fromEnd(part(faq, 'icon'), part(faq, 'question'), dir), 'chevron at the inline end').to.be.closeTo(0, 1);
  const tracker = root.querySelector<IndicatorTracker>('indicator-tracker')!;
  const [bar, fill] = [part(tracker, 'progress-bar').getBoundingClientRect(), part(tracker, 'progress-fill').getBoundingClientRect()];
  expect(dir === 'ltr' ? fill.left - bar.left : bar.right - fill.right, 'progress from the inline start').to.be.closeTo(0, 1);
  expect(horizontalSense(part(tracker, 'trend-icon')), 'steady arrow').to.equal(dir === 'ltr' ? 1 : -1);
  const table = root.querySelector<CooperationTable>('cooperation-table')!;
  await waitFor(() => part(table, 'scroller').parentElement!.hasAttribute('data-scroll-end'), 2000, 'end shadow');
  expect(hiddenSides(table), 'hidden columns').to.deep.equal([dir === 'ltr' ? 'right' : 'left']);
  expect(shadowSides(table), 'scroll shadow').to.deep.equal(hiddenSides(table));
}

describe('right-to-left: direction from the page or the provider', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('dir');
  });

  it('mirrors with dir="rtl" on the page’s <html>', async () => {
    document.documentElement.dir = 'rtl';
    const root = await renderIn((inner) => html`<div>${inner}</div>`);
    await expectLaidOut(root, 'rtl');
  });

  it('mirrors with dir="rtl" on an <explainer-provider>, in a left-to-right page', async () => {
    const root = await renderIn((inner) => html`<explainer-provider dir="rtl">${inner}</explainer-provider>`);
    await expectLaidOut(root, 'rtl');
  });

  it('follows the nearest direction: dir="ltr" inside a right-to-left provider lays out left to right', async () => {
    const root = await renderIn((inner) => html`<explainer-provider dir="rtl"><div dir="ltr">${inner}</div></explainer-provider>`);
    await expectLaidOut(root, 'ltr');
  });

  it('puts the error state’s accent border and its list indent on the inline-start side', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <faq-accordion dir="ltr" .data=${{ items: 5 }}></faq-accordion><faq-accordion dir="rtl" .data=${{ items: 5 }}></faq-accordion>
    </div>`);
    const [ltr, rtl] = Array.from(root.querySelectorAll('faq-accordion'));
    for (const el of [ltr!, rtl!]) await settle(el);
    const sides = (el: Element) => {
      const box = getComputedStyle(part(el, 'error'));
      const list = getComputedStyle(part(el, 'error-list'));
      return { border: [box.borderLeftWidth, box.borderRightWidth], indent: [list.paddingLeft !== '0px', list.paddingRight !== '0px'] };
    };
    expect(sides(ltr!)).to.deep.equal({ border: ['4px', '1px'], indent: [true, false] });
    expect(sides(rtl!)).to.deep.equal({ border: ['1px', '4px'], indent: [false, true] });
  });
});
