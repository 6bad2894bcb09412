import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import type { IndicatorTracker, TrackerContent, TrackerFilterDetail } from '../../src/indicator-tracker.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { NOW, fullContent } from './fixtures.js';

const mixed = {
  indicators: [
    { id: 'a', label: 'A', description: 'd', status: 'stalled' },
    { id: 'b', label: 'B', description: 'd', status: 'on-track' },
    { id: 'c', label: 'C', description: 'd', status: 'watching' },
    { id: 'd', label: 'D', description: 'd', status: 'on-track' },
    { id: 'e', label: 'E', description: 'd' },
  ],
};

const visibleLabels = (el: Element) =>
  parts(el, 'indicator')
    .filter((li) => !li.hidden && li.getBoundingClientRect().height > 0)
    .map((li) => text(li.querySelector('[part~="indicator-heading"]')));

async function choose(el: IndicatorTracker, value: string): Promise<void> {
  const select = part<HTMLSelectElement>(el, 'filter-select');
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

describe('indicator-tracker: summary and filter', () => {
  let full: TrackerContent;
  before(async () => {
    full = await fullContent();
  });

  it('summarises counts by status in vocabulary order, as text above the list', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker .data=${mixed}></indicator-tracker>`);
    const summary = part(el, 'summary');
    expect(summary.localName).to.equal('p');
    expect(text(summary)).to.equal('1 watching, 2 on track, 1 stalled, 1 without status');
    expect(summary.compareDocumentPosition(part(el, 'list')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('has no summary when no indicator has a status', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker .data=${{ indicators: [{ label: 'A', description: 'd', progress: { value: 1 } }] }}></indicator-tracker>`);
    expect(parts(el, 'summary')).to.have.length(0);
  });

  it('shows a labelled status filter with filterable, listing "All" and the statuses present with counts', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker filterable .data=${mixed}></indicator-tracker>`);
    const select = part<HTMLSelectElement>(el, 'filter-select');
    expect(select.localName).to.equal('select');
    const label = part(el, 'filter-label');
    expect(label.localName).to.equal('label');
    expect(label.getAttribute('for')).to.equal(select.id);
    expect(text(label)).to.equal('Show indicators');
    expect(Array.from(select.options).map((o) => [o.value, text(o)])).to.deep.equal([
      ['', 'All statuses (5)'],
      ['watching', 'Watching (1)'],
      ['on-track', 'On track (2)'],
      ['stalled', 'Stalled (1)'],
    ]);
    expect(select.value).to.equal('');
  });

  it('has no filter without filterable', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker .data=${mixed}></indicator-tracker>`);
    expect(parts(el, 'filter')).to.have.length(0);
    expect(parts(el, 'filter-status')).to.have.length(0);
  });

  it('filters on user choice, reflects filter, announces the count politely and fires explainer-filter', async () => {
    const wrap = await fixture(html`<div><indicator-tracker filterable .data=${mixed}></indicator-tracker></div>`);
    const el = wrap.querySelector('indicator-tracker')!;
    await settle(el);
    const live = part(el, 'filter-status');
    expect(live.getAttribute('role')).to.equal('status');
    expect(text(live)).to.equal('');
    const seen = recordEvents<TrackerFilterDetail>(wrap, 'explainer-filter');
    await choose(el, 'on-track');
    expect(visibleLabels(el)).to.deep.equal(['B', 'D']);
    expect(el.filter).to.equal('on-track');
    expect(el.getAttribute('filter')).to.equal('on-track');
    expect(text(live)).to.equal('Showing 2 indicators of 5');
    await choose(el, '');
    expect(visibleLabels(el)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    expect(el.hasAttribute('filter')).to.be.false;
    expect(text(live)).to.equal('Showing 5 indicators of 5');
    expect(seen.map((e) => e.detail)).to.deep.equal([
      { status: 'on-track', label: 'On track', count: 2, total: 5 },
      { status: null, label: 'All statuses', count: 5, total: 5 },
    ]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.be.true;
    expect(text(part(el, 'summary')), 'the summary counts every indicator').to.equal('1 watching, 2 on track, 1 stalled, 1 without status');
  });

  it('takes the filter from outside (attribute or property), without an event, and selects it in the control', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker filterable filter="stalled" .data=${mixed}></indicator-tracker>`);
    const seen = recordEvents(el, 'explainer-filter');
    expect(visibleLabels(el)).to.deep.equal(['A']);
    expect(part<HTMLSelectElement>(el, 'filter-select').value).to.equal('stalled');
    expect(text(part(el, 'filter-status'))).to.equal('Showing 1 indicator of 5');
    el.filter = 'watching';
    await settle(el);
    expect(visibleLabels(el)).to.deep.equal(['C']);
    expect(part<HTMLSelectElement>(el, 'filter-select').value).to.equal('watching');
    el.filter = undefined;
    await settle(el);
    expect(visibleLabels(el)).to.have.length(5);
    expect(seen).to.have.length(0);
  });

  it('filters without the control too, and ignores a filter that is not a status', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker filter="on-track" .data=${mixed}></indicator-tracker>`);
    expect(visibleLabels(el)).to.deep.equal(['B', 'D']);
    expect(text(part(el, 'filter-status'))).to.equal('Showing 2 indicators of 5');
    el.filter = 'no-such-status';
    await settle(el);
    expect(visibleLabels(el)).to.have.length(5);
    expect(parts(el, 'filter-status')).to.have.length(0);
  });

  it('lists a status filtered from outside even when no indicator has it', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker filterable filter="achieved" .data=${mixed}></indicator-tracker>`);
    const select = part<HTMLSelectElement>(el, 'filter-select');
    expect(text(select.options[select.options.length - 1])).to.equal('Achieved (0)');
    expect(select.value).to.equal('achieved');
    expect(visibleLabels(el)).to.deep.equal([]);
    expect(text(part(el, 'filter-status'))).to.equal('Showing 0 indicators of 5');
  });

  it('filters the full example by a custom status', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker filterable now=${NOW} .data=${full}></indicator-tracker>`);
    const seen = recordEvents<TrackerFilterDetail>(el, 'explainer-filter');
    expect(Array.from(part<HTMLSelectElement>(el, 'filter-select').options).map((o) => text(o))).to.deep.equal([
      'All statuses (7)',
      'Achieved (1)',
      'On track (2)',
      'Emerging (1)',
      'Watching (1)',
      'Stalled (1)',
      'Reversed (1)',
    ]);
    await choose(el, 'on-track');
    expect(visibleLabels(el)).to.deep.equal(['Joint Statements', 'Reported Piracy Incidents']);
    expect(seen[0]!.detail).to.deep.equal({ status: 'on-track', label: 'On track', count: 2, total: 7 });
  });

  it('localizes the summary list', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker .data=${mixed}></indicator-tracker>`);
    el.labels = { 'tracker.count.on-track': '{count} fine' };
    await settle(el);
    expect(text(part(el, 'summary'))).to.equal('1 watching, 2 fine, 1 stalled, 1 without status');
  });
});
