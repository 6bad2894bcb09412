import { svg, type SVGTemplateResult } from 'lit';
import type { MisconceptionVerdict } from './misconception-card.content.js';

/** The names an icon's part is made of (`misconception-icon`, ...). */
export type IconName = 'misconception' | 'reality' | 'reveal' | 'verdict';

/** A circle of radius 8 around the centre of the 20×20 box, drawn as two arcs; it ends where it began, at (2, 10). */
const CIRCLE = 'M2 10a8 8 0 0 0 16 0 8 8 0 0 0-16 0';

/**
 * Path data of each shape, in a 20×20 box, stroked. Shapes differ (not only colours), so they still tell apart in
 * forced-colors mode and for colour-blind readers.
 */
const SHAPES: Record<Exclude<IconName, 'verdict'> | MisconceptionVerdict, string> = {
  // A cross in a circle, beside the "Misconception" label.
  misconception: `${CIRCLE}m5-3 6 6m0-6-6 6`,
  // A check mark in a circle, beside the "Reality" label.
  reality: `${CIRCLE}m4 0 3 3 5-6`,
  // A chevron on the reveal button; it turns when the reality is shown.
  reveal: 'm5 8 5 5 5-5',
  // Verdicts. A bold cross.
  false: 'm5 5 10 10m0-10L5 15',
  // A warning triangle with an exclamation mark.
  misleading: 'M10 2 18 17H2zm0 6v4m0 3v.01',
  // A cross in a square.
  'mostly-false': 'M3 3h14v14H3zm5 5 4 4m0-4-4 4',
  // A check mark.
  'mostly-true': 'm4 11 4 4 8-9',
  // A question mark in a circle.
  unproven: `${CIRCLE}M7.5 8a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5m0 2.5v.01`,
};

/**
 * A decorative icon: `aria-hidden`, stroked in `currentColor`, and only ever doubling a label in words. Its parts
 * are `icon` and `<name>-icon`; `shape` is the name by default, or a verdict for the verdict icon.
 */
export function icon(name: IconName, shape: keyof typeof SHAPES = name as Exclude<IconName, 'verdict'>): SVGTemplateResult {
  return svg`<svg part="icon ${name}-icon" class="icon ${name}-icon" viewBox="0 0 20 20" aria-hidden="true" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${SHAPES[shape]} /></svg>`;
}
