import fc from 'fast-check';
import {
  MISCONCEPTION_VERDICTS,
  validateCooperationTableContent,
  validateFaqContent,
  validateMisconceptionContent,
  validateTrackerContent,
  type CooperationTable,
  type FaqAccordion,
  type MisconceptionCard,
  type ValidationResult,
} from '../../src/index.js';
import {
  bool,
  dateish,
  field,
  id,
  list,
  markdown,
  nonEmpty,
  number,
  optional,
  shape,
  text,
  uniqueIds,
  urlish,
  validDate,
  validId,
} from './fuzz-arbitraries.js';

/** What the fuzzer needs to know about one component. */
export interface FuzzTarget {
  tag: string;
  file: string;
  attributes: Record<string, string>;
  /** Valid content with random values in every field (so full-featured items render). */
  valid: fc.Arbitrary<unknown>;
  /** Content of the right shape whose fields are now and then of the wrong type or missing. */
  noisy: fc.Arbitrary<unknown>;
  validate(raw: unknown): ValidationResult<object>;
  /** A part that is there whenever content renders. */
  marker: string;
  /** Exercises the interactive code on whatever rendered (must never throw). */
  interact(el: HTMLElement): void;
}

const KEYS = ['area', 'asean', 'germany', 'n', '__proto__', 'constructor', 'toString', ''];
const key = fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 4 }, { arbitrary: text, weight: 1 });
/** Column and status keys of valid content. */
const validKey = fc.oneof(fc.constantFrom('area', 'asean', 'germany', 'n', 'x y', 'Ü ñ 😀'), validId);

// --- <faq-accordion> -------------------------------------------------------------------------------------------

const faq: FuzzTarget = {
  tag: 'faq-accordion',
  file: 'faq-accordion.json',
  attributes: { 'copy-links': '' },
  valid: shape({
    title: optional(text),
    intro: optional(markdown),
    items: list(shape({ id: optional(validId), question: nonEmpty, answer: markdown.filter((s) => s.trim() !== ''), open: optional(fc.boolean()) }))
      .filter((items) => items.length > 0)
      .map(uniqueIds),
  }),
  noisy: shape({ title: field(text), intro: field(markdown), items: field(list(shape({ id, question: field(text), answer: field(markdown), open: bool }))) }),
  validate: validateFaqContent,
  marker: 'list',
  interact: (el) => {
    const faq = el as FaqAccordion;
    faq.expandAll();
    faq.toggle(0);
    faq.toggle('a', true);
  },
};

// --- <cooperation-table> ---------------------------------------------------------------------------------------

const cell = fc.oneof(
  markdown,
  validDate,
  fc.double().map(String),
  fc.integer().map((n) => n.toLocaleString('de-DE')),
  // Cells as spreadsheet exports give them: finite numbers (-0 and the extremes too) and null.
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constant(null),
);
const columnFields = {
  rowHeader: fc.boolean(),
  sortable: fc.boolean(),
  align: fc.constantFrom('start', 'center', 'end'),
  type: fc.constantFrom('text', 'number', 'date'),
};

const validTable = fc
  .uniqueArray(validKey, { minLength: 1, maxLength: 6 })
  .chain((keys) =>
    fc.record({
      title: optional(text),
      caption: optional(text),
      columns: fc.tuple(...keys.map((k, i) => shape({ key: fc.constant(k), label: nonEmpty, rowHeader: i === 0 ? optional(columnFields.rowHeader) : fc.constant(undefined), sortable: optional(columnFields.sortable), align: optional(columnFields.align), type: optional(columnFields.type) }))),
      rows: list(fc.record(Object.fromEntries(keys.map((k) => [k, optional(cell)]))).map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)))).filter((rows) => rows.length > 0),
      notes: optional(fc.oneof(markdown, fc.array(markdown, { maxLength: 4 }))),
    }),
  )
  .map((content) => Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined)));

const table: FuzzTarget = {
  tag: 'cooperation-table',
  file: 'cooperation-table.json',
  attributes: { sortable: '', filterable: '', downloadable: '', 'sticky-row-header': '' },
  valid: validTable,
  noisy: shape({
    title: field(text),
    caption: field(text),
    columns: field(list(shape({ key: field(key), label: field(text), rowHeader: bool, sortable: bool, align: field(fc.constantFrom('start', 'center', 'end', 'left')), type: field(fc.constantFrom('text', 'number', 'date', 'currency')) }), 6)),
    rows: field(list(fc.dictionary(key, field(cell), { maxKeys: 6 }))),
    notes: field(fc.oneof(markdown, fc.array(field(markdown), { maxLength: 4 }))),
  }),
  validate: validateCooperationTableContent,
  marker: 'table',
  interact: (el) => {
    const table = el as CooperationTable;
    const first = el.shadowRoot?.querySelector<HTMLElement>('.sort-button')?.dataset.key;
    if (first !== undefined) table.sortBy(first, 'desc');
    table.query = 'a';
    table.toCSV();
  },
};

// --- <misconception-card> --------------------------------------------------------------------------------------

