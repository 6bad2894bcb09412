import { guard } from 'lit/directives/guard.js';
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { heading } from '../../internal/heading.js';
import { moveFocusByKey } from '../../internal/keyboard.js';
import { HashLinkController } from '../../internal/hash-link.js';
import { parseRichText, renderRichText, type RichBlock } from '../../internal/rich-text/index.js';
import type { ExplainerToggleDetail } from '../../internal/events.js';
import { validateFaqContent, type FaqContent } from './faq-accordion.content.js';
import { faqLabels } from './faq-accordion.labels.js';
import { faqStyles } from './faq-accordion.styles.js';

/** APG: `role="region"` on panels only while there are few of them, so landmarks stay useful. */
const MAX_REGIONS = 6;

const chevron = svg`<svg part="icon" class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * Questions that expand to answers, following the WAI-ARIA APG accordion pattern. One element renders the whole
 * list. Closed answers stay findable with the browser's find-in-page (`hidden="until-found"`).
 *
 * Content (`data`, an inline `<script type="application/json">`, or `src`): `{ title?, intro?, items: [{ id?,
 * question, answer, open? }] }`; `answer` and `intro` take the rich-text subset.
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
 * @csspart toggle-all - The "Show all / Hide all" button.
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
    openItems: { state: true },
    announcement: { state: true },
  };

  /** Only one answer open at a time; opening one closes the others. The show-all control is not shown. */
  declare single: boolean;

  /** Shows a "copy link" button in each open answer whose item has an `id`. */
  declare copyLinks: boolean;

  /** `expanded` (default) prints every answer; `as-is` prints only the open ones. */
  declare print: 'expanded' | 'as-is';

  private declare openItems: ReadonlySet<number>;
  private declare announcement: string;

  private answers: RichBlock[][] = [];
  private pendingToggles: ExplainerToggleDetail[] = [];
  private recheckHash = false;
  private readonly hashLink = new HashLinkController(this, (id) => this.openFromHash(id));

  constructor() {
    super();
    this.single = false;
    this.copyLinks = false;
    this.print = 'expanded';
    this.openItems = new Set();
    this.announcement = '';
  }

  /** Opens every answer. */
  expandAll(): void {
    this.setOpen(new Set(this.content?.items.map((_, i) => i)));
  }

  /** Closes every answer. */
  collapseAll(): void {
    this.setOpen(new Set());
  }

  /** Opens, closes (or with no `open`, toggles) the item with this `id` or index. Returns false if there is none. */
  toggle(item: string | number, open?: boolean): boolean {
    const index = typeof item === 'number' ? item : (this.content?.items.findIndex((it) => it.id === item) ?? -1);
    if (!this.content || index < 0 || index >= this.content.items.length) return false;
    this.setItem(index, open ?? !this.openItems.has(index));
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

  protected override contentChanged(content: FaqContent): void {
    this.answers = content.items.map((item) => parseRichText(item.answer));
    const open = content.items.flatMap((item, i) => (item.open ? [i] : []));
    this.openItems = new Set(this.single ? open.slice(0, 1) : open);
    this.pendingToggles = [];
    this.recheckHash = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const toggles = this.pendingToggles;
    this.pendingToggles = [];
    for (const detail of toggles) this.emit<ExplainerToggleDetail>('explainer-toggle', detail);
    if (this.recheckHash) {
      this.recheckHash = false;
      this.hashLink.check();
    }
  }

  private setItem(index: number, open: boolean): void {
    const next = new Set(this.single && open ? [] : this.openItems);
    if (open) next.add(index);
    else next.delete(index);
    this.setOpen(next);
  }

  private setOpen(next: ReadonlySet<number>): void {
    const items = this.content?.items ?? [];
    items.forEach((item, index) => {
      const open = next.has(index);
      if (open !== this.openItems.has(index)) {
        this.pendingToggles.push({ id: item.id ?? String(index), index, label: item.question, open });
      }
    });
    this.openItems = next;
  }

  private openFromHash(id: string): void {
    const index = this.content?.items.findIndex((item) => item.id === id) ?? -1;
    if (index < 0) return;
    if (!this.openItems.has(index)) this.setItem(index, true);
    void this.updateComplete.then(() => {
      const button = this.questionButtons()[index];
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      button?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    });
  }

  private questionButtons(): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('button.question'));
  }

  private indexOf(event: Event, selector: string): number {
    const target = (event.target as Element).closest<HTMLElement>(selector);
    return target ? Number(target.dataset.index) : -1;
  }

  private readonly onListClick = (event: MouseEvent): void => {
    const index = this.indexOf(event, 'button.question');
    if (index >= 0) this.setItem(index, !this.openItems.has(index));
  };

  private readonly onListKeydown = (event: KeyboardEvent): void => {
    if (!(event.target as Element).matches('button.question')) return;
    if (moveFocusByKey(event, this.questionButtons())) event.preventDefault();
  };

  /** Find-in-page matched text in a closed answer: the browser reveals it, the state follows. */
  private readonly onBeforeMatch = (event: Event): void => {
    const index = this.indexOf(event, '.answer');
    if (index >= 0 && !this.openItems.has(index)) this.setItem(index, true);
  };

  private async copyLink(index: number): Promise<void> {
    const id = this.content?.items[index]?.id;
    if (id === undefined) return;
    const url = new URL(`#${encodeURIComponent(id)}`, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      this.announcement = this.label('faq.linkCopied');
    } catch {
      this.announcement = this.label('faq.linkNotCopied', { url });
    }
  }

  protected override renderContent(content: FaqContent): unknown {
    const level = this.itemLevel(Boolean(content.title));
    const regions = content.items.length <= MAX_REGIONS;
    const allOpen = this.openItems.size === content.items.length;
    return html`
      ${content.title ? heading(this.titleLevel, 'title', content.title) : nothing}
      ${content.intro ? html`<div part="intro" class="intro">${renderRichText(content.intro)}</div>` : nothing}
      ${this.single
        ? nothing
        : html`<div part="toolbar" class="toolbar">
            <button type="button" part="toggle-all" class="toggle-all" @click=${() => (allOpen ? this.collapseAll() : this.expandAll())}>
              ${this.label(allOpen ? 'faq.hideAll' : 'faq.showAll')}<span class="visually-hidden">
                ${this.label('faq.allSuffix', { title: content.title ?? this.label('faq.untitled') })}</span
              >
            </button>
          </div>`}
      <div part="list" class="list" @click=${this.onListClick} @keydown=${this.onListKeydown} @beforematch=${this.onBeforeMatch}>
        ${content.items.map((item, i) => {
          const open = this.openItems.has(i);
          const qid = `${this.idPrefix}-q-${i}`;
          const aid = `${this.idPrefix}-a-${i}`;
          return html`<div part=${open ? 'item item-open' : 'item'} class="item">
            ${heading(
              level,
              'question-heading',
              html`<button type="button" part="question" class="question" id=${qid} data-index=${i} aria-expanded=${open ? 'true' : 'false'} aria-controls=${aid}><span part="question-text" class="question-text">${item.question}</span>${chevron}</button>`,
            )}
            <div part="answer" class="answer" id=${aid} data-index=${i} role=${regions ? 'region' : nothing} aria-labelledby=${regions ? qid : nothing} hidden=${open ? nothing : 'until-found'}>
              <div class="answer-content">
                <div part="answer-body" class="body">${guard([this.answers[i]], () => renderRichText(this.answers[i] ?? []))}</div>
                ${this.copyLinks && item.id !== undefined
                  ? html`<button type="button" part="copy-link" class="copy-link" @click=${() => this.copyLink(i)}>${this.label('faq.copyLink', { question: item.question })}</button>`
                  : nothing}
              </div>
            </div>
          </div>`;
        })}
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }
}
