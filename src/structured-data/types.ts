/** The schema.org shapes `toJsonLd()` gives, and its options. Types only, plus two constants. */
import type { Labels } from '../internal/context/settings.js';

export const SCHEMA_ORG = 'https://schema.org';

/**
 * Marks a `<script type="application/ld+json">` as the one written for the element just before it (by
 * `toJsonLdScript()` on a server, or by the `structured-data` attribute in the browser), so the element takes it
 * over instead of adding a second one.
 */
export const JSON_LD_MARKER = 'data-explainer-json-ld';

/** The components that have structured data. */
export type StructuredDataTag = 'faq-accordion' | 'misconception-card';

/** Who published the fact checks. */
export interface JsonLdAuthor {
  /** Default: `Organization`. */
  '@type'?: 'Organization' | 'Person';
  name: string;
  url?: string;
}

/** Options of `toJsonLd()`: facts about the page that the content does not hold. */
export interface JsonLdOptions {
  /**
   * The URL of the page that shows the content (absolute). It becomes the `url` of each `ClaimReview` (which
   * Google requires for fact checks) and of the `FAQPage`, `<page>#<id>` for each question with an `id` (the
   * accordion opens it from that link), and the base of relative links in answers and sources.
   */
  url?: string;
  /** Who published the fact checks (`ClaimReview.author`): a name (an `Organization`), or `{ '@type', name, url? }`. */
  author?: string | JsonLdAuthor;
  /**
   * The language of the verdict words (`reviewRating.alternateName`), as the component's locale: English is built in;
   * others once registered (`import 'explainer-elements/locales/de.js'` or `registerLabels()`). Default: `en`.
   */
  locale?: string;
  /** Label overrides by key, as the component's `labels`, e.g. `{ 'misconception.verdict.false': 'Wrong' }`. */
  labels?: Labels;
}

/** A `Question` of a `FAQPage`. */
export interface QuestionJsonLd {
  '@type': 'Question';
  /** The question, as plain text. */
  name: string;
  /** `<page>#<id>` when the item has an `id` and `url` was given. */
  url?: string;
  /** The answer as HTML in the subset search engines accept: `p`, `ul`, `ol`, `li`, `a href`, `strong`, `em`. */
  acceptedAnswer: { '@type': 'Answer'; text: string };
}

/** `<faq-accordion>`'s structured data. */
export interface FaqPageJsonLd {
  '@context': typeof SCHEMA_ORG;
  '@type': 'FAQPage';
  url?: string;
  mainEntity: QuestionJsonLd[];
}

/** A source backing a reality. */
export interface CitationJsonLd {
  '@type': 'CreativeWork';
  name: string;
  /** Absent when the source's URL fails the URL policy. */
  url?: string;
}

/** One card's fact check. */
export interface ClaimReviewJsonLd {
  '@type': 'ClaimReview';
  /** The misconception, as plain text. */
  claimReviewed: string;
  /** `alternateName`: the verdict in words, or the reality's first sentence when the card has no verdict. */
  reviewRating: { '@type': 'Rating'; alternateName: string };
  /** The reality, as plain text. */
  reviewBody: string;
  url?: string;
  author?: Required<Pick<JsonLdAuthor, '@type'>> & JsonLdAuthor;
  /** The card's `reviewed` date. */
  datePublished?: string;
  /** The card's sources. */
  citation?: CitationJsonLd[];
}

/** `<misconception-card>`'s structured data: one `ClaimReview` per card, in order. */
export interface ClaimReviewGraphJsonLd {
  '@context': typeof SCHEMA_ORG;
  '@graph': ClaimReviewJsonLd[];
}

/** Any structured data `toJsonLd()` gives. */
export type JsonLd = FaqPageJsonLd | ClaimReviewGraphJsonLd;
