import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { renderRichText, safeUrl, type RichBlock } from '../../internal/rich-text/index.js';
import type { TrackerProgress, TrackerTrend } from './indicator-tracker.content.js';
import type { TrackerTone } from './indicator-tracker.statuses.js';
import { formatPercent } from '../../internal/intl.js';
import { describeDate, type DateView } from './tracker-dates.js';
import { toneIcon, trendIcon } from './tracker-icons.js';

/**
 * Templates for the parts of one indicator (status, trend, progress, dates, evidence). Each returns `nothing`
 * when its field is absent, so an indicator with only a label and a description has no empty wrapper.
 */

/** What the templates need from the element: labels, locale and the clock. */
export interface TrackerView {
  label(key: string, vars?: Record<string, string | number>): string;
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

/** The status tag: a visually hidden "Status:", an icon whose shape follows the tone, and the name as text. */
export function renderStatus(view: TrackerView, status: ResolvedStatus | undefined): unknown {
  if (!status) return nothing;
  return html`<p part="status status-${status.tone}" class="status" data-tone=${status.tone} data-status=${status.key}>
    <span class="visually-hidden">${view.label('tracker.statusPrefix')} </span>${toneIcon(status.tone, 'status-icon')}<span
      part="status-label"
      >${status.label}</span
    >
  </p>`;
}

/** "Rising, which is good" / "Falling, which is bad" / "Rising" / "Steady", with an arrow. */
export function trendText(view: TrackerView, trend: TrackerTrend): { text: string; judgement: 'good' | 'bad' | 'neutral' } {
  const words = view.label(`tracker.trend.${trend.direction}`);
  if (trend.direction === 'flat' || !trend.better) return { text: words, judgement: 'neutral' };
  const judgement = trend.direction === trend.better ? 'good' : 'bad';
  return { text: view.label(`tracker.trend.${judgement}`, { trend: words }), judgement };
}

export function renderTrend(view: TrackerView, trend: TrackerTrend | undefined): unknown {
  if (!trend) return nothing;
  const { text, judgement } = trendText(view, trend);
  return html`<p part="trend trend-${judgement}" class="trend" data-judgement=${judgement}>
    <span class="visually-hidden">${view.label('tracker.trendPrefix')} </span>${trendIcon(trend.direction)}<span part="trend-label">${text}</span>
  </p>`;
}

/** The progress value as visible text and as a `progressbar` named by the indicator's heading. */
export function renderProgress(view: TrackerView, progress: TrackerProgress | undefined, headingId: string): unknown {
  if (!progress) return nothing;
  const max = progress.max ?? 100;
  const share = progress.value / max;
  const text = progress.label ?? formatPercent(share, view.locale);
  return html`<div part="progress" class="progress">
    <p class="progress-text"><span part="progress-label">${view.label('tracker.progress')}</span> <span part="progress-value">${text}</span></p>
    <div
      part="progress-bar"
      class="bar"
      role="progressbar"
      aria-labelledby=${headingId}
      aria-valuemin="0"
      aria-valuemax=${String(max)}
      aria-valuenow=${String(progress.value)}
      aria-valuetext=${text}
    >
      <div part="progress-fill" class="fill" style=${styleMap({ inlineSize: `${(share * 100).toFixed(2)}%` })}></div>
    </div>
  </div>`;
}

function renderTime(date: DateView, part: string): TemplateResult {
  return html`<time part=${part} datetime=${date.iso}>${date.absolute}</time> <span part="relative-date" class="relative">(${date.relative})</span>`;
}

/** "Updated" and "Next review" as `<time datetime>` with absolute and relative dates, and "Review overdue". */
export function renderDates(view: TrackerView, updated: string | undefined, nextReview: string | undefined): unknown {
  if (updated === undefined && nextReview === undefined) return nothing;
  const last = updated === undefined ? undefined : describeDate(updated, view.now, view.locale);
  const next = nextReview === undefined ? undefined : describeDate(nextReview, view.now, view.locale);
  return html`<dl part="dates" class="dates">
    ${last
      ? html`<div part="updated" class="date"><dt>${view.label('tracker.updated')}</dt><dd>${renderTime(last, 'updated-date')}</dd></div>`
      : nothing}
    ${next
      ? html`<div part="next-review" class="date">
          <dt>${view.label('tracker.nextReview')}</dt>
          <dd>
            ${renderTime(next, 'next-review-date')}
            ${next.past
              ? html`<strong part="overdue" class="overdue">${toneIcon('warning', 'overdue-icon')}${view.label('tracker.overdue')}</strong>`
              : nothing}
          </dd>
        </div>`
      : nothing}
  </dl>`;
}

function renderSource(view: TrackerView, url: string | undefined, date: DateView): unknown {
  if (url === undefined) return nothing;
  const href = safeUrl(url);
  if (href === null) return html`<span part="evidence-url" class="source">${url}</span>`;
  return html`<a part="evidence-link" class="source" href=${href}
    >${view.label('tracker.source')}<span class="visually-hidden"> (${date.absolute})</span></a
  >`;
}

/** Evidence as a disclosure (native `<details>`) holding a timeline, newest first. */
export function renderEvidence(
  view: TrackerView,
  evidence: readonly PreparedEvidence[],
  indicatorLabel: string,
  open: boolean,
  onToggle: (event: Event) => void,
): unknown {
  if (evidence.length === 0) return nothing;
  return html`<details part="evidence" class="evidence" .open=${open} @toggle=${onToggle}>
    <summary part="evidence-toggle" class="evidence-toggle">
      ${view.label('tracker.evidence', { count: evidence.length })}<span class="visually-hidden">: ${indicatorLabel}</span>
    </summary>
    <ol part="evidence-list" class="timeline">
      ${evidence.map((entry) => {
        const date = describeDate(entry.date, view.now, view.locale);
        return html`<li part="evidence-item" class="entry">
          <time part="evidence-date" class="entry-date" datetime=${date.iso}>${date.absolute}</time>
          <div part="evidence-text" class="entry-text">${renderRichText(entry.text)}</div>
          ${renderSource(view, entry.url, date)}
        </li>`;
      })}
    </ol>
  </details>`;
}
