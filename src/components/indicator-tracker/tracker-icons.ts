import { html, svg, type TemplateResult } from 'lit';
import type { TrackerTone } from './indicator-tracker.statuses.js';
import type { TrackerTrend } from './indicator-tracker.content.js';

/**
 * Decorative icons (hidden from assistive technology: the text beside them says the same).
 * Each tone and each trend direction has its own shape, so nothing is told by colour alone.
 */

const TONE_SHAPES: Record<TrackerTone, TemplateResult> = {
  neutral: svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/>`,
  info: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M8 7v4.5M8 4.2v.1" stroke="Canvas" stroke-width="2" stroke-linecap="round"/>`,
  positive: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.8 8.3l2.2 2.2 4.2-4.6" fill="none" stroke="Canvas" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  warning: svg`<path d="M8 1.2l7 13H1z" fill="currentColor" stroke="currentColor" stroke-linejoin="round"/><path d="M8 6v3.6M8 12v.1" stroke="Canvas" stroke-width="1.8" stroke-linecap="round"/>`,
  negative: svg`<path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor"/><path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="Canvas" stroke-width="2" stroke-linecap="round"/>`,
};

/** The icon of a tone, with `part` for styling. */
export function toneIcon(tone: TrackerTone, part: string): TemplateResult {
  return html`<svg part=${part} class="icon" data-shape=${tone} viewBox="0 0 16 16" aria-hidden="true" focusable="false">${TONE_SHAPES[tone]}</svg>`;
}

const TREND_PATHS: Record<TrackerTrend['direction'], string> = {
  up: 'M8 13.5V3M3.5 7.5L8 3l4.5 4.5',
  down: 'M8 2.5V13M3.5 8.5L8 13l4.5-4.5',
  flat: 'M2.5 8h11M9.5 4l4 4-4 4',
};

/** An arrow for a trend direction. */
export function trendIcon(direction: TrackerTrend['direction']): TemplateResult {
  return html`<svg part="trend-icon" class="icon" data-shape=${direction} viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<path d=${TREND_PATHS[direction]} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`}</svg>`;
}
