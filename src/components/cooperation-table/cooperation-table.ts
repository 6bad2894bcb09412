import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { heading } from '../../internal/heading.js';
import { emit } from '../../internal/events.js';
import { renderRichText } from '../../internal/rich-text/index.js';
import { validateCooperationTableContent, type CooperationTableContent } from './cooperation-table.content.js';
import type { ExplainerDownloadDetail, TableFilterDetail, ExplainerSortDetail } from './cooperation-table.events.js';
import { tableLabels } from './cooperation-table.labels.js';
import { tableStyles } from './cooperation-table.styles.js';
import { stackedStyles } from './cooperation-table.stacked.styles.js';
import { TableModel } from './cooperation-table.model.js';
import { parseSortAttribute, type SortDirection, type SortState } from './cooperation-table.sort.js';
import { csvFileName, toCsv, withCsvExtension } from './cooperation-table.csv.js';
import { bodyRow, columnViews, headerCell, type ColumnView } from './cooperation-table.templates.js';
import { toolbar } from './cooperation-table.toolbar.js';
import { ScrollShadows } from './scroll-shadows.js';
import { StackedState } from './stacked-state.js';

/**
 * A comparison table: rows of areas, columns of what each side brings. A real `<table>` with a caption, scoped
 * column and row headers, optional sorting, filtering and CSV download; below 36rem of its own width the rows
 * become labelled cards. One element renders the whole table, from 3 rows to 10,000.
 *
 * Content (`data`, an inline `<script type="application/json">`, or `src`): `{ title?, caption?, columns: [{ key,
 * label, rowHeader?, sortable?, align?, type? }], rows: [{ [key]: string }], notes? }`. Cells and notes (a string
 * or a list of strings) take the rich-text subset; `type` (`text`, `number`, `date`) drives sorting.
 *
 * @summary An accessible, sortable, responsive comparison table from JSON.
 * @tagname cooperation-table
 *
 * @fires explainer-load - Content has rendered. `detail: { count, source }` (count: rows).
 * @fires explainer-error - Content or `src` had problems. `detail: { errors: [{ path, message }], kind, fatal }`.
 * @fires explainer-sort - The user (or `sortBy()`) sorted the rows. `detail: { id, index, label, column, direction }`.
 * @fires explainer-filter - The user typed in the filter box. `detail: { query, count, total }`.
 * @fires explainer-download - Before the CSV download; cancel it to stop the download. `detail: { rows, filename }`.
 *
 * @csspart title - The heading above the table.
 * @csspart toolbar - The row holding the filter, the stacked sort control and the download button.
 * @csspart filter - The filter box (label and input).
 * @csspart filter-input - The filter's search input.
 * @csspart sort-control - The "Sort by" control shown in the stacked layout.
 * @csspart download - The "Download CSV" button.
 * @csspart scroller - The horizontally scrollable, focusable region around the table.
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart head - The `<thead>`.
 * @csspart header-row - The row of column headers.
 * @csspart header-cell - A column header (`<th scope="col">`).
 * @csspart sort-button - The button in a sortable column's header.
 * @csspart sort-icon - The sort direction icon (decorative, hidden from assistive technology).
 * @csspart body - The `<tbody>`.
 * @csspart row - A body row; a card in the stacked layout (style cards alone with `:state(stacked)::part(row)`).
 * @csspart row-header - A row header cell (`<th scope="row">`).
 * @csspart cell - A data cell.
 * @csspart stacked-label - The column label inside each data cell, shown in the stacked layout only.
 * @csspart highlight - Added to the header and cells of the `highlight` column.
 * @csspart no-results - The message shown when the filter matches no row.
 * @csspart notes - The notes below the table.
 * @csspart link - Links inside cells and notes.
 * @csspart loading - The loading state.
 * @csspart error - The error state and error notices.
 *
 * @cssstate stacked - The rows are shown as cards (below 36rem of the component's width, or `layout="stacked"`).
 *
 * @cssproperty --explainer-table-border - Rule between rows. Default: `var(--explainer-border-width) solid var(--explainer-border-color)`.
 * @cssproperty --explainer-table-header-border - Rule under the header row. Default: 1px solid currentColor.
 * @cssproperty --explainer-table-cell-padding - Padding of cells.
 * @cssproperty --explainer-table-header-background - Background of column headers. Default: currentColor at 6%.
 * @cssproperty --explainer-table-header-color - Text colour of column headers.
 * @cssproperty --explainer-table-header-font-weight - Weight of column and row headers. Default: 600.
 * @cssproperty --explainer-table-stripe-background - Background of even rows. Default: transparent.
 * @cssproperty --explainer-table-highlight-background - Background of the highlighted column.
 * @cssproperty --explainer-table-highlight-border - Side rules of the highlighted column. Default: 2px solid the accent colour.
 * @cssproperty --explainer-table-column-min-width - Narrowest a column gets before the table scrolls. Default: 7rem.
 * @cssproperty --explainer-table-sticky-background - Opaque background of the sticky column. Default: Canvas.
 * @cssproperty --explainer-table-shadow-color - Colour of the scroll shadows.
 * @cssproperty --explainer-table-caption-align - Caption alignment. Default: start.
 * @cssproperty --explainer-table-card-background - Background of stacked cards.
 * @cssproperty --explainer-table-card-border - Border of stacked cards.
 * @cssproperty --explainer-table-card-radius - Corner radius of stacked cards.
 * @cssproperty --explainer-table-card-gap - Space between stacked cards.
 * @cssproperty --explainer-table-label-color - Colour of the column labels in stacked cards.
 */
