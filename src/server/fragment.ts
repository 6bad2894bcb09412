import { html, type TemplateResult } from 'lit';
import { jsonForScript } from '../internal/json-script.js';
import type { Labels } from '../internal/context/settings.js';

/**
 * The template rendering one element: `<tag name=${value} ?flag=${true} .labels=${labels} .data=${content}></tag>`
 * (`.labels` only when given). Its strings are
 * made here, with the tag and attribute names (checked by the caller) as text and every value a binding that Lit
 * escapes; the strings carry `raw`, as a tagged template's do, which is what Lit accepts as a template.
 */
export function elementTemplate(tag: string, attributes: readonly [string, string | true][], content: unknown, labels?: Labels): TemplateResult {
  const strings = [`<${tag}`];
  const values: unknown[] = [];
  for (const [name, value] of attributes) {
    strings[strings.length - 1] += ` ${value === true ? '?' : ''}${name}=`;
    strings.push('');
    values.push(value);
  }
  if (labels) {
    strings[strings.length - 1] += ' .labels=';
    strings.push('');
    values.push(labels);
  }
  strings[strings.length - 1] += ' .data=';
  strings.push(`></${tag}>`);
  values.push(content);
  return html(Object.assign(strings, { raw: [...strings] }), ...values);
}

/** Lit's markers around the root template: the fragment is the element alone, so nothing hydrates them. */
const OUTER = /^<!--lit-part [^>]*--><!--lit-node 0-->([^]*)<!--\/lit-part-->$/;

/**
 * The fragment: Lit's rendering of {@link elementTemplate} without the markers of that outer template (those inside
 * the shadow root stay: hydration needs them), and the content as an inline JSON script, the element's last child,
 * escaped so no string in it can end the script.
 */
export function toFragment(rendered: string, tag: string, content: unknown): string {
  const inner = OUTER.exec(rendered)?.[1];
  const close = `</${tag}>`;
  if (inner === undefined || !inner.endsWith(close)) throw new Error(`renderToString: unexpected output from the renderer for <${tag}>`);
  // Lit leaves the bound attributes' places in the opening tag as spaces: one is enough.
  const open = inner.replace(/^(<[a-z][-a-z0-9]*)\s+/, '$1 ');
  return `${open.slice(0, -close.length)}<script type="application/json">${jsonForScript(content)}</script>${close}`;
}
