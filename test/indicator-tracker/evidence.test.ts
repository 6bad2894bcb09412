import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import type { ExplainerToggleDetail } from '../../src/internal/events.js';
import type { IndicatorTracker, TrackerContent } from '../../src/indicator-tracker.js';
import { part, parts, settle, text, waitFor } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { NOW, fullContent, one } from './fixtures.js';

const evidence = [
  { date: '2025-06-12', text: 'Oldest' },
  { date: '2026-02-18', text: 'Newest', url: 'https://example.org/new' },
  { date: '2025-10-28', text: 'Middle', url: 'javascript:alert(1)' },
];

describe('indicator-tracker: evidence', () => {
  let full: TrackerContent;
  before(async () => {
    full = await fullContent();
  });

  it('is a closed disclosure per indicator, named with the count and the indicator', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker now=${NOW} .data=${one({ evidence })}></indicator-tracker>`);
    const details = part<HTMLDetailsElement>(el, 'evidence');
    expect(details.localName).to.equal('details');
    expect(details.open).to.be.false;
    const toggle = part(el, 'evidence-toggle');
    expect(toggle.localName).to.equal('summary');
    expect(toggle.parentElement).to.equal(details);
    expect(text(toggle)).to.equal('Evidence (3): Indicator');
    expect(part(el, 'evidence-list').checkVisibility(), 'closed').to.be.false;
  });

  it('opens on click and shows a timeline, newest first, with dates, text and safe links only', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker now=${NOW} .data=${one({ evidence })}></indicator-tracker>`);
    part(el, 'evidence-toggle').click();
    await waitFor(() => part<HTMLDetailsElement>(el, 'evidence').open, 2000, 'open');
    await settle(el);
    const list = part(el, 'evidence-list');
    expect(list.localName).to.equal('ol');
    expect(list.checkVisibility()).to.be.true;
    const items = parts(el, 'evidence-item');
    expect(items.map((li) => text(li.querySelector('[part~="evidence-text"]')))).to.deep.equal(['Newest', 'Middle', 'Oldest']);
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2026-02-18', '2025-10-28', '2025-06-12']);
    expect(text(items[0]!.querySelector('time'))).to.equal('February 18, 2026');
    const links = parts<HTMLAnchorElement>(el, 'evidence-link');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/new']);
    expect(text(links[0])).to.equal('Source (February 18, 2026)');
    const refused = part(el, 'evidence-url');
    expect(refused.localName).to.equal('span');
    expect(text(refused)).to.equal('javascript:alert(1)');
    expect(items[2]!.querySelector('a, [part~="evidence-url"]')).to.be.null;
  });

  it('fires explainer-toggle when the user opens or closes evidence', async () => {
    const wrap = await fixture(html`<div><indicator-tracker now=${NOW} .data=${full}></indicator-tracker></div>`);
    const el = wrap.querySelector('indicator-tracker')!;
    await settle(el);
    const seen = recordEvents<ExplainerToggleDetail>(wrap, 'explainer-toggle');
    const toggle = parts(el, 'evidence-toggle')[1]!;
    toggle.click();
    await waitFor(() => seen.length === 1, 2000, 'open event');
    toggle.click();
    await waitFor(() => seen.length === 2, 2000, 'close event');
    expect(seen.map((e) => e.detail)).to.deep.equal([
      { id: 'defense-procurement', index: 1, label: 'Defense Procurement', open: true },
      { id: 'defense-procurement', index: 1, label: 'Defense Procurement', open: false },
    ]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.be.true;
  });

  it('uses the index as id for indicators without one, and closes evidence when content changes', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker now=${NOW} .data=${one({ evidence })}></indicator-tracker>`);
    const seen = recordEvents<ExplainerToggleDetail>(el, 'explainer-toggle');
    part(el, 'evidence-toggle').click();
    await waitFor(() => seen.length === 1, 2000, 'open event');
    expect(seen[0]!.detail.id).to.equal('0');
    el.data = one({ label: 'Other', evidence: [{ date: '2026-01-01', text: 'New content' }] });
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(part<HTMLDetailsElement>(el, 'evidence').open).to.be.false;
    expect(seen, 'closing for new content is not a user action').to.have.length(1);
  });

  it('keeps open evidence open across re-renders such as filtering', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker now=${NOW} .data=${full}></indicator-tracker>`);
    parts(el, 'evidence-toggle')[0]!.click();
    await waitFor(() => parts<HTMLDetailsElement>(el, 'evidence')[0]!.open, 2000, 'open');
    el.filter = 'on-track';
    await settle(el);
    el.filter = undefined;
    await settle(el);
    expect(parts<HTMLDetailsElement>(el, 'evidence')[0]!.open).to.be.true;
  });
});
