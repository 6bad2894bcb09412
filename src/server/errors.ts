import type { ContentError } from '../internal/content/validation.js';

/**
 * Why `renderToString()` refused content: `errors` lists every problem as `{ path, message }` (the same list
 * `validate()` gives), e.g. `items[3].answer: expected a string`. Content with any error is refused, an invalid item
 * too: a publishing pipeline must not ship a page with an item silently dropped or an error state in place of content.
 */
export class InvalidContentError extends Error {
  override readonly name = 'InvalidContentError';
  /** The component the content was for. */
  readonly tag: string;
  /** Every problem found, in content order. */
  readonly errors: readonly ContentError[];

  constructor(tag: string, errors: readonly ContentError[]) {
    const [first] = errors;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super(`<${tag}> content is invalid: ${first ? `${first.path}: ${first.message}` : 'no content'}${more}`);
    this.tag = tag;
    this.errors = errors;
  }
}