export class CooperationTable extends ExplainerElement<CooperationTableContent> {
  static override properties: PropertyDeclarations = {
    sortable: { type: Boolean, reflect: true },
    sort: { reflect: true },
    highlight: { reflect: true },
    filterable: { type: Boolean, reflect: true },
    query: {},
    downloadable: { type: Boolean, reflect: true },
    downloadName: { attribute: 'download-name' },
    layout: { reflect: true },
    stickyRowHeader: { type: Boolean, reflect: true, attribute: 'sticky-row-header' },
    sortState: { state: true },
    announcement: { state: true },
  };

  static override styles = [baseStyles, tableStyles, stackedStyles];
  protected static override labelCatalog = tableLabels;

  /** Makes every column sortable (a column's `sortable: false` still opts out). */
  declare sortable: boolean;

  /** The initial order, `key`, `key:asc` or `key:desc`. Applied again when content or this value changes. */
  declare sort: string | undefined;

  /** Key of a column to emphasise. */
  declare highlight: string | undefined;

  /** Shows a search box that filters the rows. */
  declare filterable: boolean;

  /** The filter text (with `filterable`). */
  declare query: string;

  /** Shows a "Download CSV" button exporting the rows as shown. */
  declare downloadable: boolean;

  /** File name of the CSV download. Default: from the title, e.g. `key-pillars-of-cooperation.csv`. */
  declare downloadName: string | undefined;

  /** `auto` (cards below 36rem of the component's width), `table` or `stacked`. */
  declare layout: 'auto' | 'table' | 'stacked';

  /** Keeps the row-header column (else the first column) in view while the table scrolls sideways. */
  declare stickyRowHeader: boolean;

  private declare sortState: SortState | null;

  private declare announcement: string;

  private model: TableModel | null = null;
  private columns: ColumnView[] = [];
  private shown: readonly number[] = [];
  private rowCache: unknown[] = [];
  private freshContent = false;
  private announceFilter = false;
  private viewInputs: unknown[] = [];
  private pending: { name: string; detail: unknown }[] = [];
  /** Shows scroll shadows while the table overflows its region. */
  protected readonly scrollShadows = new ScrollShadows(this, () => this.renderRoot.querySelector<HTMLElement>('.scroller'));
  private readonly stackedState = new StackedState(this, () => {
    const container = this.renderRoot.querySelector('.layout');
    const table = container?.querySelector('table');
    return container && table ? { container, table } : null;
  });

  /** Whether the rows are shown as cards right now (also the custom state `:state(stacked)`). */
  get stacked(): boolean {
    return this.stackedState.stacked;
  }

  /** The current order: `{ column, direction }`, or null for the original order. */
  get sortedBy(): { column: string; direction: SortDirection } | null {
    return this.sortState ? { column: this.sortState.key, direction: this.sortState.direction } : null;
  }

  /** How many rows are shown (after filtering). */
  get shownRowCount(): number {
    return this.shown.length;
  }

  /**
   * Sorts by the column `column` (its key) in `direction` (default ascending), or restores the original order
   * with null. Fires `explainer-sort`. Returns false when there is no such column.
   */
  constructor() {
    super();
    this.sortable = false;
    this.filterable = false;
    this.query = '';
    this.downloadable = false;
    this.layout = 'auto';
    this.stickyRowHeader = false;
    this.sortState = null;
    this.announcement = '';
  }

  sortBy(column: string | null, direction: SortDirection = 'asc'): boolean {
    if (column !== null && !this.columns.some((c) => c.key === column)) return false;
    this.applySort(column === null ? null : { key: column, direction });
    return true;
  }

  /** The rows as shown (sorted and filtered) as CSV text (RFC 4180, formula-injection safe), with a header record. */
  toCSV(): string {
    const model = this.content ? this.model : null;
    if (!model) return '';
    return toCsv(
      model.columns.map((c) => c.label),
      this.shown.map((i) => model.plain[i]!),
    );
  }

