import { svg, type SVGTemplateResult } from 'lit';
import type { MisconceptionVerdict } from './misconception-card.content.js';

/**
 * Decorative icons: each is `aria-hidden`, drawn in `currentColor`, and only ever doubles a label in words.
 * Shapes differ (not only colours), so they still tell apart in forced-colors mode and for colour-blind readers.
 */
function icon(part: string, body: SVGTemplateResult): SVGTemplateResult {
  return svg`<svg part=${`icon ${part}`} class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">${body}</svg>`;
}

/** A cross in a circle, beside the "Misconception" label. */
export const misconceptionIcon = icon(
  'misconception-icon',
  svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="M7 7l6 6M13 7l-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
);

/** A check mark in a circle, beside the "Reality" label. */
export const realityIcon = icon(
  'reality-icon',
  svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="M6.5 10.5l2.5 2.5 4.5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
);

/** A chevron on the reveal button; it turns when the reality is shown. */
export const revealIcon = icon('reveal-icon', svg`<path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`);

const verdictShapes: Record<MisconceptionVerdict, SVGTemplateResult> = {
  // A bold cross.
  false: svg`<path d="M5 5l10 10M15 5L5 15" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  // A warning triangle.
  misleading: svg`<path d="M10 2.5L18 17H2z" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linejoin="round"/><path d="M10 8v4.5M10 14.75v.01" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
  // A cross in a square.
  'mostly-false': svg`<rect x="2.5" y="2.5" width="15" height="15" rx="2" fill="none" stroke="currentColor" stroke-width="1.75"/><path d="M7.5 7.5l5 5M12.5 7.5l-5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
  // A check mark.
  'mostly-true': svg`<path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A question mark in a circle.
  unproven: svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.75"/><path d="M7.75 7.75a2.25 2.25 0 1 1 3.1 2.1c-.55.25-.85.7-.85 1.3v.6M10 14.5v.01" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
};

/** The icon of a verdict: a different shape for each. */
export function verdictIcon(verdict: MisconceptionVerdict): SVGTemplateResult {
  return icon('verdict-icon', verdictShapes[verdict]);
}
