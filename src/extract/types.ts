/**
 * The public types of the article extractor (`explainer-elements/extract.js`).
 */
import type { CooperationTableContent } from '../components/cooperation-table/cooperation-table.content.js';
import type { FaqContent } from '../components/faq-accordion/faq-accordion.content.js';
import type { MisconceptionContent } from '../components/misconception-card/misconception-card.content.js';
import type { TrackerContent } from '../components/indicator-tracker/indicator-tracker.content.js';

/** The components the extractor writes content for. */
export type ExtractTag = 'cooperation-table' | 'faq-accordion' | 'misconception-card' | 'indicator-tracker';

/** The content type of each component, by tag. */
export interface ExtractContentMap {
  'cooperation-table': CooperationTableContent;
  'faq-accordion': FaqContent;
  'misconception-card': MisconceptionContent;
  'indicator-tracker': TrackerContent;
}

/**
 * How the article is read.
 * - `markdown`: blank lines separate paragraphs, the lines of one paragraph are joined, `#` and setext headings count.
 * - `text`: every line is a paragraph of its own (the shape of an article copied from a web page).
 */
export type ExtractSyntax = 'markdown' | 'text';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /** How the article is read. Default (`auto`): `markdown` when a line is a `#` heading, else `text`. */
  syntax?: ExtractSyntax | 'auto';
}

/** One section the extractor recognised, with its content. */
export interface ExtractedSection<T extends ExtractTag = ExtractTag> {
  /** The component the content is for. */
  tag: T;
  /**
   * The file name without `.json`: the tag for the first section of a kind, then `<tag>-2`, `<tag>-3`...
   * (names that `explainer-elements validate` maps back to the component).
   */
  name: string;
  /** First line of the section in the article (1-based): its heading, or its first item when it has none. */
  line: number;
  /** Last line of the section's content. */
  endLine: number;
  /** The section's title, when the article gives one. */
  title?: string;
  /** The line of each item (row, question, card, indicator), in order. */
  itemLines: number[];
  /** The content, valid for the component by `validate(tag, content)`. */
  content: ExtractContentMap[T];
}

/** A recognised section of any kind: `tag` tells which. */
export type AnyExtractedSection = { [T in ExtractTag]: ExtractedSection<T> }[ExtractTag];

/** Something the extractor saw but could not place, or placed with a caveat. */
export interface ExtractWarning {
  /** The line it is about (1-based). */
  line: number;
  /** Last line, when it is about several. */
  endLine?: number;
  /** What happened, in plain words. */
  message: string;
}

/** What {@link extractArticle} returns. */
export interface ExtractResult {
  /** How the article was read. */
  syntax: ExtractSyntax;
  /** The first section of each kind, by tag: the content of `<tag>.json`. */
  sections: Partial<ExtractContentMap>;
  /** Every recognised section, in the article's order (more than one of a kind is possible: see `name`). */
  found: AnyExtractedSection[];
  /** What could not be placed, in line order. */
  warnings: ExtractWarning[];
}
