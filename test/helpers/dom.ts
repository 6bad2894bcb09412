/** Elements with `part~=name` in `el`'s render root. */
export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  const root = (el.shadowRoot ?? el) as ParentNode;
  return Array.from(root.querySelectorAll<T>(`[part~="${name}"]`));
}

/** The first element with `part~=name`, or throws a readable error. */
export function part<T extends Element = HTMLElement>(el: Element, name: string): T {
  const found = parts<T>(el, name)[0];
  if (!found) throw new Error(`no [part~="${name}"] in <${el.localName}>`);
  return found;
}

/** Visible text of an element, whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for `el.updateComplete` (Lit) twice, for updates that schedule another. */
export async function settle(el: Element): Promise<void> {
  const lit = el as Element & { updateComplete?: Promise<unknown> };
  await lit.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await lit.updateComplete;
}

/** Polls until `check()` is truthy, or fails after `ms`. */
export async function waitFor(check: () => unknown, ms = 3000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
