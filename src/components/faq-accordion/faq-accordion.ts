import { html, nothing, type PropertyDeclarations } from 'lit';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { structuredDataOnDemand } from '../../structured-data/on-demand.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { heading } from '../../internal/heading.js';
import { moveFocusByKey } from '../../internal/keyboard.js';
import { HashLinkController } from '../../internal/hash-link.js';
import { renderRichText } from '../../internal/rich-text/index.js';
import type { ExplainerToggleDetail } from '../../internal/events.js';
import { validateFaqContent, type FaqContent } from './faq-accordion.content.js';
import { faqLabels } from './faq-accordion.labels.js';
import { faqStyles } from './faq-accordion.styles.js';

/** APG: `role="region"` on panels only while there are few of them, so landmarks stay useful. */
const MAX_REGIONS = 6;

/**
 * Questions that expand to answers, following the WAI-ARIA APG accordion pattern. One element renders the whole
 * list. Closed answers stay findable with the browser's find-in-page (`hidden="until-found"`).
 *
 * Content (`data`, an inline `<script type="application/json">`, or `src`): `{ title?, intro?, items: [{ id?,
 * question, answer, open? }], format? }`; `answer` and `intro` take the rich-text subset, as Markdown or (with
 * `format: "html"`) HTML.
 *
 * @summary An accessible FAQ accordion from JSON.
 * @tagname faq-accordion
 *
 * @fires explainer-load - Content has rendered. `detail: { count, source }`.
 * @fires explainer-error - Content or `src` had problems. `detail: { errors: [{ path, message }], kind, fatal }`.
 * @fires explainer-toggle - An answer opened or closed. `detail: { id, index, label, open }`.
 *
 * @csspart title - The section heading.
 * @csspart intro - The text under the title.
 * @csspart toolbar - The row holding the show-all control.
 * @csspart toggle-all - The "Show all / Hide all" button (its accessible name adds "answers: <title>").
 * @csspart list - The container of all items.
 * @csspart item - One question and its answer (`item-open` is added while open).
 * @csspart item-open - An item whose answer is open.
 * @csspart question-heading - The heading around each question button.
 * @csspart question - The button that opens and closes an answer.
 * @csspart question-text - The question's text inside the button.
 * @csspart icon - The chevron (decorative, hidden from assistive technology).
 * @csspart answer - The answer panel.
 * @csspart answer-body - The answer's text.
 * @csspart copy-link - The "copy link" button (with `copy-links`).
 * @csspart link - Links inside answers and the intro.
 * @csspart loading - The loading state.
 * @csspart error - The error state and error notices.
 *
 * @cssproperty --explainer-faq-divider - Border between items. Default: `var(--explainer-border-width) solid var(--explainer-border-color)`.
 * @cssproperty --explainer-faq-question-padding - Padding of question buttons.
 * @cssproperty --explainer-faq-question-background - Background of question buttons.
 * @cssproperty --explainer-faq-question-font-weight - Font weight of questions. Default: 600.
 * @cssproperty --explainer-faq-question-font-size - Font size of questions. Default: 1em.
 * @cssproperty --explainer-faq-answer-padding - Padding of answer panels.
 * @cssproperty --explainer-faq-icon-size - Size of the chevron. Default: 1.25em.
 * @cssproperty --explainer-space - Base spacing unit (all components). Default: 0.75rem.
 * @cssproperty --explainer-border-color - Border colour (all components). Default: currentColor at 25%.
 * @cssproperty --explainer-accent-color - Colour of controls such as "Show all". Default: LinkText.
 * @cssproperty --explainer-focus-color - Focus ring colour. Default: Highlight.
 * @cssproperty --explainer-duration - Length of transitions (none with reduced motion). Default: 150ms.
 */
export class FaqAccordion extends ExplainerElement<FaqContent> {
  static override styles = [baseStyles, faqStyles];
  protected static override labelCatalog = faqLabels;

  static override properties: PropertyDeclarations = {
    single: { type: Boolean, reflect: true },
    copyLinks: { type: Boolean, reflect: true, attribute: 'copy-links' },
    print: { reflect: true },
    structuredData: { type: Boolean, reflect: true, attribute: 'structured-data' },
    openItems: { state: true },
    announcement: { state: true },
  };

  /** Only one answer open at a time; opening one closes the others. The show-all control is not shown. */
  declare single: boolean;

  /** Shows a "copy link" button in each open answer whose item has an `id`. */
  declare copyLinks: boolean;

  /** `expanded` (default) prints every answer; `as-is` prints only the open ones. */
  declare print: 'expanded' | 'as-is';

  /**
   * Adds the content's schema.org `FAQPage` data for search engines: one `<script type="application/ld+json">`
   * right after the element (in the light DOM), kept in sync with the content and removed with the attribute,
   * with invalid content or on disconnect. On a page that enforces Trusted Types, needs the `explainer-elements`
   * policy (otherwise no script, and `explainer-error`).
   */
  declare structuredData: boolean;

  private declare openItems: ReadonlySet<number>;
  private declare announcement: string;

  /** Answers rendered once per content, so opening an item re-renders no rich text. */
  #answers: unknown[] = [];

