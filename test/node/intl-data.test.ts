// The Intl fallback data of Khmer, Lao and Burmese (src/locales/{km,lo,my}.ts) is what scripts/generate-intl-data.mjs
// writes from this Node's CLDR (so a hand edit fails here), and the fallback fed that data writes what Node's own Intl
// writes, over far more values than the browser tests' fixture holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { intlFallback, type IntlData } from '../../src/internal/intl-fallback.js';

interface Generator {
  LANGUAGES: string[];
  UNITS: string[];
  SOURCE: { cldr: string; icu: string; node: string };
  FIXTURE: string;
  intlData(lang: string): IntlData;
  fixture(): string;
  localeFile(lang: string): string;
  withBlock(source: string, lang: string): string;
}
// The generator is a plain .mjs script without types.
const generatorPath = '../../scripts/generate-intl-data.mjs';
const generator = (await import(generatorPath)) as Generator;

// The locale modules register their data (and labels) as they load.
for (const lang of generator.LANGUAGES) await import(pathToFileURL(generator.localeFile(lang)).href);
/** The data a locale module registered, from the shared registry. */
const registered = (lang: string) =>
  (globalThis as Record<symbol, { languages: Record<string, { data?: IntlData } | undefined> } | undefined>)[Symbol.for('explainer-elements/intl')]?.languages[lang]?.data;

/** The CLDR version a committed file names, for the message when it differs from this Node's. */
function recorded(text: string): string {
  return /CLDR (\S+) as in ICU/.exec(text)?.[1] ?? 'unknown';
}

function regenerate(file: string, text: string): string {
  const was = recorded(text);
  const why = was === generator.SOURCE.cldr ? 'it was edited by hand' : `it holds CLDR ${was} and this Node has CLDR ${generator.SOURCE.cldr}`;
  return `${file} is not what the generator writes now (${why}): run \`node scripts/generate-intl-data.mjs --write\` and review the diff`;
}

test('the committed data is what the generator writes from this Node’s CLDR (no hand edits)', () => {
  assert.deepEqual(generator.LANGUAGES, ['km', 'lo', 'my']);
  for (const lang of generator.LANGUAGES) {
    const file = generator.localeFile(lang);
    const source = readFileSync(file, 'utf8');
    const data = registered(lang);
    assert.ok(data, `src/locales/${lang}.ts registers its Intl data`);
    assert.deepEqual(data, generator.intlData(lang), regenerate(`src/locales/${lang}.ts`, source));
    assert.equal(source, generator.withBlock(source, lang), regenerate(`src/locales/${lang}.ts`, source));
    assert.ok(source.indexOf(`registerIntlData('${lang}'`) < source.indexOf(`registerLabels('${lang}'`), 'the data is registered before the labels, whose registration re-renders');
  }
  const fixture = readFileSync(generator.FIXTURE, 'utf8');
  assert.equal(fixture, generator.fixture(), regenerate('test/locales/cldr-expected.ts', fixture));
});

test('the generator refuses what the fallback cannot write (here: German’s plural forms)', () => {
  assert.throws(() => generator.intlData('de'), /de: plural categories one, other/);
});

/** Node's Intl formatter and the fallback's for the same kind (the fallback writes through an English one). */
function pair<F>(lang: string, kind: string, make: (locale: string) => F): [own: F, fallback: F] {
  const data = registered(lang);
  assert.ok(data, `${lang} data registered`);
  const fallback = intlFallback(kind, make('en'), data) as F | undefined;
  assert.ok(fallback, `${lang}: the fallback covers these options`);
  return [make(lang), fallback];
}

const words = ['ASEAN', 'Deutschland', 'ក', 'ລາວ', 'မြန်မာ', '1'];

for (const lang of ['km', 'lo', 'my']) {
  test(`${lang}: the fallback writes what Node’s Intl writes`, () => {
    const [date, dateFallback] = pair(lang, 'date', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }));
    for (let day = 0; day < 366 * 2; day++) {
      const time = new Date(Date.UTC(2025, 0, 1 + day));
      assert.equal(dateFallback.format(time), date.format(time), `${lang} date ${time.toISOString()}`);
    }
    for (const year of [1, 79, 999, 1999, 2000, 9999]) {
      const time = new Date(Date.UTC(2000, 6, 4));
      time.setUTCFullYear(year);
      assert.equal(dateFallback.format(time), date.format(time), `${lang} date in ${year}`);
    }

    const values = [0, -0, 1, 7, 9.5, 10, 99, 100, 999, 1000, 1234, 1234.5, 9999.9995, 12345, 123456.789, 1e6, 1234567.891, 2 ** 53, 1e21, 0.001, 0.0004, 0.5, 0.125];
    const all = [...values, ...values.map((v) => -v)];
    const [number, numberFallback] = pair(lang, 'number', (l) => new Intl.NumberFormat(l));
    const [percent, percentFallback] = pair(lang, 'percent', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }));
    const [exact, exactFallback] = pair(lang, 'exact', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 20 }));
    for (const value of all) {
      assert.equal(numberFallback.format(value), number.format(value), `${lang} number ${value}`);
      assert.deepEqual(numberFallback.formatToParts(value), number.formatToParts(value), `${lang} number parts ${value}`);
      assert.equal(percentFallback.format(value / 100), percent.format(value / 100), `${lang} percent ${value / 100}`);
      assert.equal(exactFallback.format(value), exact.format(value), `${lang} number (every decimal) ${value}`);
    }

    const [relative, relativeFallback] = pair(lang, 'relative', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));
    for (const unit of generator.UNITS as Intl.RelativeTimeFormatUnitSingular[]) {
      for (let value = -400; value <= 400; value++) {
        assert.equal(relativeFallback.format(value, unit), relative.format(value, unit), `${lang} ${value} ${unit}`);
      }
      for (const value of [-0, 12345, -1234567]) assert.equal(relativeFallback.format(value, unit), relative.format(value, unit), `${lang} ${value} ${unit}`);
    }

    const [list, listFallback] = pair(lang, 'list', (l) => new Intl.ListFormat(l, { style: 'long', type: 'unit' }));
    for (let n = 0; n <= words.length; n++) assert.equal(listFallback.format(words.slice(0, n)), list.format(words.slice(0, n)), `${lang} list of ${n}`);
  });
}

test('the fallback covers the kinds the shared formatters use and number formats, nothing else', () => {
  const data = registered('km');
  assert.ok(data);
  assert.equal(intlFallback('plural', new Intl.PluralRules('en'), data), undefined);
  assert.equal(intlFallback('weekday', new Intl.DateTimeFormat('en', { weekday: 'long' }), data), undefined);
  // A unit the data lacks is written by the English formatter.
  const relative = intlFallback('relative', new Intl.RelativeTimeFormat('en', { numeric: 'auto' }), data) as Intl.RelativeTimeFormat;
  assert.equal(relative.format(-3, 'hour'), '3 hours ago');
});
