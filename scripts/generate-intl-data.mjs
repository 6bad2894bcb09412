#!/usr/bin/env node
// The Intl fallback data of the languages some engines lack (Chromium has no Khmer, Lao or Burmese in its Intl),
// read from CLDR as this Node's full ICU has it. Never invented: every string is one Node's Intl writes.
//
//   node scripts/generate-intl-data.mjs           prints the registerIntlData(...) block of each language
//   node scripts/generate-intl-data.mjs --write   writes the blocks into src/locales/<lang>.ts, and Node's own output
//                                                 for the test samples into test/locales/cldr-expected.ts
//
// The data (see IntlData in src/internal/intl.ts) holds only what the fallback cannot take from English: digits,
// number symbols, the long date's order and month names, relative-date patterns and words, list separators. The
// generator refuses a language whose layout the fallback cannot write (plural forms, a number laid out unlike
// English, a date whose order changes by month); test/node/intl-data.test.ts checks that the committed data is what
// this script writes now and that the fallback, fed that data, writes what Node's Intl writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The languages that get fallback data, by locale module. */
export const LANGUAGES = ['km', 'lo', 'my'];

/** The relative-date units the components use. */
export const UNITS = ['day', 'week', 'month', 'year'];

/** Where the data came from: CLDR through this Node's ICU. */
export const SOURCE = { cldr: process.versions.cldr, icu: process.versions.icu, node: process.version };

/** The samples whose expected output goes into the test fixture (the browser tests build their content from them). */
export const SAMPLES = {
  dates: ['2025-01-01', '2026-01-31', '2026-02-01', '2026-03-01', '2026-03-09', '2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16',
    '2026-03-17', '2026-04-10', '2026-05-01', '2026-06-30', '2026-07-04', '2026-08-15', '2026-09-09', '2026-10-23', '2026-11-11',
    '2026-12-25', '2027-02-28'],
  // Every value the tracker can show: days under a week, weeks under about two months, months under a year, years.
  relative: [
    ...range(-6, 6).map((n) => [n, 'day']),
    ...range(-8, 8).map((n) => [n, 'week']),
    ...range(-12, 12).map((n) => [n, 'month']),
    ...range(-3, 3).map((n) => [n, 'year']),
  ],
  numbers: [0, 1, 2, 3, 4, 7, 8, 10, 45, 120, 1234, 1234.5, 2000, -1234.567, 1234567.891],
  percents: [0, 0.07, 0.45, 0.5, 1, 12.345],
  lists: [1, 2, 3, 4],
};

function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The options of the shared formatters (src/internal/intl.ts, tracker-dates.ts). */
export const formats = {
  date: (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
  number: (lang) => new Intl.NumberFormat(lang),
  percent: (lang) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }),
  relative: (lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }),
  list: (lang) => new Intl.ListFormat(lang, { style: 'long', type: 'unit' }),
};

/** ISO date → UTC timestamp. */
export const utc = (iso) => Date.parse(`${iso}T00:00:00Z`);

function fail(lang, message) {
  throw new Error(`generate-intl-data: ${lang}: ${message}`);
}

