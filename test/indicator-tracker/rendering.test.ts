import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import type { IndicatorTracker, TrackerContent } from '../../src/indicator-tracker.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { NOW, fullContent, seedContent } from './fixtures.js';

const OPTIONAL_PARTS = [
  'summary',
  'filter',
  'filter-status',
  'status',
  'status-icon',
  'trend',
  'trend-icon',
  'progress',
  'progress-bar',
  'progress-value',
  'dates',
  'updated',
  'next-review',
  'overdue',
  'evidence',
  'evidence-toggle',
  'evidence-list',
  'evidence-item',
  'item-errors',
  'error',
];

describe('indicator-tracker: rendering', () => {
  let seed: TrackerContent;
  let full: TrackerContent;
  before(async () => {
    seed = await seedContent();
    full = await fullContent();
  });

  it('renders the seed content: title h2, intro, and each indicator as a list item with an h3 and its description', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker .data=${seed}></indicator-tracker>`);
    const title = part(el, 'title');
    expect(title.localName).to.equal('h2');
    expect(text(title)).to.equal('The Path Forward: Milestones and Expectations');
    expect(text(part(el, 'intro'))).to.equal(seed.intro);
    const list = part(el, 'list');
    expect(list.localName).to.equal('ul');
    const items = parts(el, 'indicator');
    expect(items).to.have.length(3);
    for (const [i, item] of items.entries()) {
      expect(item.localName).to.equal('li');
      expect(item.parentElement).to.equal(list);
      const h = item.querySelector('[part~="indicator-heading"]')!;
      expect(h.localName).to.equal('h3');
      expect(text(h)).to.equal(seed.indicators[i]!.label);
      expect(text(item.querySelector('[part~="description"]'))).to.equal(seed.indicators[i]!.description);
    }
  });

  it('renders the seed content with nothing missing and no empty wrapper', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker filterable .data=${seed}></indicator-tracker>`);
    for (const name of OPTIONAL_PARTS) expect(parts(el, name), `no [part~=${name}]`).to.have.length(0);
    const root = el.shadowRoot!;
    const empty = Array.from(root.querySelectorAll('*')).filter(
      (node) => node.localName !== 'style' && node.children.length === 0 && text(node) === '',
    );
    expect(empty.map((n) => n.outerHTML)).to.deep.equal([]);
    expect(root.querySelectorAll('time, [role="progressbar"], details, select, svg')).to.have.length(0);
  });

  it('renders every field of the full example', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker now=${NOW} .data=${full}></indicator-tracker>`);
    expect(parts(el, 'indicator')).to.have.length(7);
    expect(parts(el, 'status')).to.have.length(7);
    expect(parts(el, 'trend')).to.have.length(7);
    expect(parts(el, 'progress')).to.have.length(5);
    expect(parts(el, 'dates')).to.have.length(7);
    expect(parts(el, 'next-review')).to.have.length(6);
    expect(parts(el, 'overdue')).to.have.length(2);
    expect(parts(el, 'evidence')).to.have.length(6);
    expect(text(part(el, 'summary'))).to.equal('Achieved: 1, On track: 2, Emerging: 1, Watching: 1, Stalled: 1, Reversed: 1');
    const first = parts(el, 'indicator')[0]!;
    expect(text(first.querySelector('[part~="status"]'))).to.equal('Status: On track');
    expect(text(first.querySelector('[part~="trend"]'))).to.equal('Trend: Rising, which is good');
    expect(text(first.querySelector('[part~="progress"]'))).to.equal('Planned statements issued: 2 of 3');
    expect(text(first.querySelector('[part~="progress-value"]'))).to.equal('2 of 3');
    expect(text(first.querySelector('[part~="updated"] dt'))).to.equal('Updated');
    expect(text(first.querySelector('[part~="updated"] dd'))).to.equal('February 20, 2026 (3 weeks ago)');
    expect(text(first.querySelector('[part~="evidence-toggle"]'))).to.equal('Evidence (3): Joint Statements');
  });

  it('places indicator headings one below heading-level, or at it with no title', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker heading-level="3" .data=${seed}></indicator-tracker>`);
    expect(part(el, 'title').localName).to.equal('h3');
    expect(part(el, 'indicator-heading').localName).to.equal('h4');
    const untitled = await fixture<IndicatorTracker>(html`<indicator-tracker heading-level="4" .data=${{ indicators: seed.indicators }}></indicator-tracker>`);
    expect(parts(untitled, 'title')).to.have.length(0);
    expect(part(untitled, 'indicator-heading').localName).to.equal('h4');
  });

  it('renders descriptions, intro and evidence as rich text', async () => {
    const data = {
      intro: 'Read *this*.',
      indicators: [{ label: 'L', description: 'A **strong** claim and [a link](https://example.org/a)', evidence: [{ date: '2026-01-01', text: 'An *emphasised* fact' }] }],
    };
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker .data=${data}></indicator-tracker>`);
    expect(part(el, 'intro').querySelector('em')?.textContent).to.equal('this');
    expect(part(el, 'description').querySelector('strong')?.textContent).to.equal('strong');
    expect(part(el, 'description').querySelector('a')?.getAttribute('href')).to.equal('https://example.org/a');
    expect(part(el, 'evidence-text').querySelector('em')?.textContent).to.equal('emphasised');
  });

  it('keeps ids unique across two instances, and every ARIA reference resolves inside the element', async () => {
    const wrap = await fixture(html`<div>
      <indicator-tracker filterable now=${NOW} .data=${full}></indicator-tracker><indicator-tracker filterable now=${NOW} .data=${full}></indicator-tracker>
    </div>`);
    const [a, b] = Array.from(wrap.querySelectorAll('indicator-tracker'));
    await settle(a!);
    await settle(b!);
    const ids = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[id]')).map((n) => n.id);
    expect(ids(a!).filter((id) => ids(b!).includes(id))).to.deep.equal([]);
    for (const el of [a!, b!]) {
      const refs = Array.from(el.shadowRoot!.querySelectorAll('[aria-labelledby], label[for]'));
      expect(refs.length).to.be.greaterThan(5);
      for (const node of refs) {
        const id = node.getAttribute('aria-labelledby') ?? node.getAttribute('for')!;
        expect(el.shadowRoot!.getElementById(id), `#${id} exists`).to.exist;
      }
    }
  });

  it('renders many indicators in one element, with no element per item', async () => {
    const indicators = Array.from({ length: 300 }, (_, i) => ({ label: `Indicator ${i}`, description: `Watch ${i}.`, status: 'watching' }));
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker .data=${{ indicators }}></indicator-tracker>`);
    expect(parts(el, 'indicator')).to.have.length(300);
    const custom = Array.from(el.shadowRoot!.querySelectorAll('*')).filter((n) => n.localName.includes('-'));
    expect(custom).to.deep.equal([]);
    expect(text(part(el, 'summary'))).to.equal('300 watching');
  });
});
