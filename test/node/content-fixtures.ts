/// <reference types="node" />
// Content fixtures shared by the Node tests that hold the runtime validators, the CLI and the published JSON
// Schemas to one another: every example content file (valid), small valid edge cases, and invalid cases per
// component. `valid` is what all three must say; `schemaAccepts` marks the documented exceptions, rules that JSON
// Schema cannot express, where the schema accepts what the validator refuses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type ContentTag = 'cooperation-table' | 'faq-accordion' | 'indicator-tracker' | 'misconception-card';

export interface ContentFixture {
  tag: ContentTag;
  name: string;
  content: unknown;
  valid: boolean;
  /** Why the schema accepts this invalid content: a rule JSON Schema cannot express. */
  schemaAccepts?: string;
  /** Why the schema refuses this valid content: a rule JSON Schema cannot express. */
  schemaRefuses?: string;
}

export const CONTENT_TAGS: readonly ContentTag[] = ['cooperation-table', 'faq-accordion', 'indicator-tracker', 'misconception-card'];

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every example content file: `examples/content/<explainer>/<tag>.json` and `examples/content/<tag>-*.json`. */
export function exampleFixtures(): ContentFixture[] {
  const fixtures: ContentFixture[] = [];
  const root = 'examples/content';
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const files = entry.isDirectory() ? readdirSync(join(root, entry.name)).map((f) => join(root, entry.name, f)) : [join(root, entry.name)];
    for (const file of files.filter((f) => f.endsWith('.json'))) {
      const base = file.split('/').pop()!;
      const tag = CONTENT_TAGS.find((t) => base === `${t}.json` || base.startsWith(`${t}-`));
      if (tag) fixtures.push({ tag, name: file, content: read(file), valid: true });
    }
  }
  return fixtures;
}

const faq = (items: unknown[], extra: Record<string, unknown> = {}) => ({ title: 'FAQ', ...extra, items });
const qa = { question: 'Why?', answer: 'Because.' };
const table = (fields: Record<string, unknown> = {}) => ({
  columns: [
    { key: 'area', label: 'Area', rowHeader: true },
    { key: 'share', label: 'Share', type: 'number', align: 'end' },
  ],
  rows: [{ area: 'Maritime', share: '40' }],
  ...fields,
});
const card = { misconception: 'The sea is far away.', reality: 'It is **close**.' };
const tracker = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  ...extra,
  indicators: [{ label: 'Indicator', description: 'What to watch.', ...fields }],
});

