import type { FaqContent } from '../components/faq-accordion/faq-accordion.content.js';
import { definedFields } from '../internal/content/validation.js';
import { readRichText } from '../internal/rich-text/read.js';
import { richTextToHtml } from '../internal/rich-text/html-string.js';
import { SCHEMA_ORG, type FaqPageJsonLd } from './types.js';

/**
 * `FAQPage` structured data for valid `<faq-accordion>` content: one `Question` per item, its answer as HTML in the
 * accepted subset. `url` (the page; a fragment is dropped) adds `<page>#<id>` to each question with an `id`.
 */
export function faqPage({ items, format }: FaqContent, { url }: { url?: string | undefined } = {}): FaqPageJsonLd {
  const page = url?.replace(/#.*/s, '') || undefined;
  return definedFields({
    '@context': SCHEMA_ORG,
    '@type': 'FAQPage',
    url: page,
    mainEntity: items.map(({ id, question, answer }) =>
      definedFields({
        '@type': 'Question',
        name: question,
        url: page && id !== undefined ? `${page}#${encodeURIComponent(id)}` : undefined,
        acceptedAnswer: { '@type': 'Answer', text: richTextToHtml(readRichText(answer, format), page) },
      }),
    ),
  });
}