  /** Downloads `toCSV()` as a file, unless an `explainer-download` listener cancels it. */
  downloadCSV(): void {
    const content = this.content;
    if (!content) return;
    const filename = this.downloadName ? withCsvExtension(this.downloadName) : csvFileName(content.title || content.caption);
    const detail: ExplainerDownloadDetail = { rows: this.shown.length, filename };
    if (!emit(this, 'explainer-download', detail, true)) return;
    // A byte order mark, so spreadsheet programs read the file as UTF-8.
    const url = URL.createObjectURL(new Blob(['\ufeff', this.toCSV()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  protected override validateContent(raw: unknown) {
    return validateCooperationTableContent(raw);
  }

  protected override countItems(content: CooperationTableContent): number {
    return content.rows.length;
  }

  protected override contentChanged(content: CooperationTableContent): void {
    this.model = new TableModel(content);
    this.freshContent = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.content ? this.model : null;
    if (!model) return;
    if (this.freshContent || changed.has('sortable') || changed.has('highlight') || changed.has('stickyRowHeader')) {
      this.columns = columnViews(model.columns, { sortable: this.sortable, highlight: this.highlight, sticky: this.stickyRowHeader });
      this.rowCache = [];
    }
    if (this.freshContent || changed.has('sort')) {
      const initial = parseSortAttribute(this.sort);
      this.sortState = initial && model.columnIndex(initial.key) >= 0 ? initial : null;
    }
    this.freshContent = false;
    const query = this.filterable ? this.query : '';
    const inputs = [model, this.sortState?.key, this.sortState?.direction, query, this.locale];
    if (inputs.some((value, i) => value !== this.viewInputs[i])) {
      this.viewInputs = inputs;
      this.shown = model.view(this.sortState, query, this.locale);
    }
    if (this.announceFilter) {
      this.announceFilter = false;
      const detail: TableFilterDetail = { query: this.query, count: this.shown.length, total: model.rowCount };
      this.announcement = this.label('table.filterCount', { count: detail.count, total: detail.total });
      this.pending.push({ name: 'explainer-filter', detail });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('layout')) this.stackedState.check();
    const pending = this.pending;
    this.pending = [];
    for (const { name, detail } of pending) this.emit(name, detail);
  }

  private applySort(next: SortState | null): void {
    this.sortState = next;
    const column = next ? this.columns.find((c) => c.key === next.key) : undefined;
    const detail: ExplainerSortDetail = column
      ? { id: column.key, index: column.index, label: column.label, column: column.key, direction: next!.direction }
      : { id: '', index: -1, label: '', column: '', direction: 'none' };
    this.announcement = column
      ? this.label('table.sorted', { column: column.label, direction: this.label(next!.direction === 'asc' ? 'table.ascending' : 'table.descending') })
      : this.label('table.unsorted');
    this.pending.push({ name: 'explainer-sort', detail });
  }

  private readonly onHeadClick = (event: MouseEvent): void => {
    const key = (event.target as Element).closest<HTMLElement>('.sort-button')?.dataset.key;
    if (key === undefined) return;
    const current = this.sortState;
    this.applySort({ key, direction: current?.key === key && current.direction === 'asc' ? 'desc' : 'asc' });
  };

  private readonly onSortSelect = (event: Event): void => {
    this.applySort(parseSortAttribute((event.target as HTMLSelectElement).value));
  };

  private readonly onDownload = (): void => this.downloadCSV();

  private readonly onFilterInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.announceFilter = true;
  };

  private captionText(): string {
    const content = this.content;
    return content?.caption || content?.title || this.label('table.untitled');
  }

  protected override renderContent(content: CooperationTableContent): unknown {
    const model = this.model!;
    const id = this.idPrefix;
    const columns = this.columns;
    const cache = this.rowCache;
    const notes = content.notes === undefined ? [] : ([] as string[]).concat(content.notes);
    const captionShown = Boolean(content.caption);
    const filtered = this.filterable && this.query.trim() !== '';
    return html`
      ${content.title ? heading(this.titleLevel, 'title', content.title) : nothing}
      <div class=${`layout layout-${this.layout}`}>
        ${toolbar({
          id,
          columns,
          sort: this.sortState,
          filterable: this.filterable,
          downloadable: this.downloadable,
          query: this.query,
          name: this.captionText(),
          label: (key, vars) => this.label(key, vars),
          onFilterInput: this.onFilterInput,
          onSortSelect: this.onSortSelect,
          onDownload: this.onDownload,
        })}
        <div class="frame">
          <div part="scroller" class="scroller" role="region" aria-labelledby=${`${id}-caption`} tabindex="0">
            <table part="table" role="table" id=${`${id}-table`} aria-describedby=${notes.length > 0 ? `${id}-notes` : nothing}>
              <caption part="caption" id=${`${id}-caption`} class=${captionShown ? '' : 'visually-hidden'}>${this.captionText()}</caption>
              <thead part="head" class="head" role="rowgroup" @click=${this.onHeadClick}>
                <tr part="header-row" role="row">${columns.map((c) => headerCell(c, this.sortState))}</tr>
              </thead>
              <tbody part="body" class="body" role="rowgroup">${this.shown.map((i) => (cache[i] ??= bodyRow(columns, model.display[i]!)))}</tbody>
            </table>
          </div>
        </div>
        ${filtered && this.shown.length === 0 ? html`<p part="no-results" class="no-results">${this.label('table.noResults', { query: this.query.trim() })}</p>` : nothing}
      </div>
      ${notes.length > 0 ? html`<div part="notes" class="notes" id=${`${id}-notes`}>${notes.map((note) => renderRichText(note))}</div>` : nothing}
      <div class="live visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}
