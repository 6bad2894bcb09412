/// <reference types="node" />
import { componentTags, validate } from '../validate.js';
import { ExplainerProvider } from '../components/explainer-provider/explainer-provider.js';
import { CooperationTable } from '../components/cooperation-table/cooperation-table.js';
import { FaqAccordion } from '../components/faq-accordion/faq-accordion.js';
import { IndicatorTracker } from '../components/indicator-tracker/indicator-tracker.js';
import { MisconceptionCard } from '../components/misconception-card/misconception-card.js';
import { InvalidContentError } from './errors.js';
import { elementTemplate, toFragment } from './fragment.js';
import { loadLocale } from './locale.js';
import { normalizeOptions, type RenderOptions } from './options.js';
import { loadRenderer } from './renderer.js';
import { toJsonLdScript } from '../structured-data/to-json-ld.js';
import { useNodeHtmlReader } from '../internal/rich-text/html-reader-node.js';

let defined = false;

/** Registers the default tags in the server's registry (Lit's DOM shim), once. */
function defineTags(): void {
  if (defined) return;
  defined = true;
  ExplainerProvider.define('explainer-provider');
  FaqAccordion.define('faq-accordion');
  CooperationTable.define('cooperation-table');
  MisconceptionCard.define('misconception-card');
  IndicatorTracker.define('indicator-tracker');
}

/**
 * Renders a component with its content to HTML, on a server (Node), for a page that reads without script and
 * hydrates when script arrives. The fragment is the element with its attributes (`lang`, `heading-level`, then
 * `options.attributes`), a declarative shadow root (`<template shadowrootmode="open">`) holding its styles and
 * exactly what the browser renders for that content and those settings, and the content as an inline
 * `<script type="application/json">` child, from which the element hydrates. With `jsonLd`, the content's
 * structured data follows the element as a `<script type="application/ld+json">`.
 *
 * ```js
 * import { renderToString } from 'explainer-elements/ssr.js';
 * const html = await renderToString('faq-accordion', content, { locale: 'de', headingLevel: 3, attributes: { 'copy-links': true } });
 * ```
 *
 * Rejects with an {@link InvalidContentError} (its `errors`: `[{ path, message }]`) when `validate()` finds any
 * problem in the content, an invalid item included; with a `TypeError` or `RangeError` for an unknown tag or a bad
 * option. Needs `@lit-labs/ssr` (an optional peer dependency: `npm install @lit-labs/ssr@~4.1.0`).
 */
export async function renderToString(tag: string, content: unknown, options: RenderOptions = {}): Promise<string> {
  if (!componentTags.includes(tag)) throw new TypeError(`renderToString: unknown component "${tag}": expected one of ${componentTags.join(', ')}`);
  const { locale, attributes, labels } = normalizeOptions(options);
  // HTML content ("format": "html") is read with parse5, for validation, the render and structured data alike.
  useNodeHtmlReader();
  const { ok, errors } = validate(tag, content);
  if (!ok) throw new InvalidContentError(tag, errors);
  // The tracker's relative dates: the browser's first render reads the clock the server read.
  if (tag === 'indicator-tracker' && !attributes.some(([name]) => name === 'now' || name === 'rendered-at')) {
    attributes.push(['rendered-at', new Date().toISOString()]);
  }
  const [{ render, collectResult }] = await Promise.all([loadRenderer(), loadLocale(locale)]);
  defineTags();
  const rendered = await collectResult(render(elementTemplate(tag, attributes, content, labels)));
  const { jsonLd } = options;
  const structured = jsonLd ? toJsonLdScript(tag, content, { ...(jsonLd === true ? {} : jsonLd), locale }) : null;
  return toFragment(rendered, tag, content) + (structured ?? '');
}
