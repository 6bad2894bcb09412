import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { ExplainerElement } from '../../internal/explainer-element.js';
import type { ExplainerToggleDetail } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import { formatList } from '../../internal/intl.js';
import { readRichText, renderRichText, type RichBlock } from '../../internal/rich-text/index.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { validateTrackerContent, type TrackerContent } from './indicator-tracker.content.js';
import type { TrackerFilterDetail } from './indicator-tracker.events.js';
import { trackerLabels } from './indicator-tracker.labels.js';
import { DEFAULT_STATUS_KEYS, DEFAULT_STATUS_TONES } from './indicator-tracker.statuses.js';
import { trackerStyles } from './indicator-tracker.styles.js';
import { parseNow } from './tracker-dates.js';
import {
  renderDates,
  renderEvidence,
  renderProgress,
  renderStatus,
  renderTrend,
  type PreparedEvidence,
  type ResolvedStatus,
  type TrackerView,
} from './tracker-render.js';

/** Rich text parsed once per content, and evidence sorted newest first. */
interface PreparedIndicator {
  description: RichBlock[];
  evidence: PreparedEvidence[];
}

/**
 * Indicators to monitor, each with an optional status, trend, progress, dates and a timeline of evidence.
 * One element renders the whole list. Status is a text tag with an icon whose shape follows its tone (never colour
 * alone); trends say whether they are good; progress always shows its value as text ("4 of 10", "45%"); dates are `<time datetime>` elements,
 * absolute and relative, in the locale. Content with only labels and descriptions renders just those.
 *
 * Content (`data`, an inline `<script type="application/json">`, or `src`): `{ title?, intro?, statuses?: { [key]:
 * { label, tone } }, indicators: [{ id?, label, description, status?, trend?: { direction, better? }, progress?:
 * { value, max?, label? }, updated?, nextReview?, evidence?: [{ date, text, url? }] }] }`; `intro`, `description`
 * and evidence `text` take the rich-text subset (as HTML with a root `format: "html"`). Default statuses: `not-started`, `watching`, `emerging`,
 * `on-track`, `achieved`, `stalled`, `insufficient-data` (names from the labels); tones: `neutral`, `info`,
 * `positive`, `warning`, `negative`.
 *
 * @summary An accessible indicator tracker (status, trend, progress, dates, evidence) from JSON.
 * @tagname indicator-tracker
 *
 * @fires explainer-load - Content has rendered. `detail: { count, source }`.
 * @fires explainer-error - Content or `src` had problems. `detail: { errors: [{ path, message }], kind, fatal }`.
 * @fires explainer-filter - The user picked a status in the filter. `detail: { status, label, count, total }` (`status` null for all).
 * @fires explainer-toggle - The user opened or closed an indicator's evidence. `detail: { id, index, label, open }`.
 *
 * @csspart title - The section heading.
 * @csspart intro - The text under the title.
 * @csspart summary - The counts by status ("2 on track, 1 stalled"), shown when any indicator has a status.
 * @csspart filter - The status filter (with `filterable`).
 * @csspart filter-label - The filter's visible label.
 * @csspart filter-select - The filter's `<select>`.
 * @csspart filter-status - The visually hidden live region announcing how many indicators are shown.
 * @csspart list - The list of indicators.
 * @csspart indicator - One indicator (`<li>`).
 * @csspart indicator-header - The row holding an indicator's heading and status.
 * @csspart indicator-heading - An indicator's heading.
 * @csspart status - The status tag; also `status-<tone>` (`status-positive`...).
 * @csspart status-icon - The status icon (its shape follows the tone; decorative).
 * @csspart status-label - The status name.
 * @csspart description - An indicator's description.
 * @csspart trend - The trend; also `trend-good`, `trend-bad` or `trend-neutral`.
 * @csspart trend-icon - The trend arrow (decorative).
 * @csspart trend-label - The trend in words ("Rising, which is good").
 * @csspart progress - The progress block.
 * @csspart progress-label - The words around the value: "Progress:", or the content's `progress.label` ("Negotiating rounds held:").
 * @csspart progress-value - The progress value as text: "4 of 10" when the content gives `max`, else a percentage.
 * @csspart progress-bar - The bar (`role="progressbar"`).
 * @csspart progress-fill - The filled share of the bar.
 * @csspart dates - The list of dates (`<dl>`).
 * @csspart updated - The "Updated" entry.
 * @csspart updated-date - Its `<time>`.
 * @csspart next-review - The "Next review" entry.
 * @csspart next-review-date - Its `<time>`.
 * @csspart relative-date - A relative date ("3 months ago").
 * @csspart overdue - The "Review overdue" notice.
 * @csspart overdue-icon - Its icon (decorative).
 * @csspart evidence - The evidence disclosure (`<details>`).
 * @csspart evidence-toggle - Its `<summary>` ("Evidence (3)").
 * @csspart evidence-list - The timeline (`<ol>`, newest first).
 * @csspart evidence-item - One piece of evidence.
 * @csspart evidence-date - Its `<time>`.
 * @csspart evidence-text - Its text.
 * @csspart evidence-link - Its source link.
 * @csspart evidence-url - A source URL refused by the link policy, shown as text.
 * @csspart link - Links inside rich text.
 * @csspart loading - The loading state.
 * @csspart error - The error state and error notices.
 *
 * @cssproperty --explainer-tracker-tone-neutral-color - Colour of the neutral tone. Default: grey.
 * @cssproperty --explainer-tracker-tone-info-color - Colour of the info tone. Default: blue.
 * @cssproperty --explainer-tracker-tone-positive-color - Colour of the positive tone (and good trends). Default: green.
 * @cssproperty --explainer-tracker-tone-warning-color - Colour of the warning tone (and "Review overdue"). Default: amber.
 * @cssproperty --explainer-tracker-tone-negative-color - Colour of the negative tone (and bad trends). Default: red.
 * @cssproperty --explainer-tracker-divider - Border between indicators. Default: `var(--explainer-border-width) solid var(--explainer-border-color)`.
 * @cssproperty --explainer-tracker-indicator-padding - Padding of each indicator. Default: `var(--explainer-space) 0`.
 * @cssproperty --explainer-tracker-heading-font-size - Font size of indicator headings. Default: 1.125em.
 * @cssproperty --explainer-tracker-tag-radius - Corner radius of status tags. Default: 999px.
 * @cssproperty --explainer-tracker-tag-tint - How much of the tone colour tints a tag's background. Default: 12%.
 * @cssproperty --explainer-tracker-icon-size - Size of icons. Default: 1em.
 * @cssproperty --explainer-tracker-progress-height - Height of progress bars. Default: 0.5rem.
 * @cssproperty --explainer-tracker-progress-track - Background of progress bars. Default: currentColor at 15%.
 * @cssproperty --explainer-tracker-progress-fill - Fill of progress bars. Default: the accent colour.
 * @cssproperty --explainer-tracker-timeline-color - Colour of the evidence timeline line. Default: the border colour.
 * @cssproperty --explainer-space - Base spacing unit (all components). Default: 0.75rem.
 * @cssproperty --explainer-border-color - Border colour (all components). Default: currentColor at 25%.
 * @cssproperty --explainer-accent-color - Colour of controls and progress. Default: LinkText.
 * @cssproperty --explainer-focus-color - Focus ring colour. Default: Highlight.
 */
