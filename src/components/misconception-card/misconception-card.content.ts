import {
  ErrorCollector,
  ROOT_PATH,
  claimUniqueId,
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
  /** Identifier, reported in events and usable with `reveal(id)`. */
  id?: string;
  /** The misconception, as plain text. */
  misconception: string;
  /** The reality, in the rich-text subset (paragraphs, emphasis, strong, code, links, lists). */
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
  /** Heading of the section, as plain text. */
  title?: string;
  /** Text under the title, in the rich-text subset. */
  intro?: string;
  /** The cards, in order. */
  items: MisconceptionItem[];
}

/** What `<misconception-card>` accepts: one card, or a set of cards. */
export type MisconceptionInput = MisconceptionItem | MisconceptionContent;

function validateSources(obj: JsonObject, path: string, errors: ErrorCollector): MisconceptionSource[] | undefined {
  const value = obj.sources;
  const at = joinPath(path, 'sources');
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    errors.add(at, `expected a list, got ${describe(value)}`);
    return undefined;
  }
  const sources: MisconceptionSource[] = [];
  value.forEach((raw: unknown, index) => {
    const sourcePath = joinPath(at, index);
    if (!isObject(raw)) {
      errors.add(sourcePath, `expected an object with label and url, got ${describe(raw)}`);
      return;
    }
    sources.push({ label: errors.requiredString(raw, 'label', sourcePath), url: errors.requiredString(raw, 'url', sourcePath) });
  });
  return sources;
}

function validateItem(raw: unknown, path: string, errors: ErrorCollector, seen: Set<string>): MisconceptionItem {
  const obj = raw as JsonObject;
  const item: MisconceptionItem = {
    misconception: errors.requiredString(obj, 'misconception', path),
    reality: errors.requiredString(obj, 'reality', path),
  };
  const id = optionalId(obj, path, errors);
  if (id !== undefined) item.id = id;
  const verdict = errors.optionalEnum(obj, 'verdict', path, MISCONCEPTION_VERDICTS);
  if (verdict !== undefined) item.verdict = verdict;
  const sources = validateSources(obj, path, errors);
  if (sources !== undefined) item.sources = sources;
  const reviewed = errors.optionalDate(obj, 'reviewed', path);
  if (reviewed !== undefined) item.reviewed = reviewed;
  claimUniqueId(seen, id, path, errors);
  return item;
}

/** True when the root is a single card rather than a set: it has no `items` but card fields. */
function isSingleCard(root: JsonObject): boolean {
  return !('items' in root) && ('misconception' in root || 'reality' in root);
}

/**
 * Validates `<misconception-card>` content and normalises it to a set. A single card (`{ misconception, reality,
 * ... }` at the root) becomes a set of one, with error paths at the root (`verdict: ...`); in a set, invalid cards
 * are dropped and reported (`items[2].reviewed: ...`) and the valid ones kept.
 */
export function validateMisconceptionContent(raw: unknown): ValidationResult<MisconceptionContent> {
  const errors: ContentError[] = [];
  if (!expectRootObject(raw, errors)) return { value: null, errors };
  const seen = new Set<string>();
  if (isSingleCard(raw)) {
    const collector = new ErrorCollector();
    const item = validateItem(raw, ROOT_PATH, collector, seen);
    return collector.ok ? { value: { items: [item] }, errors } : { value: null, errors: collector.errors };
  }
  const section = validateSection(raw, 'items', (item, path, e) => validateItem(item, path, e, seen), errors);
  return { value: section, errors };
}
