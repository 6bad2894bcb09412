import type { RichTextFormat } from '../../internal/rich-text/ast.js';
import { contentText } from '../../internal/content/format.js';
import {
  claimUniqueId,
  expectRootObject,
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
  /** The question, as plain text (with `format: "html"`, character references are decoded and tags show as text). */
  question: string;
  /** The answer, in the rich-text subset (paragraphs, emphasis, strong, code, links, lists), as Markdown or HTML. */
  answer: string;
  /** Starts open. */
  open?: boolean;
}

/** Content of `<faq-accordion>`. */
export interface FaqContent {
  /**
   * How the rich-text fields (`intro`, `answer`) are written: `markdown` (default) or `html` (read by an HTML parser
   * into the same subset; plain-text fields then have character references decoded).
   */
  format?: RichTextFormat;
  /** Heading of the section, as plain text. */
  title?: string;
  /** Text under the title, in the rich-text subset. */
  intro?: string;
  /** The questions, in order. */
  items: FaqItem[];
}

/** Validates `<faq-accordion>` content: invalid items are dropped and reported, valid ones kept. */
export function validateFaqContent(raw: unknown): ValidationResult<FaqContent> {
  const errors: ContentError[] = [];
  if (!expectRootObject(raw, errors)) return { value: null, errors };
  const text = contentText(raw, errors);
  if (!text) return { value: null, errors };
  const seen = new Set<string>();
  const value = validateSection(
    raw,
    'items',
    (raw, path, e): FaqItem => {
      const obj = raw as JsonObject;
      const item: FaqItem = {
        question: e.requiredPlain(obj, 'question', path),
        answer: e.requiredRich(obj, 'answer', path),
      };
      const id = optionalId(obj, path, e);
      const open = e.optionalBoolean(obj, 'open', path);
      // Absent fields stay absent (no `id: undefined`).
      if (id !== undefined) item.id = id;
      if (open !== undefined) item.open = open;
      claimUniqueId(seen, id, path, e);
      return item;
    },
    errors,
    text,
  );
  return { value, errors };
}