export class IndicatorTracker extends ExplainerElement<TrackerContent> {
  static override properties: PropertyDeclarations = {
    filterable: { type: Boolean, reflect: true },
    filter: { reflect: true },
    now: { converter: { fromAttribute: parseNow } },
    renderedAt: { attribute: 'rendered-at', converter: { fromAttribute: parseNow } },
    filterTouched: { state: true },
  };

  static override styles = [baseStyles, trackerStyles];
  protected static override labelCatalog = trackerLabels;

  /** Shows a status filter (a labelled `<select>` listing the statuses present, with counts). */
  declare filterable: boolean;

  /** The status key shown; every indicator when unset or not a key of the vocabulary. Settable from outside. */
  declare filter: string | undefined;

  /**
   * The clock for relative dates and overdue reviews (attribute: an ISO date or date-time). When unset, the
   * current time is read each time the content renders. Set it for tests and server-side rendering.
   */
  declare now: Date | undefined;

  /**
   * When a server rendered this element (attribute: an ISO date-time; `renderToString` writes it unless `now` is
   * set). Without `now`, the browser's first render reads the clock the server read, so it hydrates exactly the
   * server's markup; the relative dates and overdue reviews then follow the reader's clock.
   */
  declare renderedAt: Date | undefined;

  /** True once the user has used the filter: only then does the live region speak without a filter. */
  private declare filterTouched: boolean | undefined;

  #prepared: PreparedIndicator[] = [];

  constructor() {
    super();
    this.filterable = false;
  }

  protected override validateContent(raw: unknown) {
    return validateTrackerContent(raw);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The first render used the server's clock (`rendered-at`): once it is done, render with the reader's.
    if (!this.now && this.renderedAt) void this.updateComplete.then(() => this.requestUpdate());
  }

  protected override countItems(content: TrackerContent): number {
    return content.indicators.length;
  }

