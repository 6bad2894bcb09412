/**
 * The JSON-LD text for content a component has already validated: what the `structured-data` attribute writes
 * into its `<script type="application/ld+json">`. Loaded on demand (a dynamic import), so a page that does not use
 * the attribute does not download it.
 */
import type { FaqContent } from '../components/faq-accordion/faq-accordion.content.js';
import type { MisconceptionContent } from '../components/misconception-card/misconception-card.content.js';
import { jsonForScript } from '../internal/json-script.js';
import { claimReviewGraph, type ClaimReviewOptions } from './claim-review.js';
import { faqPage } from './faq-page.js';
import type { StructuredDataTag } from './types.js';

/** The structured data of valid `content` for `tag`, as JSON safe inside a `<script>` element. */
export function jsonLdText(tag: StructuredDataTag, content: object, options: ClaimReviewOptions): string {
  return jsonForScript(
    tag === 'faq-accordion' ? faqPage(content as FaqContent, options.url) : claimReviewGraph(content as MisconceptionContent, options),
  );
}
