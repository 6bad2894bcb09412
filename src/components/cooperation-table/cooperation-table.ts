import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { heading } from '../../internal/heading.js';
import { emit } from '../../internal/events.js';
import { renderRichText } from '../../internal/rich-text/index.js';
import { validateCooperationTableContent, type CooperationTableContent } from './cooperation-table.content.js';
import type { ExplainerDownloadDetail, ExplainerSortDetail, TableFilterDetail } from './cooperation-table.events.js';
import { tableLabels } from './cooperation-table.labels.js';
import { tableStyles } from './cooperation-table.styles.js';
import { TableModel } from './cooperation-table.model.js';
import { parseSortAttribute, type SortDirection, type SortState } from './cooperation-table.sort.js';
import { csvFileName, toCsv, withCsvExtension } from './cooperation-table.csv.js';
import { bodyRow, headerCell, type ColumnView } from './cooperation-table.templates.js';

/**
 * A comparison table: rows of areas, columns of what each side brings. A real `<table>` with a caption, scoped
 * column and row headers, optional sorting, filtering and CSV download; below 36rem of its own width the rows
 * become labelled cards. One element renders the whole table, from 3 rows to 10,000.
 *
 * Content (`data`, an inline `<script type="application/json">`, or `src`): `{ title?, caption?, columns: [{ key,
 * label, rowHeader?, sortable?, align?, type? }], rows: [{ [key]: string }], notes? }`. Cells and notes (a string
 * or a list of strings) take the rich-text subset (as HTML with a root `format: "html"`); `type` (`text`, `number`, `date`) drives sorting.
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
 * @csspart stacked-label - The column label inside each data cell, shown in the stacked layout only. Cells carry it
 *   once the rows have been cards (or are about to be printed), and always in server-rendered markup.
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

  static override styles = [baseStyles, tableStyles];
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

  #model: TableModel | null = null;
  #columns: ColumnView[] = [];
  #shown: readonly number[] = [];
  /** The locale the column views were made for (number cells are formatted in it). */
  #rowLocale = '';
  #freshContent = false;
  #announceFilter = false;
  #viewInputs: unknown[] = [];
  /** Events to fire once the update they describe has rendered. */
  #pending: [name: string, detail: unknown][] = [];
  #isStacked = false;
  /**
   * Whether data cells carry their column's label. A table that has never been stacked renders none (a third of its
   * nodes, and of its style work); the first time its rows become cards, or before printing, it renders them and
   * keeps them (hidden by CSS in the table layout). A server cannot know the reader's width: its markup has them.
   */
  #labelled = isServer;
  #internals: ElementInternals | undefined;
  #observer: ResizeObserver | undefined;
  #observed: Element | null = null;

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

  /** Whether the rows are shown as cards right now (also the custom state `:state(stacked)`). */
  get stacked(): boolean {
    return this.#isStacked;
  }

  /** The current order: `{ column, direction }`, or null for the original order. */
  get sortedBy(): { column: string; direction: SortDirection } | null {
    return this.sortState && { column: this.sortState.key, direction: this.sortState.direction };
  }

  /** How many rows are shown (after filtering). */
  get shownRowCount(): number {
    return this.#shown.length;
  }

  /**
   * Sorts by the column `column` (its key) in `direction` (default ascending), or restores the original order
   * with null. Fires `explainer-sort`. Returns false when there is no such column.
   */
  sortBy(column: string | null, direction: SortDirection = 'asc'): boolean {
    const view = this.#columns.find((c) => c.key === column);
    if (column !== null && !view) return false;
    this.sortState = view ? { key: view.key, direction } : null;
    this.announcement = view
      ? this.label('table.sorted', { column: view.label, direction: this.#directionLabel(direction) })
      : this.label('table.unsorted');
    const detail: ExplainerSortDetail = view
      ? { id: view.key, index: view.index, label: view.label, column: view.key, direction }
      : { id: '', index: -1, label: '', column: '', direction: 'none' };
    this.#pending.push(['explainer-sort', detail]);
    return true;
  }

  /** The rows as shown (sorted and filtered) as CSV text (RFC 4180, formula-injection safe), with a header record. */
  toCSV(): string {
    const model = this.content ? this.#model : null;
    return model
      ? toCsv(
          model.columns.map((c) => c.label),
          this.#shown.map((i) => model.plain[i]!),
        )
      : '';
  }

  /** Downloads `toCSV()` as a file, unless an `explainer-download` listener cancels it. */
  downloadCSV(): void {
    const content = this.content;
    if (!content) return;
    const filename = this.downloadName ? withCsvExtension(this.downloadName) : csvFileName(content.title || content.caption);
    if (!emit<ExplainerDownloadDetail>(this, 'explainer-download', { rows: this.#shown.length, filename }, true)) return;
    // A byte order mark, so spreadsheet programs read the file as UTF-8.
    const url = URL.createObjectURL(new Blob(['\ufeff', this.toCSV()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
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
    this.#model = new TableModel(content);
    this.#freshContent = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Server-rendered rows hold labels: hydrate them as they are. A forced stacked layout needs them at once.
    if (!this.#labelled && (this.layout === 'stacked' || this.hydrating)) this.#labelled = true;
    const model = this.content ? this.#model : null;
    if (!model) return;
    const { locale } = this;
    if (this.#freshContent || locale !== this.#rowLocale || (['sortable', 'highlight', 'stickyRowHeader'] as const).some((name) => changed.has(name))) {
      this.#rowLocale = locale;
      const sticky = this.stickyRowHeader ? Math.max(0, model.columns.findIndex((c) => c.rowHeader)) : -1;
      this.#columns = model.columns.map((column, index) => {
        // Numbers at the end, as spreadsheets align them: a number column, or one of only numbers with no type.
        const align = column.align ?? ((column.type ?? (model.numeric[index] && 'number')) === 'number' ? 'end' : 'start');
        const hl = this.highlight === column.key ? ' highlight' : '';
        const cls = [align === 'start' ? '' : `align-${align}`, index === sticky ? 'sticky' : '', hl.trim()].filter(Boolean).join(' ');
        return { ...column, index, sortable: column.sortable ?? this.sortable, hl, cls, plain: !cls };
      });
    }
    if (this.#freshContent || changed.has('sort')) {
      const initial = parseSortAttribute(this.sort);
      this.sortState = initial && this.#columns.some((c) => c.key === initial.key) ? initial : null;
    }
    this.#freshContent = false;
    const query = this.filterable ? this.query : '';
    const inputs = [model, this.sortState?.key, this.sortState?.direction, query, locale];
    if (inputs.some((value, i) => value !== this.#viewInputs[i])) {
      this.#viewInputs = inputs;
      this.#shown = model.view(this.sortState, query, locale);
    }
    if (this.#announceFilter) {
      this.#announceFilter = false;
      const detail: TableFilterDetail = { query: this.query, count: this.#shown.length, total: model.plain.length };
      this.announcement = this.label('table.filterCount', { count: detail.count, total: detail.total });
      this.#pending.push(['explainer-filter', detail]);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.renderRoot.querySelector('.layout') !== this.#observed) this.#watch();
    if (changed.has('layout')) this.#checkStacked();
    for (const [name, detail] of this.#pending.splice(0)) this.emit(name, detail);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#addLabels);
    // Moved in the page: watch again (a first connection watches once it has rendered).
    if (this.hasUpdated) this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#addLabels);
    this.#observer?.disconnect();
    this.#observed = null;
  }

  /**
   * Gives the data cells their labels, for a layout that may show cards: the rows just became cards, or the page is
   * about to print (where the table may be narrower). Renders before the next paint (or the print).
   */
  readonly #addLabels = (): void => {
    if (this.#labelled) return;
    this.#labelled = true;
    this.requestUpdate();
  };

  /**
   * Watches the layout (its width decides stacking), the scroller and the table (their sizes decide the shadows).
   * Measures only in the observer's callback (after layout) and on scroll: it never forces a layout.
   */
  #watch(): void {
    this.#observer?.disconnect();
    const layout = (this.#observed = this.renderRoot.querySelector('.layout'));
    if (!layout || !this.isConnected) return;
    this.#observer ??= new ResizeObserver(() => {
      const stacked = this.#isStacked;
      this.#measureShadows();
      this.#checkStacked();
      if (stacked === this.#isStacked) return;
      // The rows just became cards or rows again: the cards' labels (the first time) and the portal's styles for the
      // `stacked` state apply before the paint and change these sizes again. Watched again from the next frame, so
      // this frame's observation ends with no size change left unreported (the browser reports that as an error).
      this.#observer!.disconnect();
      requestAnimationFrame(() => this.#watch());
    });
    for (const el of [layout, ...layout.querySelectorAll('.scroller, table')]) this.#observer.observe(el);
  }

  /**
   * Marks the scroller's parent with `data-scroll-start` / `data-scroll-end` while there is more to see on that
   * side, so CSS can show scroll shadows. Logical: in right-to-left text `scrollLeft` runs from 0 to negative values.
   */
  readonly #measureShadows = (): void => {
    const scroller = this.renderRoot.querySelector('.scroller');
    const frame = scroller?.parentElement;
    if (!scroller || !frame) return;
    const scrolled = Math.abs(scroller.scrollLeft);
    frame.toggleAttribute('data-scroll-start', scrolled > 1);
    frame.toggleAttribute('data-scroll-end', scroller.scrollWidth - scroller.clientWidth - scrolled > 1);
  };

  /**
   * Reads whether the table is shown stacked (as the CSS container query decided) and exposes it as the custom
   * state `stacked`, so a portal can style the cards: `cooperation-table:state(stacked)::part(row) { ... }`.
   */
  #checkStacked(): void {
    const table = this.renderRoot.querySelector('table');
    if (!table) return;
    this.#isStacked = getComputedStyle(table).display === 'block';
    if (this.#isStacked) this.#addLabels();
    try {
      // Attached on first use, in the browser only (never during server rendering).
      const states = (this.#internals ??= this.attachInternals()).states;
      if (this.#isStacked) states.add('stacked');
      else states.delete('stacked');
    } catch {
      // No ElementInternals or custom states here: the `stacked` property still tells.
    }
  }

  #directionLabel(direction: SortDirection): string {
    return this.label(direction === 'asc' ? 'table.ascending' : 'table.descending');
  }

  readonly #onHeadClick = (event: MouseEvent): void => {
    const key = (event.target as Element).closest<HTMLElement>('.sort-button')?.dataset.key;
    const current = this.sortState;
    if (key !== undefined) this.sortBy(key, current?.key === key && current.direction === 'asc' ? 'desc' : 'asc');
  };

  readonly #onSortSelect = (event: Event): void => {
    const next = parseSortAttribute((event.target as HTMLSelectElement).value);
    this.sortBy(next?.key ?? null, next?.direction);
  };

  readonly #onDownload = (): void => this.downloadCSV();

  readonly #onFilterInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.#announceFilter = true;
  };

  /**
   * The toolbar above the table: the filter box, the sort control (shown in the stacked layout, where the header
   * buttons are not) and the download button. Nothing when none of them applies.
   */
  #renderToolbar(name: string): unknown {
    const id = this.idPrefix;
    const sortable = this.#columns.filter((c) => c.sortable);
    if (!this.filterable && !this.downloadable && !sortable.length) return nothing;
    // `selected` attributes choose the option on first render (no options exist yet when `.value` is set then);
    // `.value` keeps the control in step afterwards, also once the user has picked an option.
    const current = this.sortState ? `${this.sortState.key}:${this.sortState.direction}` : '';
    const option = (value: string, text: string) => html`<option value=${value} ?selected=${value === current}>${text}</option>`;
    return html`<div part="toolbar" class="toolbar">
      ${this.filterable
        ? html`<div part="filter" class="filter">
            <label for="${id}-filter">${this.label('table.filter')}</label>
            <input type="search" part="filter-input" id="${id}-filter" aria-controls="${id}-table" autocomplete="off"
              .value=${live(this.query)} @input=${this.#onFilterInput} />
          </div>`
        : nothing}
      ${sortable.length
        ? html`<div part="sort-control" class="sort-control">
            <label for="${id}-sort">${this.label('table.sortBy')}</label>
            <select id="${id}-sort" .value=${live(current)} @change=${this.#onSortSelect}>
              ${option('', this.label('table.originalOrder'))}
              ${sortable.map((c) =>
                (['asc', 'desc'] as const).map((d) =>
                  option(`${c.key}:${d}`, this.label('table.sortOption', { column: c.label, direction: this.#directionLabel(d) })),
                ),
              )}
            </select>
          </div>`
        : nothing}
      ${this.downloadable
        ? html`<button type="button" part="download" class="download" aria-label=${this.label('table.download', { name })} @click=${this.#onDownload}>
            ${this.labelParts('table.download', { name })}
          </button>`
        : nothing}
    </div>`;
  }

  protected override renderContent(content: CooperationTableContent): unknown {
    const model = this.#model!;
    const id = this.idPrefix;
    const caption = content.caption || content.title || this.label('table.untitled');
    const notes = content.notes === undefined ? [] : ([] as string[]).concat(content.notes);
    const query = this.filterable ? this.query.trim() : '';
    return html`
      ${content.title ? heading(this.titleLevel, 'title', content.title) : nothing}
      <div class="layout layout-${this.layout}">
        ${this.#renderToolbar(caption)}
        <div class="frame">
          <div part="scroller" class="scroller" role="region" aria-labelledby="${id}-caption" tabindex="0" @scroll=${this.#measureShadows}>
            <table part="table" role="table" id="${id}-table" aria-describedby=${notes.length ? `${id}-notes` : nothing}>
              <caption part="caption" id="${id}-caption" class=${content.caption ? '' : 'visually-hidden'}>${caption}</caption>
              <thead part="head" role="rowgroup" @click=${this.#onHeadClick}>
                <tr part="header-row" role="row">${this.#columns.map((c) => headerCell(c, this.sortState?.key === c.key ? this.sortState.direction : undefined))}</tr>
              </thead>
              <tbody part="body" role="rowgroup">${
                // No per-row cache: a row's template is a few small objects, made again on each render (the cells'
                // values are the model's own strings and templates, so Lit updates only what moved).
                this.#shown.map((i) => bodyRow(this.#columns, model.cells(i, this.#rowLocale), this.#labelled))
              }</tbody>
            </table>
          </div>
        </div>
        ${query && !this.#shown.length ? html`<p part="no-results" class="no-results">${this.label('table.noResults', { query })}</p>` : nothing}
      </div>
      ${notes.length ? html`<div part="notes" class="notes" id="${id}-notes">${notes.map((note) => renderRichText(note, content.format))}</div>` : nothing}
      <div class="live visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}
