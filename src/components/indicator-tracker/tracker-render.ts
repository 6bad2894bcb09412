import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { formatIsoDate, formatPercent } from '../../internal/intl.js';
import type { LabelValue } from '../../internal/label-template.js';
import { renderRichText, safeUrl, type RichBlock } from '../../internal/rich-text/index.js';
import type { TrackerIndicator, TrackerProgress, TrackerTrend } from './indicator-tracker.content.js';
import type { TrackerTone } from './indicator-tracker.statuses.js';
import { describeDate } from './tracker-dates.js';

/**
 * Templates for the parts of one indicator (status, trend, progress, dates, evidence). Each returns `nothing`
 * when its field is absent, so an indicator with only a label and a description has no empty wrapper.
 */

/** What the templates need from the element: labels (as text, or as template parts), locale and the clock. */
export interface TrackerView {
  label(key: string, vars?: Record<string, string | number>): string;
  parts(key: string, vars: Record<string, LabelValue>, wrap?: (words: string) => unknown): unknown[];
  locale: string;
  now: Date;
}

/** A status resolved against the vocabulary in force. */
export interface ResolvedStatus {
  key: string;
  label: string;
  tone: TrackerTone;
}

/** Evidence ready to render: rich text parsed, newest first. */
export interface PreparedEvidence {
  date: string;
  text: RichBlock[];
  url?: string;
}

const CIRCLE = 'M2 10a8 8 0 0 0 16 0a8 8 0 0 0-16 0';

/**
 * Icon strokes on a 20 × 20 grid (stroke style in the styles: `.icon`). Each tone and each trend direction has its
 * own shape, so nothing is told by colour alone: a ring, a ring with "i", a ring with a check mark, a triangle with
 * "!", an octagon with a cross; arrows up, down and across (across points right: the styles mirror it in
 * right-to-left text, so it points to the inline end).
 */
const SHAPES: Record<TrackerTone | TrackerTrend['direction'], string> = {
  neutral: CIRCLE,
  info: `${CIRCLE}m8-1v5m0-8v0`,
  positive: `${CIRCLE}m4 0 3 3 5-5`,
  warning: 'M10 2l8.5 15h-17zm0 5.5v4m0 3v0',
  negative: 'M6.5 2h7L18 6.5v7L13.5 18h-7L2 13.5v-7zM7 7l6 6m0-6-6 6',
  up: 'M10 17V3M4 9l6-6 6 6',
  down: 'M10 3v14m-6-6 6 6 6-6',
  flat: 'M3 10h14m-6-6 6 6-6 6',
};

/** A decorative icon (hidden from assistive technology: the text beside it says the same). */
function icon(shape: keyof typeof SHAPES, part: string): TemplateResult {
  return html`<svg part=${part} class="icon" data-shape=${shape} viewBox="0 0 20 20" aria-hidden="true">
    <path d=${SHAPES[shape]} />
  </svg>`;
}

/**
 * The status tag, from `tracker.statusText` ("[Status: ]{status}"): a visually hidden "Status:", and in place of
 * `{status}` an icon whose shape follows the tone and the name as text.
 */
export function renderStatus(view: TrackerView, status: ResolvedStatus | undefined): unknown {
  return status
    ? html`<p part="status status-${status.tone}" class="status" data-tone=${status.tone} data-status=${status.key}>${view.parts('tracker.statusText', {
        status: html`${icon(status.tone, 'status-icon')}<span part="status-label">${status.label}</span>`,
      })}</p>`
    : nothing;
}

/** "Rising, which is good" / "Falling, which is bad" / "Rising" / "Steady", with an arrow. */
export function renderTrend(view: TrackerView, trend: TrackerTrend | undefined): unknown {
  if (!trend) return nothing;
  const { direction, better } = trend;
  const words = view.label(`tracker.trend.${direction}`);
  const judgement = direction === 'flat' || !better ? 'neutral' : direction === better ? 'good' : 'bad';
  return html`<p part="trend trend-${judgement}" class="trend trend-${judgement}">${view.parts('tracker.trendText', {
    trend: html`${icon(direction, 'trend-icon')}<span part="trend-label">${judgement === 'neutral' ? words : view.label(`tracker.trend.${judgement}`, { trend: words })}</span>`,
  })}</p>`;
}

