import { expect, fixture, html } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import { validateTrackerContent, type IndicatorTracker } from '../../src/indicator-tracker.js';
import type { ExplainerErrorDetail } from '../../src/internal/events.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { expectErrorState } from '../helpers/errors.js';
import { nextEvent } from '../helpers/events.js';
import { fullContent, one, seedContent } from './fixtures.js';

async function render(data: unknown) {
  const el = document.createElement('indicator-tracker');
  const errored = nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
  el.data = data;
  await fixture(html`<div></div>`).then((wrap) => wrap.append(el));
  const event = await errored;
  await settle(el);
  return { el, detail: event.detail };
}

/** The errors of content with one indicator carrying `fields`, as `path: message` lines. */
function errorsOf(fields: Record<string, unknown>, extra: Record<string, unknown> = {}): string[] {
  const content = one(fields, extra);
  (content.indicators as unknown[]).push({ label: 'Valid', description: 'Keeps the list from being empty.' });
  return validateTrackerContent(content).errors.map((e) => `${e.path}: ${e.message}`);
}

const DEFAULT_KEYS = '"not-started", "watching", "emerging", "on-track", "achieved", "stalled", "insufficient-data"';

describe('indicator-tracker: validation and errors', () => {
  it('accepts the seed and the full example without errors', async () => {
    for (const content of [await seedContent(), await fullContent()]) {
      const result = validateTrackerContent(content);
      expect(result.errors).to.deep.equal([]);
      expect(result.value?.indicators).to.have.length(content.indicators.length);
    }
  });

  const structural: [string, unknown, string][] = [
    ['not an object', 'text', '(root): expected an object, got a string'],
    ['no indicators', { title: 'T' }, 'indicators: is required: expected a list'],
    ['indicators not a list', { indicators: {} }, 'indicators: expected a list, got an object'],
    ['empty indicators', { indicators: [] }, 'indicators: is empty: expected at least one item'],
  ];
  for (const [name, data, line] of structural) {
    it(`shows the error state for ${name}`, async () => {
      const { el, detail } = await render(data);
      expectErrorState(el, detail, line, 'indicator');
    });
  }

  it('drops only invalid indicators, names each bad field and renders the rest', async () => {
    const { el, detail } = await render({
      indicators: [
        { label: 'Good', description: 'd', status: 'on-track' },
        { label: 'Unknown status', description: 'd', status: 'done' },
        { label: 'Bad date', description: 'd', updated: '2026-02-30' },
        { label: 'Too far', description: 'd', progress: { value: 120 } },
        { label: 'Bad evidence', description: 'd', evidence: [{ date: '2026-01-01', text: 'ok' }, { date: 'last week', text: 'x' }] },
        { label: 'Also good', description: 'd' },
      ],
    });
    expect(detail.fatal).to.be.false;
    expect(detail.errors).to.deep.equal([
      { path: 'indicators[1].status', message: `expected one of ${DEFAULT_KEYS}, got "done"` },
      { path: 'indicators[2].updated', message: 'expected an ISO date such as 2026-05-01, got "2026-02-30"' },
      { path: 'indicators[3].progress.value', message: 'must be between 0 and 100, got 120' },
      { path: 'indicators[4].evidence[1].date', message: 'expected an ISO date such as 2026-05-01, got "last week"' },
    ]);
    expect(parts(el, 'indicator-heading').map((h) => text(h))).to.deep.equal(['Good', 'Also good']);
    const notice = part(el, 'item-errors');
    expect(text(notice)).to.contain('4 items could not be shown');
    expect(text(notice)).to.contain('indicators[3].progress.value: must be between 0 and 100, got 120');
  });

  it('requires label and description as strings, and unique ids', () => {
    const result = validateTrackerContent({
      indicators: [
        { id: 'x', label: 'L', description: 'd' },
        { id: 'x', label: 'L2', description: 'd' },
        { label: 3, description: 'd' },
        { label: 'L' },
        { label: ' ', description: 'd' },
        'nope',
      ],
    });
    expect(result.value?.indicators.map((i) => i.label)).to.deep.equal(['L']);
    expect(result.errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal([
      'indicators[1].id: duplicates the id "x"',
      'indicators[2].label: expected a string, got a number',
      'indicators[3].description: is required',
      'indicators[4].label: must not be empty',
      'indicators[5]: expected an object, got a string',
    ]);
  });

  it('reports bad trends at their field', () => {
    expect(errorsOf({ trend: 'up' })).to.deep.equal(['indicators[0].trend: expected an object, got a string']);
    expect(errorsOf({ trend: {} })).to.deep.equal(['indicators[0].trend.direction: is required']);
    expect(errorsOf({ trend: { direction: 'sideways' } })).to.deep.equal(['indicators[0].trend.direction: expected one of "up", "down", "flat", got "sideways"']);
    expect(errorsOf({ trend: { direction: 'up', better: 'flat' } })).to.deep.equal(['indicators[0].trend.better: expected one of "up", "down", got "flat"']);
  });

  it('reports out-of-range and malformed progress at its field', () => {
    expect(errorsOf({ progress: { value: -1 } })).to.deep.equal(['indicators[0].progress.value: must be between 0 and 100, got -1']);
    expect(errorsOf({ progress: { value: 11, max: 10 } })).to.deep.equal(['indicators[0].progress.value: must be between 0 and 10, got 11']);
    expect(errorsOf({ progress: { value: 0, max: 0 } })).to.deep.equal(['indicators[0].progress.max: must be greater than 0, got 0']);
    expect(errorsOf({ progress: { value: 1, max: -5 } })).to.deep.equal(['indicators[0].progress.max: must be greater than 0, got -5']);
    expect(errorsOf({ progress: {} })).to.deep.equal(['indicators[0].progress.value: is required']);
    expect(errorsOf({ progress: { value: '45%' } })).to.deep.equal(['indicators[0].progress.value: expected a number, got a string']);
    expect(errorsOf({ progress: { value: 1, label: 2 } })).to.deep.equal(['indicators[0].progress.label: expected a string, got a number']);
    expect(errorsOf({ progress: 45 })).to.deep.equal(['indicators[0].progress: expected an object, got a number']);
    expect(errorsOf({ progress: { value: 10, max: 10 } })).to.deep.equal([]);
  });

  it('reports bad dates at their field', () => {
    expect(errorsOf({ updated: '12/03/2026' })).to.deep.equal(['indicators[0].updated: expected an ISO date such as 2026-05-01, got "12/03/2026"']);
    expect(errorsOf({ nextReview: 20260301 })).to.deep.equal(['indicators[0].nextReview: expected a string, got a number']);
    expect(errorsOf({ updated: '2026-03-01T10:00:00Z', nextReview: '2026-04-01' })).to.deep.equal([]);
  });

  it('reports bad evidence at its field', () => {
    expect(errorsOf({ evidence: { date: '2026-01-01' } })).to.deep.equal(['indicators[0].evidence: expected a list, got an object']);
    expect(errorsOf({ evidence: ['x'] })).to.deep.equal(['indicators[0].evidence[0]: expected an object, got a string']);
    expect(errorsOf({ evidence: [{ text: 'x' }] })).to.deep.equal(['indicators[0].evidence[0].date: is required']);
    expect(errorsOf({ evidence: [{ date: '2026-01-01' }] })).to.deep.equal(['indicators[0].evidence[0].text: is required']);
    expect(errorsOf({ evidence: [{ date: '2026-01-01', text: 'x', url: 5 }] })).to.deep.equal(['indicators[0].evidence[0].url: expected a string, got a number']);
    const empty = validateTrackerContent(one({ evidence: [] }));
    expect(empty.errors).to.deep.equal([]);
    expect(empty.value?.indicators[0]!.evidence).to.be.undefined;
  });

  it('validates a custom status vocabulary: statuses must have a label and a known tone', () => {
    const statuses = {
      ok: { label: 'Fine', tone: 'positive' },
      bad: { label: 'Bad', tone: 'red' },
      nolabel: { tone: 'info' },
      notone: { label: 'No tone' },
      junk: 'x',
      '': { label: 'Empty key', tone: 'info' },
    };
    const result = validateTrackerContent({ statuses, indicators: [{ label: 'A', description: 'd', status: 'ok' }, { label: 'B', description: 'd', status: 'on-track' }] });
    expect(result.errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal([
      'statuses.bad.tone: expected one of "neutral", "info", "positive", "warning", "negative", got "red"',
      'statuses.nolabel.label: is required',
      'statuses.notone.tone: is required',
      'statuses.junk: expected an object, got a string',
      'statuses: a status key must not be empty',
      'indicators[1].status: expected one of "ok", got "on-track"',
    ]);
    expect(result.value?.statuses).to.deep.equal({ ok: { label: 'Fine', tone: 'positive' } });
    expect(result.value?.indicators.map((i) => i.label)).to.deep.equal(['A']);
  });

  it('falls back to the default statuses when statuses is unusable', () => {
    const notObject = validateTrackerContent(one({ status: 'stalled' }, { statuses: ['x'] }));
    expect(notObject.errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal(['statuses: expected an object, got an array']);
    expect(notObject.value?.indicators[0]!.status).to.equal('stalled');
    const noneValid = validateTrackerContent(one({ status: 'stalled' }, { statuses: { a: { label: 'A', tone: 'pink' } } }));
    expect(noneValid.errors.map((e) => e.path)).to.deep.equal(['statuses.a.tone', 'statuses']);
    expect(noneValid.value?.statuses).to.be.undefined;
    expect(noneValid.value?.indicators).to.have.length(1);
  });

  it('keeps status keys such as "__proto__" and "constructor" as plain keys', async () => {
    const data = JSON.parse(JSON.stringify({ indicators: [{ label: 'A', description: 'd', status: '__proto__' }, { label: 'B', description: 'd', status: 'constructor' }] })) as Record<string, unknown>;
    data.statuses = JSON.parse('{"__proto__": {"label": "Proto", "tone": "info"}, "constructor": {"label": "Ctor", "tone": "warning"}}');
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker filterable .data=${data}></indicator-tracker>`);
    expect(parts(el, 'status-label').map((s) => text(s))).to.deep.equal(['Proto', 'Ctor']);
    expect(text(part(el, 'summary'))).to.equal('Proto: 1, Ctor: 1');
    el.filter = 'toString';
    await settle(el);
    expect(parts(el, 'indicator').filter((li) => !li.hidden)).to.have.length(2);
  });

  it('reports a non-string title and intro but renders the indicators', () => {
    const result = validateTrackerContent({ title: 1, intro: [], indicators: [{ label: 'L', description: 'd' }] });
    expect(result.errors.map((e) => e.path)).to.deep.equal(['title', 'intro']);
    expect(result.value?.indicators).to.have.length(1);
  });

  it('renders content that looks like HTML as text everywhere', async () => {
    const payload = '<img src=x onerror="window.__trackerPwned=1"><script>window.__trackerPwned=1</script>';
    const data = {
      title: payload,
      intro: payload,
      statuses: { s: { label: payload, tone: 'info' } },
      indicators: [{ label: payload, description: payload, status: 's', progress: { value: 1, label: payload }, evidence: [{ date: '2026-01-01', text: payload, url: payload }] }],
    };
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker filterable .data=${data}></indicator-tracker>`);
    part(el, 'evidence-toggle').click();
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    for (const name of ['title', 'intro', 'indicator-heading', 'description', 'status-label', 'progress-label', 'evidence-text']) {
      expect(text(part(el, name)), name).to.contain(payload);
    }
    expect(text(part(el, 'filter-select'))).to.contain(payload);
    // A URL with no scheme is relative: it only ever reaches an attribute, never markup.
    expect(part(el, 'evidence-link').getAttribute('href')).to.equal(payload);
    expect((window as unknown as { __trackerPwned?: number }).__trackerPwned).to.be.undefined;
  });
});
