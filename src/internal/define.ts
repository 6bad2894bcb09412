/**
 * Registers `ctor` under `tag`, forgivingly: a tag that is already defined is left alone, and a class that is
 * already registered under another tag is registered again through an empty subclass. It never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch {
    const Base = ctor as unknown as typeof HTMLElement;
    customElements.define(tag, class extends Base {});
  }
}
