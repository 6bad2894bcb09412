import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import '../../src/explainer-provider.js';
import type { IndicatorTracker, TrackerContent } from '../../src/indicator-tracker.js';
import { axeViolations } from '../helpers/axe.js';
import { part, parts, settle, waitFor } from '../helpers/dom.js';
import { NOW, fullContent, seedContent } from './fixtures.js';
import '../../src/locales/de.js';

async function inMain(template: unknown): Promise<{ wrap: HTMLElement; el: IndicatorTracker }> {
  const wrap = await fixture<HTMLElement>(html`<main>${template}</main>`);
  const el = wrap.querySelector('indicator-tracker')!;
  await settle(el);
  return { wrap, el };
}

describe('indicator-tracker: accessibility (axe-core)', function () {
  this.timeout(20000);
  let seed: TrackerContent;
  let full: TrackerContent;
  before(async () => {
    seed = await seedContent();
    full = await fullContent();
  });

  it('the seed indicators have no violations', async () => {
    const { wrap } = await inMain(html`<indicator-tracker .data=${seed}></indicator-tracker>`);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('the full example, with the filter, has no violations', async () => {
    const { wrap } = await inMain(html`<indicator-tracker filterable now=${NOW} .data=${full}></indicator-tracker>`);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('the full example with all evidence open and a filter applied has no violations', async () => {
    const { wrap, el } = await inMain(html`<indicator-tracker filterable filter="on-track" now=${NOW} .data=${full}></indicator-tracker>`);
    for (const toggle of parts(el, 'evidence-toggle')) toggle.click();
    await waitFor(() => parts<HTMLDetailsElement>(el, 'evidence').every((d) => d.open), 2000, 'all open');
    await settle(el);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('every default status, tone, trend and progress case has no violations', async () => {
    const statuses = ['not-started', 'watching', 'emerging', 'on-track', 'achieved', 'stalled', 'insufficient-data'];
    const directions = [{ direction: 'up', better: 'up' }, { direction: 'down', better: 'up' }, { direction: 'flat' }, { direction: 'up' }];
    const indicators = statuses.map((status, i) => ({
      label: `Indicator ${i}`,
      description: 'Description.',
      status,
      trend: directions[i % directions.length],
      progress: i % 2 ? { value: i, max: 7 } : { value: i * 10, label: `${i} of 10` },
      updated: '2026-01-10',
      nextReview: i % 2 ? '2026-02-01' : '2026-05-01',
    }));
    const { wrap } = await inMain(html`<indicator-tracker filterable now=${NOW} .data=${{ title: 'All statuses', indicators }}></indicator-tracker>`);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('the German full example, in dark mode, has no violations', async () => {
    const wrap = await fixture<HTMLElement>(html`<main style="color-scheme: dark; background: #121212; color: #eee">
      <explainer-provider locale="de"><indicator-tracker filterable now=${NOW} .data=${full}></indicator-tracker></explainer-provider>
    </main>`);
    const el = wrap.querySelector('indicator-tracker')!;
    await settle(el);
    expect(part(el, 'filter-label').textContent).to.contain('Indikatoren');
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });

  it('the error state and item-level errors have no violations', async () => {
    const wrap = await fixture<HTMLElement>(html`<main>
      <indicator-tracker .data=${{ indicators: 'nope' }}></indicator-tracker>
      <indicator-tracker .data=${{ indicators: [{ label: 'L', description: 'd' }, { label: 'Bad', description: 'd', status: 'unknown' }] }}></indicator-tracker>
    </main>`);
    for (const el of wrap.querySelectorAll('indicator-tracker')) await settle(el);
    expect(parts(wrap.querySelectorAll('indicator-tracker')[1]!, 'item-errors')).to.have.length(1);
    expect(await axeViolations(wrap)).to.deep.equal([]);
  });
});
