import { expect } from '@open-wc/testing';
import type { ExplainerErrorDetail } from '../../src/internal/events.js';
import { part, parts, text } from './dom.js';

/**
 * Asserts the structural error state: a fatal content error whose `path: message` line is `line`, shown in
 * `[part~="error"]` with `role="alert"`, and no `itemPart` rendered.
 */
export function expectErrorState(el: Element, detail: ExplainerErrorDetail, line: string, itemPart: string): void {
  expect(detail.fatal).to.be.true;
  expect(detail.kind).to.equal('content');
  expect(detail.errors.map((e) => `${e.path}: ${e.message}`)).to.include(line);
  const error = part(el, 'error');
  expect(error.getAttribute('role')).to.equal('alert');
  expect(text(error)).to.contain(line);
  expect(parts(el, itemPart)).to.have.length(0);
}