/** Small valid edge cases: every optional field, nulls for absent fields, date-times, the single-card form. */
export const validFixtures: ContentFixture[] = [
  { tag: 'faq-accordion', name: 'faq: every field, nulls', content: faq([{ id: 'a-1', ...qa, open: true }, { ...qa, id: null, open: null }], { intro: null }), valid: true },
  { tag: 'faq-accordion', name: 'faq: unknown properties are ignored', content: faq([{ ...qa, extra: 1 }], { $schema: './faq.schema.json', theme: 'x' }), valid: true },
  { tag: 'cooperation-table', name: 'table: notes as a list, every column option', content: table({ title: 'T', caption: null, notes: ['One', 'Two'], columns: [{ key: 'area', label: 'Area', rowHeader: true, sortable: false, align: 'center', type: 'text' }, { key: 'share', label: 'Share', type: 'date', align: null }], rows: [{ area: 'A', share: null }, {}] }), valid: true },
  { tag: 'cooperation-table', name: 'table: one note as text', content: table({ notes: 'A note.' }), valid: true },
  {
    tag: 'cooperation-table',
    name: 'table: numbers and null as cells',
    content: table({
      columns: [{ key: 'area', label: 'Area', rowHeader: true }, { key: 'share', label: 'Share' }, { key: 'year', label: 'Year', type: 'date' }],
      rows: [{ area: 'A', share: 12.5, year: 2024 }, { area: 1, share: -2.25, year: null }, { area: 'C', share: 0, year: '2025' }, { area: 'D', share: 1e21 }],
    }),
    valid: true,
  },
  {
    tag: 'cooperation-table',
    name: 'table: a boolean under a key that is not a column',
    content: table({ rows: [{ area: 'A', share: '1', remark: true }] }),
    valid: true,
    schemaRefuses: 'the component ignores cells under keys that are not columns; the schema cannot read the column keys, so it wants every cell to be text, a number or null',
  },
  { tag: 'misconception-card', name: 'card: a single card at the root', content: { ...card, id: 'far', verdict: 'misleading', reviewed: '2026-05-01', sources: [{ label: 'Report', url: 'https://example.org' }] }, valid: true },
  { tag: 'misconception-card', name: 'card: a set, every verdict, date-times', content: { title: 'Myths', intro: null, items: ['false', 'misleading', 'mostly-false', 'mostly-true', 'unproven'].map((verdict, i) => ({ ...card, id: `c${i}`, verdict, reviewed: ['2026-05-01T09:30', '2026-05-01T09:30:00Z', '2024-02-29', '2026-05-01T09:30:00.5+07:00', null][i] })) }, valid: true },
  { tag: 'indicator-tracker', name: 'tracker: default statuses, trend, progress with max, evidence', content: tracker({ id: 'x', status: 'on-track', trend: { direction: 'flat', better: null }, progress: { value: 3, max: 10, label: '3 of 10' }, updated: '2026-01-01', nextReview: null, evidence: [{ date: '2026-01-02T10:00Z', text: 'Signed.', url: '' }] }), valid: true },
  { tag: 'indicator-tracker', name: 'tracker: custom statuses', content: tracker({ status: 'reversed' }, { statuses: { reversed: { label: 'Reversed', tone: 'negative' } } }), valid: true },
  { tag: 'indicator-tracker', name: 'tracker: progress at 100 of the default max, nulls', content: tracker({ progress: { value: 100, max: null }, trend: null, evidence: null, status: null }), valid: true },
  // "format": "html": HTML in the rich-text fields, character references in the plain-text ones.
  { tag: 'faq-accordion', name: 'faq: HTML', content: faq([{ question: 'Germany&#8217;s role?', answer: '<p>It <strong>grows</strong>.</p><ul><li>a</li></ul>' }], { format: 'html', intro: '<p>Intro &amp; more</p>' }), valid: true },
  { tag: 'faq-accordion', name: 'faq: format markdown and null', content: faq([qa], { format: 'markdown' }), valid: true },
  { tag: 'cooperation-table', name: 'table: HTML cells and notes', content: table({ format: 'html', caption: 'Shares &amp; areas', rows: [{ area: '<b>Maritime</b>', share: '40&nbsp;%' }], notes: ['<p>Source: <a href="https://example.org">report</a></p>'] }), valid: true },
  { tag: 'misconception-card', name: 'card: a single HTML card', content: { ...card, format: 'html', reality: '<p>It is <em>close</em>.</p>' }, valid: true },
  { tag: 'misconception-card', name: 'card: an HTML set', content: { format: 'html', title: 'Myths &amp; facts', items: [{ ...card, reality: '<p>Close.</p>', sources: [{ label: 'Report &#8212; 2026', url: '/r' }] }] }, valid: true },
  { tag: 'indicator-tracker', name: 'tracker: HTML descriptions and evidence', content: tracker({ description: '<p>Watch <a href="/x">this</a>.</p>', progress: { value: 1, label: '1&nbsp;of&nbsp;4' }, evidence: [{ date: '2026-01-01', text: '<p>Signed.</p>' }] }, { format: 'html', intro: '<div>Intro</div>' }), valid: true },
  { tag: 'indicator-tracker', name: 'tracker: format null', content: tracker({}, { format: null }), valid: true },
];

