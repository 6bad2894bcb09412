import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps any value to a heading level from 1 to 6; `fallback` when it is not a number. */
export function clampLevel(value: unknown, fallback = 2): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(1, Math.round(n)));
}

/**
 * Renders a real `<h1>`–`<h6>` for `level`: one literal template per level (no dynamic tag names, so no
 * `lit/static-html` in the bundle). `part` names the heading for `::part()` (and is its class); `id` is optional.
 */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const i = ifDefined(id);
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 part=${part} class=${part} id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${i}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} id=${i}>${content}</h6>`;
  }
}
