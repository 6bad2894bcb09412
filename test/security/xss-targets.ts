import {
  validateCooperationTableContent,
  validateFaqContent,
  validateMisconceptionContent,
  validateTrackerContent,
  type ContentError,
  type CooperationTable,
  type FaqAccordion,
  type MisconceptionCard,
} from '../../src/index.js';

/**
 * How each component takes the XSS corpus: content with a payload in EVERY text field (strings, rich text, URLs,
 * ids where an id may hold it, keys, labels, column keys, status keys, enum and date fields through items that are
 * then dropped with an error message quoting the payload), how to open everything that opens, and where each
 * field's text must show up.
 */

/** Where one field's payload must be visible. */
export interface FieldCheck {
  field: string;
  /** `plain`: the exact payload is in the element's text; `rich`: the payload's words, as Markdown leaves them. */
  kind: 'plain' | 'rich';
  /** `root`: shows the render's first payload; `item`: the i-th element shows payload i; `all`: every payload in order. */
  scope: 'root' | 'item' | 'all';
  /** The elements that show the field, in item order (the first one for `root` and `all`). */
  nodes: (root: ShadowRoot) => readonly (Element | null | undefined)[];
  /** Descendants left out of the text (e.g. the table's stacked column labels, which repeat the header). */
  exclude?: string;
}

/** A URL field: refused URLs show `shows` as text in `refusedPart`; accepted ones become `linkPart` links. */
export interface UrlCheck {
  field: string;
  /** The element around each item's URL, in item order. */
  nodes: (root: ShadowRoot) => readonly (Element | null | undefined)[];
  linkPart: string;
  refusedPart: string;
}

export interface XssTarget {
  name: string;
  tag: string;
  attributes: Record<string, string>;
  /** How many payloads one render takes as items. */
  batch: number;
  /** Content holding `root` in every root-level field and one item (plus one bad item) per entry of `items`. */
  build(root: string, items: readonly string[]): unknown;
  validate(content: unknown): { errors: ContentError[] };
  /** Opens everything that opens (accordion panels, reveals, evidence). */
  open(el: HTMLElement, items: readonly string[]): Promise<void>;
  /** Optional extra interaction after the checks (sorting), re-audited structurally. */
  shuffle?(el: HTMLElement, items: readonly string[]): Promise<void>;
  fields: FieldCheck[];
  urls: UrlCheck[];
}

const all = (selector: string) => (root: ShadowRoot) => Array.from(root.querySelectorAll(selector));
const inEach = (selector: string, map: (el: Element, index: number) => Element | null | undefined) => (root: ShadowRoot) =>
  Array.from(root.querySelectorAll(selector), map);
const update = (el: HTMLElement) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

