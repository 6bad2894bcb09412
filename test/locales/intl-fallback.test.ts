// Khmer, Lao and Burmese numbers, dates and lists in every engine: the tracker, table cells, the shared formatters.
// Chromium's Intl has no data for them, so there the locale modules' CLDR data must write exactly what Node's ICU
// writes (test/locales/cldr-expected.ts); Firefox and WebKit have the data, and there their own Intl must win. The
// fallback is also run in every engine under a language no engine has, arrives late (elements re-render), and never
// replaces Intl for a language Intl supports.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/de.js';
import '../../src/locales/km.js';
import '../../src/locales/lo.js';
import '../../src/locales/my.js';
import { registerLabels, type CooperationTable, type IndicatorTracker, type Labels, type TrackerContent } from '../../src/index.js';
import { registerIntlData, type IntlData } from '../../src/internal/intl-fallback.js';
import type * as IntlModule from '../../src/internal/intl.js';
import { formatExactNumber, formatIsoDate, formatList, formatNumber, formatPercent, formatRelative, formatter } from '../../src/internal/intl.js';
import { decimalSeparator } from '../../src/components/cooperation-table/cooperation-table.sort.js';
import { relativeUnit } from '../../src/components/indicator-tracker/tracker-dates.js';
import { settle } from '../helpers/dom.js';
import { CLDR_EXPECTED } from './cldr-expected.js';
import { expectedCldr, expectedIntl, supports } from './expected-intl.js';
import { trackerLabels } from '../../src/components/indicator-tracker/indicator-tracker.labels.js';

const NOW = '2026-03-15T12:00:00Z';
const DAY = 86_400_000;
const DATES = Object.keys(CLDR_EXPECTED.km.dates);
/** 3 watching, 7 on track, 10 achieved: the summary lists three phrases, each with a count from the samples. */
const COUNTS = { watching: 3, 'on-track': 7, achieved: 10 } as const;
const STATUSES = Object.entries(COUNTS).flatMap(([status, n]) => Array<string>(n).fill(status));

/** One indicator per sample date (updated on it), the first two with a percentage and a count as progress. */
const content: TrackerContent = {
  title: 'Dates',
  indicators: DATES.map((updated, i) => ({
    label: `Indicator ${i}`,
    description: 'What to watch.',
    status: STATUSES[i]!,
    updated,
    ...(i === 0 ? { progress: { value: 45 } } : i === 1 ? { progress: { value: 1234, max: 2000 } } : {}),
  })),
};

const labelCatalogs = (globalThis as unknown as Record<symbol, { catalogs: Record<string, Labels> }>)[Symbol.for('explainer-elements/labels')]!.catalogs;
/** The data a locale module registered (kept on its fallback). */
const intlData = (lang: string) =>
  (globalThis as unknown as Record<symbol, { languages: Record<string, { data: IntlData }> }>)[Symbol.for('explainer-elements/intl')]!.languages[lang]!.data;

/** What the tracker shows: each indicator's date and relative date, the progress values and the summary. */
async function renderTracker(lang: string): Promise<{ el: IndicatorTracker; read: () => { absolute: string[]; relative: string[]; progress: string[]; summary: string } }> {
  const wrap = await fixture(html`<div lang=${lang}><indicator-tracker now=${NOW} .data=${content}></indicator-tracker></div>`);
  const el = wrap.querySelector<IndicatorTracker>('indicator-tracker')!;
  await settle(el);
  const all = (name: string) => Array.from(el.shadowRoot!.querySelectorAll(`[part~="${name}"]`), (node) => node.textContent ?? '');
  const read = () => ({
    absolute: all('updated-date'),
    relative: all('relative-date').map((text) => text.replace(/^\((.*)\)$/su, '$1')),
    progress: all('progress-value'),
    summary: all('summary')[0] ?? '',
  });
  return { el, read };
}

/** The (value, unit) the tracker shows for `iso` against NOW. */
function relativeOf(iso: string): [number, Intl.RelativeTimeFormatUnitSingular] {
  return relativeUnit(Math.floor(Date.parse(iso) / DAY) - Math.floor(Date.parse(NOW) / DAY));
}

