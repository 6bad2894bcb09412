import type { MisconceptionContent, MisconceptionItem } from '../components/misconception-card/misconception-card.content.js';
import { definedFields } from '../internal/content/validation.js';
import { toPlainText } from '../internal/rich-text/markdown.js';
import { readRichText } from '../internal/rich-text/read.js';
import type { RichTextFormat } from '../internal/rich-text/ast.js';
import { resolveHref } from '../internal/rich-text/html-string.js';
import { safeUrl } from '../internal/rich-text/url-policy.js';
import { SCHEMA_ORG, type ClaimReviewGraphJsonLd, type ClaimReviewJsonLd, type JsonLdAuthor } from './types.js';

export interface ClaimReviewOptions {
  url?: string | undefined;
  author?: string | JsonLdAuthor | undefined;
  /** A UI label by key (`misconception.verdict.false` gives `False`). */
  label: (key: string) => string;
}

/** The options and the content's `format`, as one card's review reads them. */
type CardOptions = ClaimReviewOptions & { format: RichTextFormat | undefined };

/** The first sentence of `text`, white space collapsed. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(flat)) return segment.trim();
  return flat;
}

/** The `author` option as a schema.org `Organization` or `Person`, or undefined when it names no one. */
function author(value: ClaimReviewOptions['author']): ClaimReviewJsonLd['author'] {
  const { '@type': type = 'Organization', name, url } = typeof value === 'string' ? { name: value } : (value ?? { name: '' });
  return typeof name === 'string' && name.trim() ? definedFields({ '@type': type, name, url }) : undefined;
}

function claimReview(item: MisconceptionItem, { url, label, format }: CardOptions, by: ClaimReviewJsonLd['author']): ClaimReviewJsonLd {
  const blocks = readRichText(item.reality, format);
  return definedFields({
    '@type': 'ClaimReview',
    claimReviewed: item.misconception,
    reviewRating: {
      '@type': 'Rating',
      alternateName: item.verdict ? label(`misconception.verdict.${item.verdict}`) : firstSentence(toPlainText(blocks.slice(0, 1))),
    },
    reviewBody: toPlainText(blocks),
    url,
    author: by,
    datePublished: item.reviewed,
    citation: item.sources?.length
      ? item.sources.map((source) => {
          const href = safeUrl(source.url);
          return definedFields({ '@type': 'CreativeWork', name: source.label, url: href === null ? undefined : resolveHref(href, url) });
        })
      : undefined,
  });
}

/**
 * `ClaimReview` structured data for valid `<misconception-card>` content, one per card in an `@graph` (one card or
 * several: the same shape). No numeric `ratingValue`: the verdicts (`misleading`, `unproven` beside `false` and
 * `mostly-true`) are not points on one scale, so the rating is the verdict in words (`alternateName`).
 */
export function claimReviewGraph({ items, format }: MisconceptionContent, options: ClaimReviewOptions): ClaimReviewGraphJsonLd {
  const url = options.url || undefined;
  const by = author(options.author);
  return { '@context': SCHEMA_ORG, '@graph': items.map((item) => claimReview(item, { ...options, url, format }, by)) };
}
