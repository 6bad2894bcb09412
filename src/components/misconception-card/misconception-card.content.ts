import type { RichTextFormat } from '../../internal/rich-text/ast.js';
import { contentText } from '../../internal/content/format.js';
import {
  ErrorCollector,
  ROOT_PATH,
  claimUniqueId,
  definedFields,
  describe,
  expectRootObject,
  isObject,
  joinPath,
  optionalId,
  validateSection,
  type ContentError,
  type JsonObject,
  type ValidationResult,
} from '../../internal/content/validation.js';

/** The verdicts a card can carry, from the fact-checking vocabulary (shown as a text badge). */
export const MISCONCEPTION_VERDICTS = ['false', 'misleading', 'mostly-false', 'mostly-true', 'unproven'] as const;

/** How true the misconception is. */
export type MisconceptionVerdict = (typeof MISCONCEPTION_VERDICTS)[number];

/** A source backing the reality. */
export interface MisconceptionSource {
  /** What the link says, as plain text. */
  label: string;
  /** Where it points: `http:`, `https:`, `mailto:` or relative. Any other URL shows the label as text, not a link. */
  url: string;
}

/** One misconception paired with the reality. */
export interface MisconceptionItem {
  /** Identifier, reported in events and usable with `revealItem(id)`. */
  id?: string;
  /** The misconception, as plain text (with `format: "html"`, character references are decoded and tags show as text). */
  misconception: string;
  /** The reality, in the rich-text subset (paragraphs, emphasis, strong, code, links, lists), as Markdown or HTML. */
  reality: string;
  /** How true the misconception is, shown as a text badge. */
  verdict?: MisconceptionVerdict;
  /** Sources backing the reality. */
  sources?: MisconceptionSource[];
  /** When the card was last reviewed: an ISO 8601 date such as `2026-05-01`. */
  reviewed?: string;
}

/** A set of cards, the form every content is normalised to. */
export interface MisconceptionContent {
  /**
   * How the rich-text fields (`intro`, `reality`) are written: `markdown` (default) or `html` (read by an HTML parser
   * into the same subset; plain-text fields then have character references decoded).
   */
  format?: RichTextFormat;
  /** Heading of the section, as plain text. */
  title?: string;
  /** Text under the title, in the rich-text subset. */
  intro?: string;
  /** The cards, in order. */
  items: MisconceptionItem[];
}

/** One card at the root of the content, with the content's `format`. */
export interface MisconceptionSingleCard extends MisconceptionItem {
  /** How `reality` is written: `markdown` (default) or `html`. */
  format?: RichTextFormat;
}

/** What `<misconception-card>` accepts: one card, or a set of cards. */
export type MisconceptionInput = MisconceptionSingleCard | MisconceptionContent;

function validateSources(value: unknown, at: string, errors: ErrorCollector): MisconceptionSource[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    errors.add(at, `expected a list, got ${describe(value)}`);
    return undefined;
  }
  return value.flatMap((raw: unknown, index) => {
    const path = joinPath(at, index);
    if (isObject(raw)) return [{ label: errors.requiredPlain(raw, 'label', path), url: errors.requiredString(raw, 'url', path) }];
    errors.add(path, `expected an object with label and url, got ${describe(raw)}`);
    return [];
  });
}

function validateItem(obj: JsonObject, path: string, errors: ErrorCollector, seen: Set<string>): MisconceptionItem {
  // Fields in this order, so errors are listed in it.
  const item: MisconceptionItem = {
    misconception: errors.requiredPlain(obj, 'misconception', path),
    reality: errors.requiredRich(obj, 'reality', path),
    id: optionalId(obj, path, errors),
    verdict: errors.optionalEnum(obj, 'verdict', path, MISCONCEPTION_VERDICTS),
    sources: validateSources(obj.sources, joinPath(path, 'sources'), errors),
    reviewed: errors.optionalDate(obj, 'reviewed', path),
  };
  claimUniqueId(seen, item.id, path, errors);
  return definedFields(item);
}

/**
 * Validates `<misconception-card>` content and normalises it to a set. A single card (`{ misconception, reality,
 * ... }` at the root: no `items` but card fields) becomes a set of one, with error paths at the root
 * (`verdict: ...`); in a set, invalid cards are dropped and reported (`items[2].reviewed: ...`) and the valid ones kept.
 */
export function validateMisconceptionContent(raw: unknown): ValidationResult<MisconceptionContent> {
  const errors: ContentError[] = [];
  if (!expectRootObject(raw, errors)) return { value: null, errors };
  const text = contentText(raw, errors);
  if (!text) return { value: null, errors };
  const seen = new Set<string>();
  const check = (item: unknown, path: string, collector: ErrorCollector) => validateItem(item as JsonObject, path, collector, seen);
  if (!('items' in raw) && ('misconception' in raw || 'reality' in raw)) {
    const collector = new ErrorCollector(text);
    const item = check(raw, ROOT_PATH, collector);
    const value: MisconceptionContent = text.format === 'html' ? { items: [item], format: text.format } : { items: [item] };
    return collector.ok ? { value, errors } : { value: null, errors: collector.errors };
  }
  return { value: validateSection(raw, 'items', check, errors, text), errors };
}