/** A payload as an id when it is a valid one (short, no white space or #), else a made-up id. */
const idFor = (payload: string, index: number): string => (/^[^\s#]{1,200}$/u.test(payload) ? payload : `item-${index}`);

const faq: XssTarget = {
  name: 'faq-accordion',
  tag: 'faq-accordion',
  attributes: { 'copy-links': '' },
  batch: 1000,
  build: (root, items) => ({
    title: root,
    intro: root,
    items: items.flatMap((p, i) => [
      { id: idFor(p, i), question: p, answer: p, open: i % 2 === 0 },
      // Dropped: the duplicate id is quoted in the error message.
      { id: idFor(p, i), question: p, answer: p },
    ]),
  }),
  validate: validateFaqContent,
  open: async (el) => {
    (el as FaqAccordion).expandAll();
    await update(el);
  },
  fields: [
    { field: 'title', kind: 'plain', scope: 'root', nodes: all('[part~="title"]') },
    { field: 'intro', kind: 'rich', scope: 'root', nodes: all('[part~="intro"]') },
    { field: 'items[].question', kind: 'plain', scope: 'item', nodes: all('[part~="question-text"]') },
    { field: 'items[].question (copy-link label)', kind: 'plain', scope: 'item', nodes: all('[part~="copy-link"]') },
    { field: 'items[].answer', kind: 'rich', scope: 'item', nodes: all('[part~="answer-body"]') },
  ],
  urls: [],
};

const table: XssTarget = {
  name: 'cooperation-table',
  tag: 'cooperation-table',
  attributes: { sortable: '', filterable: '', downloadable: '', 'sticky-row-header': '' },
  batch: 20,
  build: (root, items) => ({
    title: root,
    caption: root,
    columns: [
      { key: 'area', label: 'Area', rowHeader: true },
      ...items.map((p) => ({ key: p, label: p, sortable: true, type: 'text' })),
      // Dropped: the duplicate key is quoted in the error message.
      ...items.map((p) => ({ key: p, label: 'duplicate' })),
    ],
    rows: [
      ...items.map((p) => ({ area: p, [p]: p })),
      // Dropped: the bad cell's path holds the payload (`rows[3].<payload>`).
      ...items.map((p) => ({ area: 'bad row', [p]: 42 })),
    ],
    notes: [...items],
  }),
  validate: validateCooperationTableContent,
  open: async (el, items) => {
    el.setAttribute('highlight', items[0]!);
    await update(el);
  },
  shuffle: async (el, items) => {
    const table = el as CooperationTable;
    table.sortBy(items[0]!, 'desc');
    table.query = items[0]!.slice(0, 5);
    await update(el);
    table.downloadName = items[0]!;
    table.addEventListener('explainer-download', (e) => e.preventDefault(), { once: true });
    table.downloadCSV();
    await update(el);
    table.query = '';
    table.sortBy(null);
    await update(el);
  },
  fields: [
    { field: 'title', kind: 'plain', scope: 'root', nodes: all('[part~="title"]') },
    { field: 'caption', kind: 'plain', scope: 'root', nodes: all('[part~="caption"]') },
    { field: 'columns[].label', kind: 'plain', scope: 'item', nodes: (root) => Array.from(root.querySelectorAll('[part~="header-cell"]')).slice(1) },
    { field: 'rows[].<row header>', kind: 'rich', scope: 'item', nodes: all('[part~="row-header"]') },
    {
      field: 'rows[].<payload key>',
      kind: 'rich',
      scope: 'item',
      nodes: inEach('[part~="row"]', (row, i) => row.children[i + 1]),
      exclude: '.stacked-label',
    },
    { field: 'notes[]', kind: 'rich', scope: 'all', nodes: all('[part~="notes"]') },
  ],
  urls: [],
};

const cards: XssTarget = {
  name: 'misconception-card',
  tag: 'misconception-card',
  attributes: { reveal: '' },
  batch: 1000,
  build: (root, items) => ({
    title: root,
    intro: root,
    items: items.flatMap((p, i) => [
      {
        id: idFor(p, i),
        misconception: p,
        reality: p,
        verdict: 'misleading',
        reviewed: '2026-05-01',
        sources: [
          { label: p, url: p },
          { label: p, url: 'https://example.com/source' },
        ],
      },
      // Dropped: the bad verdict and date are quoted in the error messages.
      { misconception: p, reality: p, verdict: p, reviewed: p },
    ]),
  }),
  validate: validateMisconceptionContent,
  open: async (el) => {
    (el as MisconceptionCard).revealAll();
    await update(el);
  },
  fields: [
    { field: 'title', kind: 'plain', scope: 'root', nodes: all('[part~="title"]') },
    { field: 'intro', kind: 'rich', scope: 'root', nodes: all('[part~="intro"]') },
    { field: 'items[].misconception', kind: 'plain', scope: 'item', nodes: all('[part~="misconception-text"]') },
    { field: 'items[].reality', kind: 'rich', scope: 'item', nodes: all('[part~="reality-body"]') },
    { field: 'items[].sources[].label', kind: 'plain', scope: 'item', nodes: inEach('[part~="sources"]', (ul) => ul.lastElementChild) },
  ],
  urls: [
    {
      field: 'items[].sources[].url',
      nodes: inEach('[part~="sources"]', (ul) => ul.firstElementChild),
      linkPart: 'source-link',
      refusedPart: 'source-text',
    },
  ],
};

/** A single card at the root (the other content shape of `<misconception-card>`). */
const singleCard: XssTarget = {
  ...cards,
  name: 'misconception-card (single card)',
  attributes: { order: 'fact-first' },
  batch: 1,
  build: (root) => ({ id: idFor(root, 0), misconception: root, reality: root, verdict: 'unproven', reviewed: '2026-05-01', sources: [{ label: root, url: root }, { label: root, url: '/ok' }] }),
  open: async () => {},
  fields: cards.fields.filter((f) => f.scope !== 'root').map((f) => ({ ...f, scope: 'root' as const })),
  urls: cards.urls,
};

const tracker: XssTarget = {
  name: 'indicator-tracker',
  tag: 'indicator-tracker',
  attributes: { filterable: '', now: '2026-06-01' },
  batch: 1000,
  build: (root, items) => ({
    title: root,
    intro: root,
    statuses: Object.fromEntries([...items.map((p): [string, unknown] => [p, { label: p, tone: 'info' }]), ['ok', { label: 'OK', tone: 'positive' }]]),
    indicators: items.flatMap((p, i) => [
      {
        id: idFor(p, i),
        label: p,
        description: p,
        status: p,
        trend: { direction: 'up', better: 'down' },
        progress: { value: 3, max: 10, label: p },
        updated: '2026-01-01',
        nextReview: '2026-03-01',
        evidence: [
          { date: '2026-02-01', text: p, url: p },
          { date: '2026-01-01', text: 'older', url: 'https://example.com/older' },
        ],
      },
      // Dropped: the bad trend direction and date are quoted in the error messages.
      { label: p, description: p, trend: { direction: p }, updated: p },
    ]),
  }),
  validate: validateTrackerContent,
  open: async (el) => {
    // Each toggle re-renders the whole list: open two (the evidence is in the DOM, open or not).
    for (const details of Array.from(el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details')).slice(0, 2)) details.open = true;
    await new Promise((r) => setTimeout(r, 0));
    await update(el);
  },
  shuffle: async (el, items) => {
    el.setAttribute('filter', items[0]!);
    await update(el);
  },
  fields: [
    { field: 'title', kind: 'plain', scope: 'root', nodes: all('[part~="title"]') },
    { field: 'intro', kind: 'rich', scope: 'root', nodes: all('[part~="intro"]') },
    { field: 'indicators[].label', kind: 'plain', scope: 'item', nodes: all('[part~="indicator-heading"]') },
    { field: 'statuses.<key>.label', kind: 'plain', scope: 'item', nodes: all('[part~="status-label"]') },
    { field: 'indicators[].description', kind: 'rich', scope: 'item', nodes: all('[part~="description"]') },
    { field: 'indicators[].progress.label', kind: 'plain', scope: 'item', nodes: all('[part~="progress-label"]') },
    { field: 'indicators[].evidence[].text', kind: 'rich', scope: 'item', nodes: inEach('[part~="evidence-list"]', (ol) => ol.querySelector('[part~="evidence-text"]')) },
    { field: 'statuses (summary)', kind: 'plain', scope: 'root', nodes: all('[part~="summary"]') },
    { field: 'statuses (filter options)', kind: 'plain', scope: 'root', nodes: all('[part~="filter-select"]') },
  ],
  urls: [
    {
      field: 'indicators[].evidence[].url',
      nodes: inEach('[part~="evidence-list"]', (ol) => ol.querySelector('[part~="evidence-item"]')),
      linkPart: 'evidence-link',
      refusedPart: 'evidence-url',
    },
  ],
};

export const XSS_TARGETS: readonly XssTarget[] = [faq, table, cards, singleCard, tracker];