/** The fallback data of `lang`, from this Node's Intl. */
export function intlData(lang) {
  for (const [kind, make] of Object.entries(formats)) {
    const resolved = make(lang).resolvedOptions().locale;
    if (resolved.split('-')[0] !== lang) fail(lang, `this Node's Intl has no ${kind} data (it resolves to ${resolved}): run it with full ICU`);
  }
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  if (categories.join() !== 'other') fail(lang, `plural categories ${categories.join(', ')}: the fallback writes one form per unit only`);

  // Numbers: the layout (which parts, in which order) must be English's, so the fallback can swap symbols and digits.
  const number = formats.number(lang);
  const digits = range(0, 9).map((d) => number.format(d)).join('');
  if ([...digits].length !== 10) fail(lang, `digits ${digits}: expected ten single characters`);
  const symbols = {};
  for (const kind of ['number', 'percent']) {
    const [own, en] = [formats[kind](lang), formats[kind]('en')];
    for (const value of [...SAMPLES.numbers, ...SAMPLES.percents, -0.45, 1e9]) {
      const [ownParts, enParts] = [own.formatToParts(value), en.formatToParts(value)];
      if (ownParts.map((p) => p.type).join() !== enParts.map((p) => p.type).join()) fail(lang, `${kind} ${value} is laid out unlike English: ${own.format(value)}`);
      for (const { type, value: text } of ownParts) if (!['integer', 'fraction', 'literal'].includes(type)) symbols[type] = text;
    }
  }

  // The long date: one order for every month, day and year as plain numbers, the month as a word.
  let date;
  const months = [];
  for (let month = 0; month < 12; month++) {
    const parts = formats.date(lang).formatToParts(Date.UTC(2026, month, 21));
    const pattern = parts.map(({ type, value }) => (type === 'literal' ? value : `{${type}}`)).join('');
    if (date !== undefined && pattern !== date) fail(lang, `the long date's order changes with the month (${date}, ${pattern})`);
    if (pattern.match(/\{\w+\}/g).sort().join() !== '{day},{month},{year}') fail(lang, `long date ${pattern}: expected day, month and year once each`);
    date = pattern;
    months.push(parts.find((p) => p.type === 'month').value);
  }

  // Relative dates: the past and future patterns (numeric), and where numeric: 'auto' has words instead.
  const relative = {};
  const always = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  const auto = formats.relative(lang);
  const pattern = (value, unit) => {
    const parts = always.formatToParts(value, unit);
    if (parts.filter((p) => p.type !== 'literal').length !== 1) fail(lang, `relative ${value} ${unit}: expected one number in ${always.format(value, unit)}`);
    return parts.map((p) => (p.type === 'literal' ? p.value : '{0}')).join('');
  };
  for (const unit of UNITS) {
    const forms = { past: pattern(-5, unit), future: pattern(5, unit) };
    for (const value of range(-3, 3)) {
      const word = auto.format(value, unit);
      if (word !== always.format(value, unit)) forms[String(value)] = word;
    }
    relative[unit] = forms;
  }

  // Lists: separators only (the fallback joins the items with them).
  const list = [];
  const marks = ['\uE000', '\uE001', '\uE002', '\uE003'];
  for (const n of [2, 3, 4]) {
    const text = formats.list(lang).format(marks.slice(0, n));
    const pieces = text.split(/[\uE000-\uE003]/);
    if (pieces.length !== n + 1 || pieces[0] !== '' || pieces[n] !== '') fail(lang, `list of ${n}: expected separators between the items only`);
    if (n === 2) list.push(pieces[1]);
    if (n === 3) list.push(pieces[1], '', pieces[2]);
    if (n === 4) list[2] = pieces[2];
  }

  return { digits, symbols, date, months, relative, list };
}

/** What Node's Intl writes for the samples in `lang`: the fixture the browser tests compare with. */
export function expected(lang) {
  const relative = formats.relative(lang);
  const list = formats.list(lang);
  return {
    dates: Object.fromEntries(SAMPLES.dates.map((iso) => [iso, formats.date(lang).format(utc(iso))])),
    relative: Object.fromEntries(SAMPLES.relative.map(([value, unit]) => [`${value} ${unit}`, relative.format(value, unit)])),
    numbers: Object.fromEntries(SAMPLES.numbers.map((value) => [String(value), formats.number(lang).format(value)])),
    percents: Object.fromEntries(SAMPLES.percents.map((value) => [String(value), formats.percent(lang).format(value)])),
    lists: Object.fromEntries(SAMPLES.lists.map((n) => [String(n), list.format(range(0, n - 1).map((i) => `{${i}}`))])),
  };
}

