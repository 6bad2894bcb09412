import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { settle } from './dom.js';

/**
 * Geometry for right-to-left tests: render the same content in both directions side by side, then measure where
 * things are from the inline start (left in left-to-right text, right in right-to-left text). Mirrored layout
 * means equal distances from the start; physical CSS (`left`, `margin-right`, `text-align: left`...) moves an
 * element in one direction only, so the distances differ. Nothing here depends on an engine's test commands, so
 * the tests run the same in Chromium, Firefox and WebKit.
 */

export type Dir = 'ltr' | 'rtl';

/** Distance of `el`'s inline-start edge from `container`'s inline-start edge, in px. */
export function fromStart(el: Element, container: Element, dir: Dir): number {
  const a = el.getBoundingClientRect();
  const b = container.getBoundingClientRect();
  return dir === 'ltr' ? a.left - b.left : b.right - a.right;
}

/** Distance of `el`'s inline-end edge from `container`'s inline-end edge, in px. */
export function fromEnd(el: Element, container: Element, dir: Dir): number {
  const a = el.getBoundingClientRect();
  const b = container.getBoundingClientRect();
  return dir === 'ltr' ? b.right - a.right : a.left - b.left;
}

/** The boxes of each line of `el`'s text, top to bottom (one per line fragment of its text). */
export function lineBoxes(el: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(el);
  return Array.from(range.getClientRects()).filter((r) => r.width > 0);
}

/**
 * Renders `template(dir)` twice, in a left-to-right and a right-to-left wrapper of the same `width`, waits for
 * every element matching `selector` in them, and returns the two elements.
 */
export async function renderBoth<T extends Element>(
  selector: string,
  template: (dir: Dir) => TemplateResult,
  width = '40rem',
): Promise<Record<Dir, T>> {
  const wrap = await fixture<HTMLElement>(html`<div>
    <div dir="ltr" style=${`width: ${width}`}>${template('ltr')}</div>
    <div dir="rtl" style=${`width: ${width}`}>${template('rtl')}</div>
  </div>`);
  const [ltr, rtl] = Array.from(wrap.querySelectorAll<T>(selector));
  if (!ltr || !rtl) throw new Error(`renderBoth: no two <${selector}>`);
  await settle(ltr);
  await settle(rtl);
  return { ltr, rtl };
}

/** Converts a computed angle (`180deg`, `0.5turn`, `3.14rad`, `200grad`) to degrees. */
function degrees(angle: string): number {
  const value = parseFloat(angle);
  if (angle.endsWith('turn')) return value * 360;
  if (angle.endsWith('grad')) return value * 0.9;
  if (angle.endsWith('rad')) return (value * 180) / Math.PI;
  return value;
}

/**
 * The element's own 2D transformation from its computed `rotate`, `scale` and `transform` (composed in the order
 * CSS applies them), as a matrix. `pseudo` reads a pseudo-element (`::before`).
 */
export function transformOf(el: Element, pseudo?: string): DOMMatrix {
  const style = getComputedStyle(el, pseudo);
  let matrix = new DOMMatrix();
  if (style.rotate && style.rotate !== 'none') {
    const tokens = style.rotate.split(/\s+/);
    const angle = degrees(tokens[tokens.length - 1]!);
    const axis = tokens.length === 4 ? tokens.slice(0, 3).map(Number) : tokens[0] === 'x' ? [1, 0, 0] : tokens[0] === 'y' ? [0, 1, 0] : [0, 0, 1];
    matrix = matrix.rotateAxisAngle(axis[0], axis[1], axis[2], angle);
  }
  if (style.scale && style.scale !== 'none') {
    const [sx = 1, sy = sx] = style.scale.split(/\s+/).map(Number);
    matrix = matrix.scale(sx, sy);
  }
  if (style.transform && style.transform !== 'none') matrix = matrix.multiply(new DOMMatrix(style.transform));
  return matrix;
}

/** +1 when the element's transformation keeps a right-pointing drawing pointing right, -1 when it turns it left. */
export function horizontalSense(el: Element, pseudo?: string): number {
  return Math.sign(transformOf(el, pseudo).a);
}

/** +1 when the element's transformation keeps a downward drawing pointing down, -1 when it turns it up. */
export function verticalSense(el: Element, pseudo?: string): number {
  return Math.sign(transformOf(el, pseudo).d);
}
