import { html, nothing, type TemplateResult } from 'lit';

type Values = readonly unknown[];

/**
 * Templates of two to eight child slots. Lit renders a list (an iterable) with two comment markers per item, each
 * made and inserted one by one; a template's slots are markers cloned with the template in one go. Written out, not
 * built: Lit only takes template strings from real template literals.
 */
const SLOTS: readonly ((v: Values) => TemplateResult)[] = [
  (v) => html`${v[0]}${v[1]}`,
  (v) => html`${v[0]}${v[1]}${v[2]}`,
  (v) => html`${v[0]}${v[1]}${v[2]}${v[3]}`,
  (v) => html`${v[0]}${v[1]}${v[2]}${v[3]}${v[4]}`,
  (v) => html`${v[0]}${v[1]}${v[2]}${v[3]}${v[4]}${v[5]}`,
  (v) => html`${v[0]}${v[1]}${v[2]}${v[3]}${v[4]}${v[5]}${v[6]}`,
  (v) => html`${v[0]}${v[1]}${v[2]}${v[3]}${v[4]}${v[5]}${v[6]}${v[7]}`,
];

/**
 * A short list of child values as one child binding: the value itself when there is one, a template with a slot per
 * value up to eight, the list beyond. Renders the same nodes as binding the list, with fewer markers (a third of the
 * nodes of a plain table row) and less work per render. A list whose length changes swaps the template (its nodes
 * are made again): use it for lists of a fixed or small length (cells of a row, inline runs of a paragraph), not
 * for long lists that grow and shrink in place.
 */
export function slots(values: Values): unknown {
  if (values.length < 2) return values.length ? values[0] : nothing;
  return SLOTS[values.length - 2]?.(values) ?? values;
}