/** A string as a single-quoted TypeScript literal, invisible characters (zero-width space...) escaped. */
function quote(text) {
  return `'${text.replace(/[\\']/g, '\\$&').replace(/[^\P{C}]|[^\P{Z} ]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

/**
 * `value` as TypeScript source, `depth` levels in: on one line when that fits in 120 columns (never at the top),
 * otherwise one entry a line. Keys that read as numbers ("-1" in relative dates) come after the others, in order.
 */
export function literal(value, depth = 0) {
  if (typeof value === 'string') return quote(value);
  if (typeof value !== 'object') return String(value);
  const numeric = (k) => /^-?\d+$/.test(k);
  const key = (k) => (/^[A-Za-z_]\w*$/.test(k) ? k : quote(k));
  const entries = Array.isArray(value)
    ? value.map((v) => literal(v, depth + 1))
    : [...Object.keys(value).filter((k) => !numeric(k)), ...Object.keys(value).filter(numeric).sort((a, b) => a - b)].map((k) => `${key(k)}: ${literal(value[k], depth + 1)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  const line = `${open}${entries.join(', ')}${close}`;
  if (depth > 0 && !line.includes('\n') && line.length + 2 * depth + 30 <= 120) return line;
  const pad = '  '.repeat(depth + 1);
  return `${open.trim()}\n${entries.map((e) => `${pad}${e},`).join('\n')}\n${'  '.repeat(depth)}${close.trim()}`;
}

const NAMES = { km: 'Khmer', lo: 'Lao', my: 'Burmese' };
const provenance = `CLDR ${SOURCE.cldr} as in ICU ${SOURCE.icu} (Node ${SOURCE.node})`;

/** The block written into src/locales/<lang>.ts. */
export function block(lang) {
  return `// Numbers, dates and lists where the engine's Intl has no ${NAMES[lang]} (Chromium): ${provenance}.
// Generated by \`node scripts/generate-intl-data.mjs --write\`; do not edit by hand (test/node/intl-data.test.ts checks it).
registerIntlData('${lang}', ${literal(intlData(lang))});
`;
}

/** The generated block in a locale module's source: from its first comment line to the closing `});`. */
export const BLOCK = /^\/\/ Numbers, dates and lists where the engine's Intl[^\n]*\n(?:\/\/[^\n]*\n)*registerIntlData\([\s\S]*?^\}\);\n/m;

/** The test fixture: Node's own output for the samples. */
export function fixture() {
  return `// What Node's Intl writes for the samples of scripts/generate-intl-data.mjs in Khmer, Lao and Burmese, from
// ${provenance}. The browser tests expect it where the engine's Intl lacks the language.
// Generated by \`node scripts/generate-intl-data.mjs --write\`; do not edit by hand.
export interface CldrExpected {
  /** Long dates by ISO date. */
  dates: Record<string, string>;
  /** Relative dates (\`numeric: 'auto'\`) by "value unit" ("-3 week"). */
  relative: Record<string, string>;
  numbers: Record<string, string>;
  percents: Record<string, string>;
  /** Lists by length, of the items "{0}", "{1}"... */
  lists: Record<string, string>;
}

export const CLDR_SOURCE = ${literal(SOURCE)};

export const CLDR_EXPECTED: Record<'km' | 'lo' | 'my', CldrExpected> = ${literal(Object.fromEntries(LANGUAGES.map((lang) => [lang, expected(lang)])))};
`;
}

const root = join(import.meta.dirname, '..');
export const FIXTURE = join(root, 'test/locales/cldr-expected.ts');
export const localeFile = (lang) => join(root, 'src/locales', `${lang}.ts`);
const IMPORT = "import { registerIntlData } from '../internal/intl-fallback.js';\n";

/** `source` (a locale module) with its generated block and import in place. */
export function withBlock(source, lang) {
  let text = BLOCK.test(source) ? source.replace(BLOCK, block(lang)) : source.replace(/^registerLabels\(/m, `${block(lang)}\nregisterLabels(`);
  if (!text.includes(IMPORT)) text = text.replace(/^(import \{ registerLabels \}[^\n]*\n)/m, `$1${IMPORT}`);
  return text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--write')) {
    for (const lang of LANGUAGES) writeFileSync(localeFile(lang), withBlock(readFileSync(localeFile(lang), 'utf8'), lang));
    writeFileSync(FIXTURE, fixture());
    console.log(`generate-intl-data: wrote ${LANGUAGES.map((lang) => `src/locales/${lang}.ts`).join(', ')} and test/locales/cldr-expected.ts from ${provenance}`);
  } else {
    for (const lang of LANGUAGES) console.log(block(lang));
  }
}