/**
 * The progress, always with its value: "4 of 10" (`tracker.progressOf`) when the content gives `max`, else a
 * percentage. Shown as "Progress: 45%" (`tracker.progressValue`), or with the content's `label` naming what is
 * counted, "Negotiating rounds held: 4 of 10" (`tracker.progressCounted`); the words in `progress-label`, the
 * value in `progress-value`. The `progressbar` is named by the indicator's heading; its `aria-valuetext` is the value,
 * with the content's label when there is one.
 */
export function renderProgress(view: TrackerView, progress: TrackerProgress | undefined, headingId: string): unknown {
  if (!progress) return nothing;
  const { value, max = 100, label } = progress;
  const amount = progress.max === undefined ? formatPercent(value / max, view.locale) : view.label('tracker.progressOf', { value, max });
  const key = label ? 'tracker.progressCounted' : 'tracker.progressValue';
  const fill = styleMap({ inlineSize: `${((value / max) * 100).toFixed(2)}%` });
  return html`<div part="progress">
    ${view.parts(key, { label: label ?? '', value: html`<span part="progress-value" class="progress-value">${amount}</span>` }, (words) => html`<span part="progress-label">${words}</span>`)}
    <div part="progress-bar" class="bar" role="progressbar" aria-labelledby=${headingId} aria-valuemin="0" aria-valuemax=${max} aria-valuenow=${value}
      aria-valuetext=${label ? view.label(key, { label, value: amount }) : amount}>
      <div part="progress-fill" class="fill" style=${fill}></div>
    </div>
  </div>`;
}

/** One entry of the dates list: its term, the `<time>` and the relative date; for the next review, "Review overdue". */
function renderDate(view: TrackerView, part: string, labelKey: string, iso: string | undefined, dueBy?: boolean): unknown {
  if (iso === undefined) return nothing;
  const date = describeDate(iso, view.now, view.locale);
  const overdue = dueBy && date.past ? html` <strong part="overdue" class="overdue">${icon('warning', 'overdue-icon')}${view.label('tracker.overdue')}</strong>` : nothing;
  // The spaces between the date, the relative date and "Review overdue" are on one line: a build-time minifier may
  // drop whitespace that holds a line break between tags.
  return html`<div part=${part}>
    <dt>${view.label(labelKey)}</dt>
    <dd><time part="${part}-date" datetime=${iso}>${date.absolute}</time> <span part="relative-date" class="relative">${view.label('tracker.relativeDate', { relative: date.relative })}</span>${overdue}</dd>
  </div>`;
}

/** "Updated" and "Next review" as `<time datetime>` with absolute and relative dates, and "Review overdue". */
export function renderDates(view: TrackerView, { updated, nextReview }: TrackerIndicator): unknown {
  return updated || nextReview
    ? html`<dl part="dates">
        ${renderDate(view, 'updated', 'tracker.updated', updated)}${renderDate(view, 'next-review', 'tracker.nextReview', nextReview, true)}
      </dl>`
    : nothing;
}

/** Evidence as a disclosure (native `<details>`) holding a timeline, newest first; only safe URLs become links. */
export function renderEvidence(view: TrackerView, evidence: readonly PreparedEvidence[], indicatorLabel: string, onToggle: (event: Event) => void): unknown {
  if (evidence.length === 0) return nothing;
  return html`<details part="evidence" @toggle=${onToggle}>
    <summary part="evidence-toggle">${view.parts('tracker.evidence', { count: evidence.length, indicator: indicatorLabel })}</summary>
    <ol part="evidence-list">
      ${evidence.map(({ date, text, url }) => {
        const absolute = formatIsoDate(date, view.locale);
        const href = url === undefined ? undefined : safeUrl(url);
        return html`<li part="evidence-item" class="evidence-item">
          <time part="evidence-date" datetime=${date}>${absolute}</time>
          <div part="evidence-text" class="rich">${renderRichText(text)}</div>
          ${href === undefined
            ? nothing
            : href === null
            ? html`<span part="evidence-url">${url}</span>`
            : html`<a part="evidence-link" href=${href}>${view.parts('tracker.source', { date: absolute })}</a>`}
        </li>`;
      })}
    </ol>
  </details>`;
}
