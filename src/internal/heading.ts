import { literal, html, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps any value to a heading level from 1 to 6; `fallback` when it is not a number. */
export function clampLevel(value: unknown, fallback = 2): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(1, Math.round(n)));
}

/**
 * Renders a real `<h1>`–`<h6>` for `level`. The tag comes from a fixed list, never from content.
 * `part` names the heading for `::part()`; `id` is optional.
 */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const tag = TAGS[clampLevel(level) - 1]!;
  // A static tag from the fixed list above (lit/static-html), which the Lit lint rules cannot see.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} class=${part} id=${ifDefined(id)}>${content}</${tag}>`;
}
