import { expect } from '@open-wc/testing';

/**
 * The corpus run shared by the XSS tests (Markdown content in xss.test.ts, HTML content in xss-html.test.ts): how
 * payloads are fed to a component, and what must hold once they all rendered.
 */

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
export const xssFlag = () => (window as unknown as { __xss?: unknown }).__xss;

/**
 * Feeds every payload to `render`: in batches of `batch` items (item fields), the batch's first payload in the root
 * fields too; then, when a batch holds more than one, each payload alone, so every root-level field (title, intro,
 * caption) takes every payload.
 */
export async function feedCorpus<P>(batch: number, payloads: readonly P[], render: (root: P, items: readonly P[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < payloads.length; i += batch) {
    const chunk = payloads.slice(i, i + batch);
    await render(chunk[0]!, chunk);
  }
  if (batch > 1) {
    for (const payload of payloads) await render(payload, [payload]);
  }
}

/**
 * After the corpus: lets anything asynchronous (image errors, SVG loads, autofocus) happen, then expects no problem
 * found on the way, no `window.__xss`, no clobbering element in the document and no trapped side effect.
 */
export async function expectNothingRan(problems: readonly string[], calls: readonly string[]): Promise<void> {
  await tick(100);
  expect(problems.slice(0, 25).join('\n'), `${problems.length} problem(s)`).to.equal('');
  expect(xssFlag(), 'window.__xss').to.equal(undefined);
  expect(document.querySelectorAll('#__xss, [name="__xss"]').length, 'clobbering elements in the document').to.equal(0);
  expect(calls).to.deep.equal([]);
}