  protected override contentChanged(content: TrackerContent): void {
    const { format } = content;
    this.#prepared = content.indicators.map(({ description, evidence = [] }) => ({
      description: readRichText(description, format),
      evidence: evidence.map((entry) => ({ ...entry, text: readRichText(entry.text, format) })).sort((a, b) => Date.parse(b.date) - Date.parse(a.date)),
    }));
  }

  /** The statuses in force (the content's, else the default ones named by the labels), by key, in order. */
  #vocabulary({ statuses }: TrackerContent): Map<string | undefined, ResolvedStatus> {
    return new Map(
      (statuses ? Object.keys(statuses) : DEFAULT_STATUS_KEYS).map((key) => [
        key,
        { key, ...(statuses ? statuses[key]! : { label: this.label(`tracker.status.${key}`), tone: DEFAULT_STATUS_TONES[key]! }) },
      ]),
    );
  }

  readonly #onFilterChange = (event: Event): void => {
    const { indicators } = this.content!;
    const value = (event.target as HTMLSelectElement).value;
    const status = this.#vocabulary(this.content!).get(value);
    this.filter = status?.key;
    this.filterTouched = true;
    this.emit<TrackerFilterDetail>('explainer-filter', {
      status: status?.key ?? null,
      label: status?.label ?? this.label('tracker.allStatuses'),
      count: status ? indicators.filter((item) => item.status === value).length : indicators.length,
      total: indicators.length,
    });
  };

  protected override renderContent(content: TrackerContent): unknown {
    const { title, indicators } = content;
    const total = indicators.length;
    const vocabulary = this.#vocabulary(content);
    const active = vocabulary.get(this.filter)?.key;
    const counts = new Map<string | undefined, number>();
    for (const { status } of indicators) counts.set(status, (counts.get(status) ?? 0) + 1);
    const count = (key: string | undefined) => counts.get(key) ?? 0;
    const present = [...vocabulary.values()].filter(({ key }) => counts.has(key));
    const filterable = this.filterable && present.length > 0;
    const phrases = present.map(({ key, label }) =>
      this.label(content.statuses ? 'tracker.count.custom' : `tracker.count.${key}`, { count: count(key), label })
    );
    if (counts.has(undefined)) phrases.push(this.label('tracker.count.none', { count: count(undefined) }));
    // A status filtered from outside is listed even when no indicator has it.
    const options = active === undefined || counts.has(active) ? present : [...present, vocabulary.get(active)!];
    // `selected` attributes choose the option on first render, also in server-rendered markup (no options exist yet
    // when `.value` is set then); `.value` keeps the control in step afterwards, also once the user has picked one.
    const option = (value: string, label: string, n: number) =>
      html`<option value=${value} ?selected=${(active ?? '') === value}>${this.label('tracker.filterOption', { label, count: n })}</option>`;
    const filterId = `${this.idPrefix}-filter`;
    const view: TrackerView = {
      label: (key, vars) => this.label(key, vars),
      parts: (key, vars, wrap) => this.labelParts(key, vars, wrap),
      locale: this.locale,
      now: this.now ?? (this.hasUpdated ? undefined : this.renderedAt) ?? new Date(),
    };
    const level = this.itemLevel(Boolean(title));
    return html`
      ${title ? heading(this.titleLevel, 'title', title) : nothing}
      ${content.intro ? html`<div part="intro" class="intro">${renderRichText(content.intro, content.format)}</div>` : nothing}
      ${present.length > 0 ? html`<p part="summary" class="summary">${formatList(phrases, this.locale)}</p>` : nothing}
      ${filterable
        ? html`<div part="filter" class="filter">
            <label part="filter-label" for=${filterId}>${this.label('tracker.filterLabel')}</label> <select part="filter-select" id=${filterId} .value=${live(active ?? '')} @change=${this.#onFilterChange}>
              ${option('', this.label('tracker.allStatuses'), total)} ${options.map(({ key, label }) => option(key, label, count(key)))}
            </select>
          </div>`
        : nothing}
      ${keyed(
        // New content gets new markup, so evidence starts closed; re-renders (filtering) leave <details> to the user.
        content,
        html`<ul part="list" class="list" role="list">
          ${indicators.map((item, index) => {
            const headingId = `${this.idPrefix}-h-${index}`;
            const { description, evidence } = this.#prepared[index]!;
            return html`<li part="indicator" class="indicator" ?hidden=${active !== undefined && item.status !== active}>
              <div part="indicator-header" class="indicator-header">
                ${heading(level, 'indicator-heading', item.label, headingId)} ${renderStatus(view, vocabulary.get(item.status))}
              </div>
              <div part="description" class="rich">${renderRichText(description)}</div>
              ${renderTrend(view, item.trend)} ${renderProgress(view, item.progress, headingId)} ${renderDates(view, item)}
              ${renderEvidence(view, evidence, item.label, (event) =>
                // Evidence is opened and closed only by the user: re-renders leave <details> alone (see keyed above).
                this.emit<ExplainerToggleDetail>('explainer-toggle', {
                  id: item.id ?? String(index),
                  index,
                  label: item.label,
                  open: (event.target as HTMLDetailsElement).open,
                })
              )}
            </li>`;
          })}
        </ul>`
      )}
      ${filterable || active !== undefined
        ? html`<p part="filter-status" class="filter-status visually-hidden" role="status">
            ${active !== undefined || this.filterTouched
              ? this.label('tracker.showing', {
                  count: active === undefined ? total : count(active),
                  total,
                })
              : nothing}
          </p>`
        : nothing}
    `;
  }
}