/** Invalid cases per component: wrong types, missing required fields, bad enums, bad dates, out-of-range values. */
export const invalidFixtures: ContentFixture[] = [
  // Structure, for every component.
  ...CONTENT_TAGS.flatMap((tag): ContentFixture[] => [
    { tag, name: `${tag}: not an object`, content: [], valid: false },
    { tag, name: `${tag}: a string`, content: 'hello', valid: false },
    { tag, name: `${tag}: empty object`, content: {}, valid: false },
  ]),
  // An unknown format, for every component.
  ...CONTENT_TAGS.map((tag): ContentFixture => ({ tag, name: `${tag}: unknown format`, content: { format: 'htm', items: [{}], indicators: [{}], columns: [{}], rows: [{}] }, valid: false })),
  { tag: 'faq-accordion', name: 'faq: format not a string', content: faq([qa], { format: true }), valid: false },
  {
    tag: 'faq-accordion',
    name: 'faq: HTML answer that is only an image and a script',
    content: faq([qa, { question: 'Q', answer: '<img src="a.png"><script>x</script>' }], { format: 'html' }),
    valid: false,
    schemaAccepts: 'a rich-text field with no text once read as HTML (the schema sees a non-empty string)',
  },
  {
    tag: 'misconception-card',
    name: 'card: HTML misconception that is only a no-break space',
    content: { ...card, format: 'html', misconception: '&nbsp;' },
    valid: false,
    schemaAccepts: 'a plain-text field with no text once its character references are decoded',
  },
  // <faq-accordion>
  { tag: 'faq-accordion', name: 'faq: items not a list', content: { items: {} }, valid: false },
  { tag: 'faq-accordion', name: 'faq: no item', content: faq([]), valid: false },
  { tag: 'faq-accordion', name: 'faq: item not an object', content: faq([qa, 'Why?']), valid: false },
  { tag: 'faq-accordion', name: 'faq: missing answer', content: faq([{ question: 'Why?' }]), valid: false },
  { tag: 'faq-accordion', name: 'faq: answer not a string', content: faq([{ question: 'Why?', answer: 3 }]), valid: false },
  { tag: 'faq-accordion', name: 'faq: blank question', content: faq([{ question: '   ', answer: 'A' }]), valid: false },
  { tag: 'faq-accordion', name: 'faq: title not a string', content: faq([qa], { title: 1 }), valid: false },
  { tag: 'faq-accordion', name: 'faq: open not a boolean', content: faq([{ ...qa, open: 'yes' }]), valid: false },
  { tag: 'faq-accordion', name: 'faq: id with a space', content: faq([{ ...qa, id: 'a b' }]), valid: false },
  { tag: 'faq-accordion', name: 'faq: id with #', content: faq([{ ...qa, id: '#a' }]), valid: false },
  { tag: 'faq-accordion', name: 'faq: empty id', content: faq([{ ...qa, id: '' }]), valid: false },
  { tag: 'faq-accordion', name: 'faq: duplicate ids', content: faq([{ ...qa, id: 'a' }, { ...qa, id: 'a' }]), valid: false, schemaAccepts: 'unique ids across items (uniqueItems compares whole items, not one property)' },
  // <cooperation-table>
  { tag: 'cooperation-table', name: 'table: no columns', content: table({ columns: [] }), valid: false },
  { tag: 'cooperation-table', name: 'table: rows missing', content: { columns: table().columns }, valid: false },
  { tag: 'cooperation-table', name: 'table: column without label', content: table({ columns: [{ key: 'area' }] }), valid: false },
  { tag: 'cooperation-table', name: 'table: bad column type', content: table({ columns: [{ key: 'area', label: 'Area', type: 'money' }] }), valid: false },
  { tag: 'cooperation-table', name: 'table: bad column align', content: table({ columns: [{ key: 'area', label: 'Area', align: 'left' }] }), valid: false },
  { tag: 'cooperation-table', name: 'table: sortable not a boolean', content: table({ columns: [{ key: 'area', label: 'Area', sortable: 1 }] }), valid: false },
  { tag: 'cooperation-table', name: 'table: a cell that is a boolean', content: table({ rows: [{ area: 'A', share: false }] }), valid: false },
  { tag: 'cooperation-table', name: 'table: a cell that is an object', content: table({ rows: [{ area: 'A', share: { value: 40 } }] }), valid: false },
  { tag: 'cooperation-table', name: 'table: a cell that is a list', content: table({ rows: [{ area: 'A', share: [40] }] }), valid: false },
  { tag: 'cooperation-table', name: 'table: a row that is a list', content: table({ rows: [['A', '40']] }), valid: false },
  { tag: 'cooperation-table', name: 'table: notes not text', content: table({ notes: 3 }), valid: false },
  { tag: 'cooperation-table', name: 'table: a note not text', content: table({ notes: ['ok', 2] }), valid: false },
  { tag: 'cooperation-table', name: 'table: caption not a string', content: table({ caption: false }), valid: false },
  { tag: 'cooperation-table', name: 'table: duplicate column keys', content: table({ columns: [{ key: 'a', label: 'A' }, { key: 'a', label: 'B' }] }), valid: false, schemaAccepts: 'unique column keys' },
  { tag: 'cooperation-table', name: 'table: two row-header columns', content: table({ columns: [{ key: 'a', label: 'A', rowHeader: true }, { key: 'b', label: 'B', rowHeader: true }] }), valid: false, schemaAccepts: 'at most one row-header column' },
  // <misconception-card>
  { tag: 'misconception-card', name: 'card: single card without reality', content: { misconception: 'Myth.' }, valid: false },
  { tag: 'misconception-card', name: 'card: bad verdict', content: { ...card, verdict: 'true' }, valid: false },
  { tag: 'misconception-card', name: 'card: bad date form', content: { ...card, reviewed: '01/05/2026' }, valid: false },
  { tag: 'misconception-card', name: 'card: impossible date', content: { ...card, reviewed: '2026-02-30' }, valid: false },
  { tag: 'misconception-card', name: 'card: not a leap year', content: { ...card, reviewed: '2025-02-29' }, valid: false },
  { tag: 'misconception-card', name: 'card: hour 25', content: { ...card, reviewed: '2026-05-01T25:00' }, valid: false },
  { tag: 'misconception-card', name: 'card: sources not a list', content: { ...card, sources: { label: 'x', url: 'y' } }, valid: false },
  { tag: 'misconception-card', name: 'card: source without url', content: { ...card, sources: [{ label: 'Report' }] }, valid: false },
  { tag: 'misconception-card', name: 'card: source not an object', content: { ...card, sources: ['https://example.org'] }, valid: false },
  { tag: 'misconception-card', name: 'card: set with an empty list', content: { title: 'Myths', items: [] }, valid: false },
  { tag: 'misconception-card', name: 'card: set with items null', content: { items: null }, valid: false },
  { tag: 'misconception-card', name: 'card: set with a bad card', content: { items: [card, { ...card, reality: 7 }] }, valid: false },
  { tag: 'misconception-card', name: 'card: set with a title not text', content: { title: ['x'], items: [card] }, valid: false },
  { tag: 'misconception-card', name: 'card: duplicate ids', content: { items: [{ ...card, id: 'a' }, { ...card, id: 'a' }] }, valid: false, schemaAccepts: 'unique ids across cards' },
  { tag: 'misconception-card', name: 'card: impossible date-time', content: { ...card, reviewed: '2026-02-30T10:00' }, valid: false, schemaAccepts: 'the calendar day of a date-time (format "date" checks date-only values)' },
  // <indicator-tracker>
  { tag: 'indicator-tracker', name: 'tracker: indicators not a list', content: { indicators: 'all' }, valid: false },
  { tag: 'indicator-tracker', name: 'tracker: missing description', content: { indicators: [{ label: 'L' }] }, valid: false },
  { tag: 'indicator-tracker', name: 'tracker: unknown default status', content: tracker({ status: 'done' }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: status not a string', content: tracker({ status: 1 }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: bad trend direction', content: tracker({ trend: { direction: 'sideways' } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: trend without direction', content: tracker({ trend: { better: 'up' } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: trend not an object', content: tracker({ trend: 'up' }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: bad trend better', content: tracker({ trend: { direction: 'up', better: 'flat' } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: progress below 0', content: tracker({ progress: { value: -1 } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: progress above 100 without max', content: tracker({ progress: { value: 101 } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: progress max 0', content: tracker({ progress: { value: 0, max: 0 } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: progress value missing', content: tracker({ progress: { max: 10 } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: progress value a string', content: tracker({ progress: { value: '45%' } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: progress label not text', content: tracker({ progress: { value: 4, label: 4 } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: bad updated date', content: tracker({ updated: '2026-13-01' }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: nextReview not a date', content: tracker({ nextReview: 'soon' }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: evidence not a list', content: tracker({ evidence: { date: '2026-01-01', text: 'x' } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: evidence without date', content: tracker({ evidence: [{ text: 'x' }] }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: evidence with a null date', content: tracker({ evidence: [{ date: null, text: 'x' }] }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: evidence url not text', content: tracker({ evidence: [{ date: '2026-01-01', text: 'x', url: 5 }] }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: statuses not an object', content: tracker({}, { statuses: ['a'] }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: statuses empty', content: tracker({}, { statuses: {} }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: status with a bad tone', content: tracker({}, { statuses: { a: { label: 'A', tone: 'red' } } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: status without tone', content: tracker({}, { statuses: { a: { label: 'A' } } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: status with a blank key', content: tracker({}, { statuses: { ' ': { label: 'A', tone: 'info' } } }), valid: false },
  { tag: 'indicator-tracker', name: 'tracker: progress above its max', content: tracker({ progress: { value: 11, max: 10 } }), valid: false, schemaAccepts: 'progress.value at most progress.max (a bound read from the data)' },
  { tag: 'indicator-tracker', name: 'tracker: status not among custom statuses', content: tracker({ status: 'on-track' }, { statuses: { reversed: { label: 'Reversed', tone: 'negative' } } }), valid: false, schemaAccepts: 'a status must be a key of the content’s own statuses' },
  { tag: 'indicator-tracker', name: 'tracker: duplicate ids', content: { indicators: [{ id: 'a', label: 'A', description: 'a' }, { id: 'a', label: 'B', description: 'b' }] }, valid: false, schemaAccepts: 'unique ids across indicators' },
];
