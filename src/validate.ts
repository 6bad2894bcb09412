/**
 * `validate(tagName, content)`: checks content for a component without rendering it, in Node or a browser
 * (content pipelines, CMS previews, tests). Registers nothing and imports no Lit.
 */
import type { ContentError, ValidationResult } from './internal/content/validation.js';
import { validateCooperationTableContent } from './components/cooperation-table/cooperation-table.content.js';
import { validateFaqContent } from './components/faq-accordion/faq-accordion.content.js';
import { validateMisconceptionContent } from './components/misconception-card/misconception-card.content.js';
import { validateTrackerContent } from './components/indicator-tracker/indicator-tracker.content.js';
import { useDomHtmlReader } from './internal/rich-text/html-reader-dom.js';

export type { ContentError } from './internal/content/validation.js';

/** The outcome of {@link validate}: `ok` only when the content is valid as a whole, with no item dropped. */
export interface ValidateResult {
  ok: boolean;
  errors: ContentError[];
}

const validators: Record<string, (raw: unknown) => ValidationResult<object>> = {
  'cooperation-table': validateCooperationTableContent,
  'faq-accordion': validateFaqContent,
  'indicator-tracker': validateTrackerContent,
  'misconception-card': validateMisconceptionContent,
};

/** The tag names `validate` knows. */
export const componentTags: readonly string[] = Object.keys(validators);

/**
 * Validates `content` for the component `tagName` (e.g. `faq-accordion`). Never throws. HTML content (`"format":
 * "html"`) is read with the browser's own parser, or under Node (the `node` export condition) with parse5.
 */
export function validate(tagName: string, content: unknown): ValidateResult {
  useDomHtmlReader();
  const validator = validators[tagName];
  if (!validator) {
    return { ok: false, errors: [{ path: '(root)', message: `unknown component "${tagName}": expected one of ${componentTags.join(', ')}` }] };
  }
  try {
    const result = validator(content);
    return { ok: result.value !== null && result.errors.length === 0, errors: result.errors };
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `could not be read (${String(error)})` }] };
  }
}
