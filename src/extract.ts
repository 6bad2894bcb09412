/**
 * `extractArticle(text)`: reads an explainer article in Markdown or plain text and returns the content of each
 * section it recognises, valid for its component: pipe tables for `<cooperation-table>`, an FAQ section for
 * `<faq-accordion>`, "Misconception: ... Reality: ..." (or "Myth: ... Fact: ...") pairs for `<misconception-card>`
 * and an indicators list for `<indicator-tracker>`. It never invents text: titles, questions, answers, labels and
 * descriptions are the article's own words with their inline Markdown as written; only ids and column keys are
 * derived (slugs). What it sees but cannot place is reported in `warnings`, with line numbers.
 *
 * Pure: no DOM, no Lit, no Node APIs; runs in Node, browsers and workers (CMS plugins, build steps).
 * Linear in the article's length, and never throws.
 *
 * @example
 * ```js
 * import { extractArticle } from 'explainer-elements/extract.js';
 * const { sections, found, warnings } = extractArticle(markdown);
 * faqElement.data = sections['faq-accordion'];
 * ```
 */
import { validate } from './validate.js';
import { readBlocks } from './extract/blocks.js';
import { ExtractContext, type AnyDraft } from './extract/context.js';
import { extractFaqs } from './extract/faq.js';
import { withHeadings } from './extract/headings.js';
import { extractIndicators } from './extract/indicators.js';
import { atxHeading, readLines, type SourceLine } from './extract/lines.js';
import { extractMisconceptions } from './extract/misconceptions.js';
import { extractTables } from './extract/table.js';
import type { AnyExtractedSection, ExtractOptions, ExtractResult, ExtractSyntax, ExtractTag } from './extract/types.js';

export type {
  AnyExtractedSection,
  ExtractContentMap,
  ExtractedSection,
  ExtractOptions,
  ExtractResult,
  ExtractSyntax,
  ExtractTag,
  ExtractWarning,
} from './extract/types.js';

/** The components `extractArticle` writes content for, in the order of the package's documentation. */
export const extractTags: readonly ExtractTag[] = ['cooperation-table', 'faq-accordion', 'misconception-card', 'indicator-tracker'];

function resolveSyntax(syntax: ExtractOptions['syntax'], lines: readonly SourceLine[]): ExtractSyntax {
  if (syntax === 'markdown' || syntax === 'text') return syntax;
  return lines.some((line) => atxHeading(line.text) !== null) ? 'markdown' : 'text';
}

/** Names a draft (`<tag>`, then `<tag>-2`...) and files its content under its tag when it is the first one. */
function record(draft: AnyDraft, name: string, result: ExtractResult): void {
  const { tag, line, endLine, title, itemLines, content } = draft;
  // The spread of a union loses which tag goes with which content; `draft` had them together.
  result.found.push({ tag, name, line, endLine, ...(title === undefined ? {} : { title }), itemLines, content } as AnyExtractedSection);
  if (name === tag) Object.assign(result.sections, { [tag]: content });
}

/**
 * Extracts the component content of an explainer article.
 *
 * @param text - the article, in Markdown or plain text (untrusted: any string is safe to pass).
 * @param options - `syntax`: how to read it (default: Markdown when a line is a `#` heading, else plain text).
 * @returns `sections` (the first section of each kind, by tag), `found` (every section with its file name,
 *   lines and content, in article order) and `warnings` (what could not be placed), all with 1-based line numbers.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): ExtractResult {
  const lines = readLines(typeof text === 'string' ? text : '');
  const result: ExtractResult = { syntax: resolveSyntax(options.syntax, lines), sections: {}, found: [], warnings: [] };
  try {
    const blocks = withHeadings(readBlocks(lines, result.syntax));
    const context = new ExtractContext();
    const drafts: AnyDraft[] = [
      ...extractTables(blocks, context),
      ...extractFaqs(blocks, context),
      ...extractMisconceptions(blocks, context),
      ...extractIndicators(blocks, context),
    ].sort((a, b) => a.line - b.line);
    const counts = new Map<ExtractTag, number>();
    for (const draft of drafts) {
      const check = validate(draft.tag, draft.content);
      if (!check.ok) {
        const errors = check.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
        context.warn(draft.line, `${draft.tag} content would not be valid (${errors}): left out`);
        continue;
      }
      const n = (counts.get(draft.tag) ?? 0) + 1;
      counts.set(draft.tag, n);
      record(draft, n === 1 ? draft.tag : `${draft.tag}-${n}`, result);
    }
    result.warnings = context.warnings.sort((a, b) => a.line - b.line);
  } catch (error) {
    // Not expected (the readers are total functions, and fuzzed): report it rather than throw at a CMS plugin.
    result.sections = {};
    result.found = [];
    result.warnings = [{ line: 1, message: `internal error, nothing extracted: ${String(error)}` }];
  }
  return result;
}