/** What the tracker must show in `lang` (labels from the catalogue of `labelsOf`), written as `expected` says. */
function expectedTracker(expected: ReturnType<typeof expectedIntl>, labelsOf: string) {
  const labels = { ...trackerLabels, ...labelCatalogs[labelsOf] };
  const label = (key: string) => labels[key] as string;
  const phrases = Object.entries(COUNTS).map(([status, n]) => label(`tracker.count.${status}`).replace('{count}', expected.number(n)));
  return {
    absolute: DATES.map((iso) => expected.date(iso)),
    relative: DATES.map((iso) => expected.relative(...relativeOf(iso))),
    progress: [expected.percent(0.45), label('tracker.progressOf').replace('{value}', expected.number(1234)).replace('{max}', expected.number(2000))],
    summary: expected.list(phrases),
  };
}

const english = expectedIntl('en');

describe('locales: Khmer, Lao and Burmese numbers and dates in every engine', function () {
  this.timeout(20000);

  it('the sample dates reach every tracker unit, past and future, and the special words ("yesterday", "last week")', () => {
    const shown = new Set(DATES.map((iso) => relativeOf(iso).join(' ')));
    for (const key of ['-2 day', '-1 day', '0 day', '1 day', '2 day', '-6 day', '-2 week', '4 week', '-1 year', '4 month', '11 month']) expect([...shown]).to.include(key);
    expect(DATES.map((iso) => relativeOf(iso)[1])).to.include.members(['day', 'week', 'month', 'year']);
  });

  for (const lang of ['km', 'lo', 'my'] as const) {
    it(`${lang}: the tracker writes dates, relative dates, numbers and its summary as Intl does here, else as CLDR does`, async () => {
      const expected = expectedIntl(lang);
      const { read } = await renderTracker(lang);
      const shown = read();
      expect(shown).to.deep.equal(expectedTracker(expected, lang));
      // Never English, whichever wrote it.
      DATES.forEach((iso, i) => {
        expect(shown.absolute[i], iso).not.to.equal(english.date(iso));
        expect(shown.relative[i], iso).not.to.equal(english.relative(...relativeOf(iso)));
      });
      if (lang === 'my') expect(shown.progress[1]).to.contain('၁,၂၃၄').and.contain('၂,၀၀၀');
    });

    it(`${lang}: each shared formatter over every sample: Intl where it supports ${lang}, else the CLDR data`, () => {
      const expected = expectedIntl(lang);
      const samples = CLDR_EXPECTED[lang];
      for (const iso of Object.keys(samples.dates)) expect(formatIsoDate(iso, lang), iso).to.equal(expected.date(iso));
      for (const key of Object.keys(samples.relative)) {
        const [value, unit] = key.split(' ') as [string, Intl.RelativeTimeFormatUnitSingular];
        expect(formatRelative(Number(value), unit, lang), key).to.equal(expected.relative(Number(value), unit));
      }
      for (const value of Object.keys(samples.numbers).map(Number)) expect(formatNumber(value, lang), String(value)).to.equal(expected.number(value));
      for (const share of Object.keys(samples.percents).map(Number)) expect(formatPercent(share, lang), String(share)).to.equal(expected.percent(share));
      for (const n of [1, 2, 3, 4]) {
        const items = ['ASEAN', 'ក', 'ລາວ', 'မြန်မာ'].slice(0, n);
        expect(formatList(items, lang), `list of ${n}`).to.equal(expected.list(items));
      }
      // Table cells keep every decimal (formatExactNumber); the table reads text numbers with the language's separator.
      for (const value of [1234.5, -1234.567, 1234567.891]) expect(formatExactNumber(value, lang), String(value)).to.equal(expected.number(value));
      expect(decimalSeparator(lang)).to.equal(/([^\p{Nd}])\p{Nd}+$/u.exec(expected.number(1234.5))![1]);
      // A regional tag uses the language's data; parts match the text.
      expect(formatIsoDate('2026-05-01', `${lang}-${lang === 'my' ? 'MM' : lang === 'km' ? 'KH' : 'LA'}`)).to.equal(formatIsoDate('2026-05-01', lang));
      const parts = formatter('number', lang, (l) => new Intl.NumberFormat(l)).formatToParts(1234.5);
      expect(parts.map((p) => p.value).join('')).to.equal(expected.number(1234.5));
      expect(parts.filter((p) => p.type === 'decimal')).to.have.length(1);
    });
  }

  for (const lang of ['km', 'lo', 'my'] as const) {
    it(`${lang}: table cells holding numbers are written as Intl does here, else as CLDR does, and sort by value`, async () => {
      const expected = expectedIntl(lang);
      const values = [1234.5, -1234.567, 1234567.891];
      const data = {
        caption: 'Numbers',
        columns: [{ key: 'name', label: 'Name', rowHeader: true }, { key: 'n', label: 'N', type: 'number' }],
        rows: values.map((n, i) => ({ name: `r${i}`, n })),
      };
      const wrap = await fixture(html`<div lang=${lang}><cooperation-table layout="table" .data=${data}></cooperation-table></div>`);
      const el = wrap.querySelector<CooperationTable>('cooperation-table')!;
      await settle(el);
      const cells = () => Array.from(el.shadowRoot!.querySelectorAll('td[part~="cell"]'), (td) => td.textContent.replace(/^N/, ''));
      expect(cells()).to.deep.equal(values.map((n) => expected.number(n)));
      el.sortBy('n', 'asc');
      await settle(el);
      expect(cells()).to.deep.equal([-1234.567, 1234.5, 1234567.891].map((n) => expected.number(n)));
    });
  }

  it('the fallback writes CLDR exactly in every engine (Khmer’s data under a language no engine has)', async () => {
    for (const kind of ['date', 'relative', 'number', 'list'] as const) expect(supports(kind, 'qaa'), kind).to.be.false;
    registerIntlData('qaa', intlData('km'));
    const { read } = await renderTracker('qaa');
    // English labels (none are registered for "qaa"), Khmer numbers, dates and list separators from the data.
    expect(read()).to.deep.equal(expectedTracker(expectedCldr('km'), 'qaa'));
  });

  it('data registered after the elements rendered: they re-render in the language (formatters made before are dropped)', async () => {
    const { el, read } = await renderTracker('qab');
    const before = read();
    expect(before.absolute[0]).to.equal(english.date(DATES[0]!));
    registerIntlData('qab', intlData('my'));
    registerLabels('qab', {});
    await settle(el);
    expect(read()).to.deep.equal(expectedTracker(expectedCldr('my'), 'qab'));
  });

  it('a second copy of the core (the CDN bundle beside a locale file) shares the registry and drops its formatters too', async () => {
    // The same module under another URL is another instance, as bundle.js and dist/internal/intl.js are on a page.
    const copyUrl = new URL('../../src/internal/intl.ts?copy', import.meta.url).href;
    const copy = (await import(copyUrl)) as typeof IntlModule;
    expect(copy.formatIsoDate).not.to.equal(formatIsoDate);
    expect(copy.formatIsoDate('2026-05-01', 'qac')).to.equal('May 1, 2026');
    registerIntlData('qac', intlData('lo'));
    expect(copy.formatIsoDate('2026-05-01', 'qac')).to.equal(expectedCldr('lo').date('2026-05-01'));
    expect(copy.formatNumber(1234.5, 'qac')).to.equal(expectedCldr('lo').number(1234.5));
  });

  it('Intl always wins: data registered for German (which every engine has) is never used', async () => {
    const fake: IntlData = {
      digits: '⓪①②③④⑤⑥⑦⑧⑨',
      symbols: { group: '#', decimal: '|' },
      date: 'FAKE {day}/{month}/{year}',
      months: Array.from({ length: 12 }, (_, i) => `M${i}`),
      relative: Object.fromEntries(['day', 'week', 'month', 'year'].map((unit) => [unit, { past: 'FAKE -{0}', future: 'FAKE +{0}', '-1': 'FAKE' }])),
      list: [' FAKE ', ' FAKE ', ' FAKE ', ' FAKE '],
    };
    registerIntlData('de', fake);
    const { read } = await renderTracker('de');
    const shown = read();
    expect(shown).to.deep.equal(expectedTracker(expectedIntl('de'), 'de'));
    expect(JSON.stringify(shown)).not.to.match(/FAKE|M\d|[⓪①-⑨#|]/);
    expect(formatIsoDate('2026-05-01', 'de-AT')).to.equal(new Intl.DateTimeFormat('de-AT', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 4, 1)));
    expect(formatNumber(1234.5, 'de')).to.equal('1.234,5');
    expect(formatRelative(-1, 'day', 'de')).to.equal('gestern');
    expect(formatList(['a', 'b', 'c'], 'de')).to.equal('a, b und c');
  });
});
