/// <reference types="node" />
/**
 * `explainer-elements/validate.js` as Node gets it (the `node` export condition): the same `validate()`, with HTML
 * content (`"format": "html"`) read by parse5, a spec-compliant HTML parser, where browsers use their own. The CLI
 * validates through it too. Registers nothing and imports no Lit.
 */
import { useNodeHtmlReader } from './internal/rich-text/html-reader-node.js';
import { validate as validateWithReader, type ValidateResult } from './validate.js';

export { componentTags } from './validate.js';
export type { ContentError, ValidateResult } from './validate.js';

/** Validates `content` for the component `tagName` (e.g. `faq-accordion`). Never throws. */
export function validate(tagName: string, content: unknown): ValidateResult {
  useNodeHtmlReader();
  return validateWithReader(tagName, content);
}