  /** Deep links: the URL hash names an item's `id`; open it and scroll it into view. */
  readonly #hashLink = new HashLinkController(this, (id) => {
    const index = this.content?.items.findIndex((item) => item.id === id) ?? -1;
    if (!this.toggle(index, true)) return;
    // As the browser's own jump to a fragment: instant, unless the page's `scroll-behavior` says smooth.
    void this.updateComplete.then(() => this.#questionButtons()[index]?.scrollIntoView());
  });

  constructor() {
    super();
    structuredDataOnDemand(this, () => import('../../structured-data/faq-accordion-json-ld.js'), () => this.content, (key) => this.label(key));
    this.single = this.copyLinks = this.structuredData = false;
    this.print = 'expanded';
    this.openItems = new Set();
  }

  /** Opens every answer. */
  expandAll(): void {
    this.#setOpen(new Set(this.content?.items.keys()));
  }

  /** Closes every answer. */
  collapseAll(): void {
    this.#setOpen(new Set());
  }

  /** Opens, closes (or with no `open`, toggles) the item with this `id` or index. Returns false if there is none. */
  toggle(item: string | number, open?: boolean): boolean {
    const items = this.content?.items ?? [];
    const index = typeof item === 'number' ? item : items.findIndex((it) => it.id === item);
    // `in` is false for -1, NaN, fractions and indexes past the end.
    if (!(index in items)) return false;
    const next = new Set(this.openItems);
    if (open ?? !next.has(index)) {
      if (this.single) next.clear();
      next.add(index);
    } else {
      next.delete(index);
    }
    this.#setOpen(next);
    return true;
  }

  /** Whether the item at `index` is open. */
  isOpen(index: number): boolean {
    return this.openItems.has(index);
  }

  protected override validateContent(raw: unknown) {
    return validateFaqContent(raw);
  }

  protected override countItems(content: FaqContent): number {
    return content.items.length;
  }

  protected override contentChanged({ items, format }: FaqContent): void {
    this.#answers = items.map((item) => renderRichText(item.answer, format));
    const open = items.flatMap((item, i) => (item.open ? [i] : []));
    this.openItems = new Set(this.single ? open.slice(0, 1) : open);
    // Once the new content has rendered, the URL hash may name one of its items.
    void this.updateComplete.then(() => this.#hashLink.check());
  }

  /** Fires `explainer-toggle` for every item that changes, once the change has rendered. */
  #setOpen(next: ReadonlySet<number>): void {
    const before = this.openItems;
    const items = this.content?.items ?? [];
    this.openItems = next;
    void this.updateComplete.then(() =>
      items.forEach(({ id, question }, index) => {
        const open = next.has(index);
        if (open !== before.has(index)) this.emit<ExplainerToggleDetail>('explainer-toggle', { id: id ?? String(index), index, label: question, open });
      }),
    );
  }

  #questionButtons(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.question')];
  }

  /**
   * A click on a question toggles its item. `beforematch` (find-in-page matched text in a closed answer, which the
   * browser reveals) opens the item, so the state follows.
   */
  readonly #onListEvent = (event: Event): void => {
    const target = event.target as Element;
    const index = Number(target.closest<HTMLElement>('[data-index]')?.dataset.index);
    if (event.type === 'beforematch') this.toggle(index, true);
    else if (target.closest('.question')) this.toggle(index);
  };

  async #copyLink(id: string): Promise<void> {
    const url = new URL(`#${encodeURIComponent(id)}`, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      this.announcement = this.label('faq.linkCopied');
    } catch {
      this.announcement = this.label('faq.linkNotCopied', { url });
    }
  }

  protected override renderContent({ title, intro, items, format }: FaqContent): unknown {
    const allOpen = this.openItems.size === items.length;
    const level = this.itemLevel(!!title);
    const regions = items.length <= MAX_REGIONS;
    // One label gives the visible words and, with its `[...]` words, the name: "Show all" named "Show all answers: <title>".
    const toggleKey = allOpen ? 'faq.hideAll' : 'faq.showAll';
    const toggleVars = { title: title ?? this.label('faq.untitled') };
    // Templates are written without whitespace between elements: no text node per gap, in every item.
    return html`${title ? heading(this.titleLevel, 'title', title) : nothing}${
      intro ? html`<div part="intro" class="intro">${renderRichText(intro, format)}</div>` : nothing
    }${
      this.single
        ? nothing
        : html`<div part="toolbar" class="toolbar"><button type="button" part="toggle-all" class="toggle-all" aria-label=${this.label(toggleKey, toggleVars)}
            @click=${() => this.#setOpen(new Set(allOpen ? [] : items.keys()))}
          >${this.labelParts(toggleKey, toggleVars)}</button></div>`
    }<div part="list" class="list"
      @click=${this.#onListEvent}
      @beforematch=${this.#onListEvent}
      @keydown=${(event: KeyboardEvent) => moveFocusByKey(event, this.#questionButtons()) && event.preventDefault()}
    >${items.map(({ id, question }, index) => {
      // One template per item, the chevron inline.
      const open = this.openItems.has(index);
      const ref = `${this.idPrefix}-${index}`;
      return html`<div part=${open ? 'item item-open' : 'item'} class="item" data-index=${index}>${heading(
        level,
        'question-heading',
        html`<button type="button" part="question" class="question" id="${ref}-q" aria-expanded=${open} aria-controls="${ref}-a"
          ><span part="question-text">${question}</span
          ><svg part="icon" viewBox="0 0 20 20" aria-hidden="true"
            ><path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"
          /></svg
        ></button>`,
      )}<div part="answer" class="answer" id="${ref}-a" role=${regions ? 'region' : nothing} aria-labelledby=${regions ? `${ref}-q` : nothing}
          hidden=${open ? nothing : 'until-found'}
        ><div part="answer-body" class="body">${this.#answers[index]}</div>${
          this.copyLinks && id !== undefined
            ? html`<button type="button" part="copy-link" class="copy-link" @click=${() => this.#copyLink(id)}
                >${this.label('faq.copyLink', { question })}</button
              >`
            : nothing
        }</div></div>`;
    })}</div
    ><div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}
