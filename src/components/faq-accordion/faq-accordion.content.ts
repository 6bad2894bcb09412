import type {
  ErrorCollector} from '../../internal/content/validation.js';
import {
  expectRootObject,
  claimUniqueId,
  optionalId,
  validateSection,
  type ContentError,
  type JsonObject,
  type ValidationResult,
} from '../../internal/content/validation.js';

/** One question and its answer. */
export interface FaqItem {
  /** Identifier for deep links (`#id`) and events. */
  id?: string;
  /** The question, as plain text. */
  question: string;
  /** The answer, in the rich-text subset (paragraphs, emphasis, strong, code, links, lists). */
  answer: string;
  /** Starts open. */
  open?: boolean;
}

/** Content of `<faq-accordion>`. */
export interface FaqContent {
  /** Heading of the section, as plain text. */
  title?: string;
  /** Text under the title, in the rich-text subset. */
  intro?: string;
  /** The questions, in order. */
  items: FaqItem[];
}

function validateItem(raw: unknown, path: string, errors: ErrorCollector, seen: Set<string>): FaqItem {
  const obj = raw as JsonObject;
  const item: FaqItem = {
    question: errors.requiredString(obj, 'question', path),
    answer: errors.requiredString(obj, 'answer', path),
  };
  const id = optionalId(obj, path, errors);
  if (id !== undefined) item.id = id;
  const open = errors.optionalBoolean(obj, 'open', path);
  if (open !== undefined) item.open = open;
  claimUniqueId(seen, id, path, errors);
  return item;
}

/** Validates `<faq-accordion>` content: invalid items are dropped and reported, valid ones kept. */
export function validateFaqContent(raw: unknown): ValidationResult<FaqContent> {
  const errors: ContentError[] = [];
  if (!expectRootObject(raw, errors)) return { value: null, errors };
  const seen = new Set<string>();
  const section = validateSection(raw, 'items', (item, path, e) => validateItem(item, path, e, seen), errors);
  return { value: section, errors };
}