const validCard = shape({
  id: optional(validId),
  misconception: nonEmpty,
  reality: nonEmpty,
  verdict: optional(fc.constantFrom(...MISCONCEPTION_VERDICTS)),
  sources: optional(fc.array(shape({ label: nonEmpty, url: fc.oneof(fc.webUrl(), nonEmpty) }), { maxLength: 4 })),
  reviewed: optional(validDate),
});
const noisyCard = shape({
  id,
  misconception: field(text),
  reality: field(markdown),
  verdict: field(fc.constantFrom(...MISCONCEPTION_VERDICTS, 'true', 'FALSE')),
  sources: field(list(shape({ label: field(text), url: urlish }), 4)),
  reviewed: dateish,
});

const cards: FuzzTarget = {
  tag: 'misconception-card',
  file: 'misconception-card.json',
  attributes: { reveal: '' },
  valid: fc.oneof(
    validCard.map((card) => ({ ...card, id: undefined })).map((card) => Object.fromEntries(Object.entries(card).filter(([, v]) => v !== undefined))),
    shape({ title: optional(text), intro: optional(markdown), items: list(validCard).filter((items) => items.length > 0).map(uniqueIds) }),
  ),
  noisy: fc.oneof(noisyCard, shape({ title: field(text), intro: field(markdown), items: field(list(noisyCard)) })),
  validate: validateMisconceptionContent,
  marker: 'card',
  interact: (el) => {
    const cards = el as MisconceptionCard;
    cards.revealAll();
    cards.revealItem(0);
    cards.revealItem('a', false);
  },
};

// --- <indicator-tracker> ---------------------------------------------------------------------------------------

const TONES = ['neutral', 'info', 'positive', 'warning', 'negative'] as const;
const STATUS_KEYS = ['not-started', 'watching', 'emerging', 'on-track', 'achieved', 'stalled', 'insufficient-data'];

const validProgress = fc
  .oneof(fc.double({ min: Number.MIN_VALUE, max: 1e308, noNaN: true }), fc.integer({ min: 1, max: 1000 }), fc.constant(undefined))
  .chain((max) =>
    shape({
      value: fc.double({ min: 0, max: max ?? 100, noNaN: true }),
      max: fc.constant(max),
      label: optional(text),
    }),
  );

function validIndicator(statusKeys: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return shape({
    id: optional(validId),
    label: nonEmpty,
    description: nonEmpty,
    status: optional(fc.constantFrom(...statusKeys)),
    trend: optional(shape({ direction: fc.constantFrom('up', 'down', 'flat'), better: optional(fc.constantFrom('up', 'down')) })),
    progress: optional(validProgress),
    updated: optional(validDate),
    nextReview: optional(validDate),
    evidence: optional(fc.array(shape({ date: validDate, text: nonEmpty, url: optional(fc.oneof(fc.webUrl(), text)) }), { maxLength: 4 })),
  });
}

const validTracker = fc
  .option(fc.uniqueArray(validKey, { minLength: 1, maxLength: 5 }), { nil: undefined })
  .chain((custom) =>
    shape({
      title: optional(text),
      intro: optional(markdown),
      statuses: fc.constant(custom).chain((keys) =>
        keys ? fc.tuple(...keys.map((k) => fc.record({ label: nonEmpty, tone: fc.constantFrom(...TONES) }).map((s) => [k, s] as const))).map((entries) => Object.fromEntries(entries)) : fc.constant(undefined),
      ),
      indicators: list(validIndicator(custom ?? STATUS_KEYS)).filter((items) => items.length > 0).map(uniqueIds),
    }),
  );

const noisyIndicator = shape({
  id,
  label: field(text),
  description: field(markdown),
  status: field(fc.oneof(fc.constantFrom(...STATUS_KEYS), key)),
  trend: field(shape({ direction: field(fc.constantFrom('up', 'down', 'flat', 'sideways')), better: field(fc.constantFrom('up', 'down', 'flat')) })),
  progress: field(shape({ value: number, max: number, label: field(text) })),
  updated: dateish,
  nextReview: dateish,
  evidence: field(list(shape({ date: dateish, text: field(markdown), url: urlish }), 4)),
});

const tracker: FuzzTarget = {
  tag: 'indicator-tracker',
  file: 'indicator-tracker.json',
  attributes: { filterable: '' },
  valid: validTracker,
  noisy: shape({
    title: field(text),
    intro: field(markdown),
    statuses: field(fc.dictionary(key, field(shape({ label: field(text), tone: field(fc.constantFrom(...TONES, 'red')) })), { maxKeys: 5 })),
    indicators: field(list(noisyIndicator)),
  }),
  validate: validateTrackerContent,
  marker: 'list',
  interact: (el) => {
    const status = el.shadowRoot?.querySelector<HTMLElement>('[data-status]')?.dataset.status;
    if (status !== undefined) el.setAttribute('filter', status);
    else el.removeAttribute('filter');
    el.shadowRoot?.querySelector('details')?.toggleAttribute('open');
  },
};

export const FUZZ_TARGETS: readonly FuzzTarget[] = [faq, table, cards, tracker];
