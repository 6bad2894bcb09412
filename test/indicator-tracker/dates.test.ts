import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import '../../src/explainer-provider.js';
import type { IndicatorTracker } from '../../src/indicator-tracker.js';
import { describeDate, relativeUnit } from '../../src/components/indicator-tracker/tracker-dates.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { NOW, one } from './fixtures.js';
import '../../src/locales/de.js';

const render = (data: unknown, now: string | null = NOW) =>
  now === null
    ? fixture<IndicatorTracker>(html`<indicator-tracker .data=${data}></indicator-tracker>`)
    : fixture<IndicatorTracker>(html`<indicator-tracker now=${now} .data=${data}></indicator-tracker>`);

const dd = (el: Element, name: string) => text(part(el, name).querySelector('dd'));

describe('indicator-tracker: dates', () => {
  it('shows updated and next review as <time datetime> with absolute and relative dates', async () => {
    const el = await render(one({ updated: '2025-12-15', nextReview: '2026-03-29' }));
    const dates = part(el, 'dates');
    expect(dates.localName).to.equal('dl');
    expect(text(part(el, 'updated').querySelector('dt'))).to.equal('Updated');
    expect(dd(el, 'updated')).to.equal('December 15, 2025 (3 months ago)');
    expect(text(part(el, 'next-review').querySelector('dt'))).to.equal('Next review');
    expect(dd(el, 'next-review')).to.equal('March 29, 2026 (in 2 weeks)');
    const times = Array.from(dates.querySelectorAll('time'));
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2025-12-15', '2026-03-29']);
    expect(times.map((t) => t.getAttribute('part'))).to.deep.equal(['updated-date', 'next-review-date']);
    expect(parts(el, 'overdue')).to.have.length(0);
  });

  it('renders only the dates given', async () => {
    const el = await render(one({ nextReview: '2026-04-01' }));
    expect(parts(el, 'updated')).to.have.length(0);
    expect(parts(el, 'next-review')).to.have.length(1);
  });

  it('shows "Review overdue" with an icon when the next review is in the past, by the fixed clock', async () => {
    const el = await render(one({ nextReview: '2026-03-14' }));
    const overdue = part(el, 'overdue');
    expect(text(overdue)).to.equal('Review overdue');
    expect(overdue.querySelector('[part~="overdue-icon"]')?.getAttribute('aria-hidden')).to.equal('true');
    expect(dd(el, 'next-review')).to.equal('March 14, 2026 (yesterday) Review overdue');
  });

  it('is not overdue on the review day, but a date-time earlier that day is', async () => {
    const el = await render({
      indicators: [
        { label: 'a', description: 'd', nextReview: '2026-03-15' },
        { label: 'b', description: 'd', nextReview: '2026-03-15T09:00:00Z' },
        { label: 'c', description: 'd', nextReview: '2026-03-15T18:00:00Z' },
      ],
    });
    const flags = parts(el, 'indicator').map((li) => li.querySelector('[part~="overdue"]') !== null);
    expect(flags).to.deep.equal([false, true, false]);
    expect(text(parts(el, 'next-review')[0]!.querySelector('.relative'))).to.equal('(today)');
  });

  it('follows the now property: moving the clock makes a review overdue', async () => {
    const el = await render(one({ nextReview: '2026-06-01' }));
    expect(parts(el, 'overdue')).to.have.length(0);
    el.now = new Date('2026-08-01T00:00:00Z');
    await settle(el);
    expect(parts(el, 'overdue')).to.have.length(1);
    expect(text(part(el, 'next-review').querySelector('.relative'))).to.equal('(2 months ago)');
  });

  it('reads the current time when now is unset (or not a date)', async () => {
    const day = 86_400_000;
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const data = {
      indicators: [
        { label: 'past', description: 'd', nextReview: iso(new Date(Date.now() - 3 * day)) },
        { label: 'future', description: 'd', nextReview: iso(new Date(Date.now() + 3 * day)) },
      ],
    };
    for (const now of [null, 'not a date', '']) {
      const el = await render(data, now);
      expect(el.now).to.be.undefined;
      const flags = parts(el, 'indicator').map((li) => li.querySelector('[part~="overdue"]') !== null);
      expect(flags).to.deep.equal([true, false]);
      expect(text(parts(el, 'next-review')[0]!.querySelector('.relative'))).to.equal('(3 days ago)');
    }
  });

  it('chooses the relative unit sensibly', () => {
    expect(relativeUnit(0)).to.deep.equal([0, 'day']);
    expect(relativeUnit(-6)).to.deep.equal([-6, 'day']);
    expect(relativeUnit(14)).to.deep.equal([2, 'week']);
    expect(relativeUnit(-59)).to.deep.equal([-8, 'week']);
    expect(relativeUnit(90)).to.deep.equal([3, 'month']);
    expect(relativeUnit(-400)).to.deep.equal([-1, 'year']);
    expect(relativeUnit(800)).to.deep.equal([2, 'year']);
    const now = new Date(NOW);
    expect(describeDate('2026-03-16', now, 'en').relative).to.equal('tomorrow');
    expect(describeDate('2024-03-15', now, 'en').relative).to.equal('2 years ago');
    expect(describeDate('2026-03-15', now, 'not a locale!').absolute, 'an invalid locale falls back to English').to.equal('March 15, 2026');
  });

  it('formats dates in UTC, so a date reads the same in every time zone', () => {
    expect(describeDate('2026-01-01', new Date(NOW), 'en').absolute).to.equal('January 1, 2026');
    // A date-time shows the calendar date as written (in its own offset), like every date in the package.
    expect(describeDate('2025-12-31T23:30:00-02:00', new Date(NOW), 'en').absolute).to.equal('December 31, 2025');
  });

  describe('in German (provider locale="de")', () => {
    it('shows German month names, relative dates, and labels', async () => {
      const data = one({ status: 'on-track', trend: { direction: 'up', better: 'up' }, progress: { value: 45 }, updated: '2026-02-20', nextReview: '2026-03-01', evidence: [{ date: '2026-01-05', text: 'x' }] });
      const wrap = await fixture(html`<explainer-provider locale="de"><indicator-tracker now=${NOW} .data=${data}></indicator-tracker></explainer-provider>`);
      const el = wrap.querySelector('indicator-tracker')!;
      await settle(el);
      expect(text(part(el, 'updated').querySelector('dt'))).to.equal('Aktualisiert');
      expect(dd(el, 'updated')).to.equal('20. Februar 2026 (vor 3 Wochen)');
      expect(dd(el, 'next-review')).to.equal('1. März 2026 (vor 2 Wochen) Prüfung überfällig');
      expect(text(part(el, 'next-review').querySelector('dt'))).to.equal('Nächste Prüfung');
      expect(text(part(el, 'evidence-date'))).to.equal('5. Januar 2026');
      expect(text(part(el, 'status'))).to.equal('Status: Im Plan');
      expect(text(part(el, 'trend'))).to.equal('Trend: Steigend, das ist gut');
      expect(text(part(el, 'progress-value'))).to.equal('45 %');
      expect(text(part(el, 'summary'))).to.equal('1 im Plan');
      expect(text(part(el, 'evidence-toggle'))).to.equal('Belege (1): Indicator');
    });

    it('follows the page lang without a provider', async () => {
      const wrap = await fixture(html`<div lang="de"><indicator-tracker now=${NOW} .data=${one({ updated: '2026-03-12' })}></indicator-tracker></div>`);
      const el = wrap.querySelector('indicator-tracker')!;
      await settle(el);
      expect(dd(el, 'updated')).to.equal('12. März 2026 (vor 3 Tagen)');
    });
  });
});
