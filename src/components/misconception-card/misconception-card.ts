import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { heading } from '../../internal/heading.js';
import { parseRichText, renderRichText, safeUrl, type RichBlock } from '../../internal/rich-text/index.js';
import type { ExplainerItemDetail } from '../../internal/events.js';
import { validateMisconceptionContent, type MisconceptionContent, type MisconceptionItem } from './misconception-card.content.js';
import { misconceptionLabels } from './misconception-card.labels.js';
import { misconceptionStyles } from './misconception-card.styles.js';
import { misconceptionIcon, realityIcon, revealIcon, verdictIcon } from './misconception-card.icons.js';
import { formatIsoDate } from '../../internal/intl.js';

/** `detail` of `explainer-reveal`: the card whose reality was shown (`open: true`) or hidden again. */
export interface ExplainerRevealDetail extends ExplainerItemDetail {
  /** True when the reality was shown, false when it was hidden again. */
  open: boolean;
}

export type ExplainerRevealEvent = CustomEvent<ExplainerRevealDetail>;

declare global {
  interface HTMLElementEventMap {
    'explainer-reveal': ExplainerRevealEvent;
  }
}

/** Which part of a card comes first. */
export type MisconceptionOrder = 'misconception-first' | 'fact-first';

/**
 * "Misconception / Reality" cards: each pairs a misconception with the reality, both labelled in words (an
 * optional icon only doubles the word, hidden from assistive technology), with an optional verdict badge, sources
 * and review date. A set lays out as a grid whose columns follow the component's own width. One element renders
 * every card. Nothing flips, hovers or depends on colour.
 *
 * Content (`data`, an inline `<script type="application/json">`, or `src`): one card `{ id?, misconception, reality,
 * verdict?, sources?: [{ label, url }], reviewed? }` or a set `{ title?, intro?, items: [card, ...] }`. `reality` and
 * `intro` take the rich-text subset; `verdict` is `false`, `misleading`, `mostly-false`, `mostly-true` or
 * `unproven`; `reviewed` is an ISO date.
 *
 * Headings: the set's title sits at `heading-level`, each card's heading one below (or at `heading-level` without a
 * title). By default a card's heading is its misconception, prefixed with the word "Misconception", so the page
 * outline lists the claims. With `order="fact-first"` the reality comes first in the DOM, so screen readers meet
 * it first too, and the card's heading is the "Reality" label: a heading must open the card (content placed before
 * it would be read as part of the previous card), and a heading made of the misconception would put the myth
 * first again, which is what fact-first exists to avoid. The misconception then follows as a labelled paragraph.
 *
 * With `reveal`, each reality starts hidden behind a "Show the reality" button (the APG disclosure pattern:
 * `aria-expanded`, `aria-controls`, and it toggles). Closed realities keep `hidden="until-found"`, so the
 * browser's find-in-page still finds them and opens them. A reveal only makes sense after the claim, so cards with
 * `reveal` always show the misconception first, whatever `order` says; the verdict then moves into the hidden part.
 *
 * @summary Accessible myth-versus-fact cards from JSON.
 * @tagname misconception-card
 *
 * @fires explainer-load - Content has rendered. `detail: { count, source }`.
 * @fires explainer-error - Content or `src` had problems. `detail: { errors: [{ path, message }], kind, fatal }`.
 * @fires explainer-reveal - A reality was shown or hidden again (with `reveal`). `detail: { id, index, label, open }`;
 *   `label` is the misconception.
 *
 * @csspart title - The heading of a set.
 * @csspart intro - The text under the title.
 * @csspart list - The grid of cards (sets of two or more cards; a `<ul>`).
 * @csspart item - The list item around each card in a set.
 * @csspart card - One card (an `<article>`).
 * @csspart misconception - The misconception: the card's heading, or a paragraph with `order="fact-first"`.
 * @csspart misconception-text - The misconception's own words, inside `misconception`.
 * @csspart label - Every label in words ("Misconception", "Reality", "Sources").
 * @csspart misconception-label - The "Misconception" label.
 * @csspart reality-label - The "Reality" label (the card's heading with `order="fact-first"`).
 * @csspart reality - The reality: label, text and sources (the panel that `reveal` hides).
 * @csspart reality-body - The reality's text.
 * @csspart reveal-button - The "Show the reality / Hide the reality" button (with `reveal`).
 * @csspart verdict - The verdict badge; it also carries `verdict-false`, `verdict-misleading`, ... by verdict.
 * @csspart verdict-icon - The verdict's icon (a different shape per verdict).
 * @csspart sources-label - The "Sources" label.
 * @csspart sources - The list of sources.
 * @csspart source-link - A source link (its URL passed the URL policy).
 * @csspart source-text - A source whose URL was refused, shown as text.
 * @csspart reviewed - The "Reviewed" line with its `<time>`.
 * @csspart icon - Every decorative icon (also `misconception-icon`, `reality-icon`, `reveal-icon`).
 * @csspart misconception-icon - The icon beside "Misconception".
 * @csspart reality-icon - The icon beside "Reality".
 * @csspart reveal-icon - The chevron of the reveal button.
 * @csspart link - Links inside the reality and the intro.
 * @csspart loading - The loading state.
 * @csspart error - The error state and error notices.
 *
 * @cssproperty --explainer-card-background - Card background. Default: `var(--explainer-surface)`, transparent.
 * @cssproperty --explainer-card-border - Card border. Default: `var(--explainer-border-width) solid var(--explainer-border-color)`.
 * @cssproperty --explainer-card-radius - Card corner radius. Default: `var(--explainer-radius)`.
 * @cssproperty --explainer-card-padding - Space inside a card. Default: `var(--explainer-space)`.
 * @cssproperty --explainer-card-gap - Space between cards. Default: `var(--explainer-space)`.
 * @cssproperty --explainer-card-min-width - Narrowest a column may get before the grid drops a column. Default: 18rem.
 * @cssproperty --explainer-card-label-color - Colour of the labels in words. Default: `var(--explainer-muted-color)`.
 * @cssproperty --explainer-card-misconception-color - Colour of the misconception icon. Default: currentColor.
 * @cssproperty --explainer-card-reality-color - Colour of the reality icon. Default: currentColor.
 * @cssproperty --explainer-card-misconception-font-size - Size of the misconception. Default: 1.125em.
 * @cssproperty --explainer-card-icon-size - Size of the label icons. Default: 1.25em.
 * @cssproperty --explainer-card-verdict-false-color - Border and icon colour of the "False" badge.
 * @cssproperty --explainer-card-verdict-misleading-color - Border and icon colour of the "Misleading" badge.
 * @cssproperty --explainer-card-verdict-mostly-false-color - Border and icon colour of the "Mostly false" badge.
 * @cssproperty --explainer-card-verdict-mostly-true-color - Border and icon colour of the "Mostly true" badge.
 * @cssproperty --explainer-card-verdict-unproven-color - Border and icon colour of the "Unproven" badge.
 * @cssproperty --explainer-space - Base spacing unit (all components). Default: 0.75rem.
 * @cssproperty --explainer-border-color - Border colour (all components). Default: currentColor at 25%.
 * @cssproperty --explainer-accent-color - Colour of the reveal button. Default: LinkText.
 * @cssproperty --explainer-focus-color - Focus ring colour. Default: Highlight.
 * @cssproperty --explainer-duration - Length of transitions (none with reduced motion). Default: 150ms.
 */
export class MisconceptionCard extends ExplainerElement<MisconceptionContent> {
  static override properties: PropertyDeclarations = {
    order: { reflect: true },
    reveal: { type: Boolean, reflect: true },
    icons: { reflect: true },
    revealed: { state: true },
  };

  static override styles = [baseStyles, misconceptionStyles];
  protected static override labelCatalog = misconceptionLabels;

  /** `misconception-first` (default) or `fact-first`: the reality before the misconception, as the Debunking Handbook recommends. */
  declare order: MisconceptionOrder;

  /** Each reality starts hidden behind a "Show the reality" button. */
  declare reveal: boolean;

  /** `show` (default) draws an icon beside each label and verdict; `none` leaves the words alone. */
  declare icons: 'show' | 'none';

  private declare revealed: ReadonlySet<number>;

  private realities: RichBlock[][] = [];
  private pendingReveals: ExplainerRevealDetail[] = [];

  /** Shows (or with `open` false, hides again) every reality. Only visible with `reveal`. */
  constructor() {
    super();
    this.order = 'misconception-first';
    this.reveal = false;
    this.icons = 'show';
    this.revealed = new Set();
  }

  revealAll(open = true): void {
    this.setRevealed(new Set(open ? this.content?.items.map((_, i) => i) : []));
  }

  /**
   * Shows, hides (or with no `open`, toggles) the reality of the card with this `id` or index. False if there is
   * none. (Not named `reveal()`: that name is the `reveal` property.)
   */
  revealItem(item: string | number, open?: boolean): boolean {
    const index = typeof item === 'number' ? item : (this.content?.items.findIndex((it) => it.id === item) ?? -1);
    if (!this.content || index < 0 || index >= this.content.items.length) return false;
    this.setItem(index, open ?? !this.revealed.has(index));
    return true;
  }

  /** Whether the reality of the card at `index` has been revealed (every reality shows when `reveal` is off). */
  isRevealed(index: number): boolean {
    return this.revealed.has(index);
  }

  protected override validateContent(raw: unknown) {
    return validateMisconceptionContent(raw);
  }

  protected override countItems(content: MisconceptionContent): number {
    return content.items.length;
  }

  protected override contentChanged(content: MisconceptionContent): void {
    this.realities = content.items.map((item) => parseRichText(item.reality));
    this.revealed = new Set();
    this.pendingReveals = [];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const reveals = this.pendingReveals;
    this.pendingReveals = [];
    for (const detail of reveals) this.emit<ExplainerRevealDetail>('explainer-reveal', detail);
  }

  private setItem(index: number, open: boolean): void {
    const next = new Set(this.revealed);
    if (open) next.add(index);
    else next.delete(index);
    this.setRevealed(next);
  }

  private setRevealed(next: ReadonlySet<number>): void {
    (this.content?.items ?? []).forEach((item, index) => {
      const open = next.has(index);
      if (open !== this.revealed.has(index)) {
        this.pendingReveals.push({ id: item.id ?? String(index), index, label: item.misconception, open });
      }
    });
    this.revealed = next;
  }

  private indexOf(event: Event, selector: string): number {
    const target = (event.target as Element).closest<HTMLElement>(selector);
    return target ? Number(target.dataset.index) : -1;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const index = this.indexOf(event, 'button.reveal-button');
    if (index >= 0) this.setItem(index, !this.revealed.has(index));
  };

  /** Find-in-page matched text in a hidden reality: the browser shows it, the state follows. */
  private readonly onBeforeMatch = (event: Event): void => {
    const index = this.indexOf(event, '.reality');
    if (index >= 0 && !this.revealed.has(index)) this.setItem(index, true);
  };

  protected override renderContent(content: MisconceptionContent): unknown {
    const level = this.itemLevel(Boolean(content.title));
    const cards = content.items.map((item, i) => this.renderCard(item, i, level));
    return html`
      ${content.title ? heading(this.titleLevel, 'title', content.title) : nothing}
      ${content.intro ? html`<div part="intro" class="intro">${renderRichText(content.intro)}</div>` : nothing}
      ${cards.length === 1
        ? cards[0]
        : html`<ul part="list" class="list" role="list">
            ${cards.map((card) => html`<li part="item" class="item">${card}</li>`)}
          </ul>`}
    `;
  }

  private renderCard(item: MisconceptionItem, index: number, level: number): TemplateResult {
    const factFirst = !this.reveal && this.order === 'fact-first';
    const headingId = `${this.idPrefix}-h-${index}`;
    const textId = `${this.idPrefix}-m-${index}`;
    const realityId = `${this.idPrefix}-r-${index}`;
    const showIcons = this.icons !== 'none';
    const words = html`<span part="label misconception-label" class="label misconception-label"
        >${showIcons ? misconceptionIcon : nothing}${this.label('misconception.misconception')}</span
      ><span class="visually-hidden">: </span><span part="misconception-text" class="misconception-text" id=${textId}
        >${item.misconception}</span
      >`;
    const misconception = factFirst
      ? html`<p part="misconception" class="misconception">${words}</p>`
      : heading(level, 'misconception', words, headingId);
    const realityWords = [showIcons ? realityIcon : nothing, this.label('misconception.reality')];
    const realityLabel = factFirst
      ? heading(level, 'label reality-label', realityWords)
      : html`<p part="label reality-label" class="label reality-label">${realityWords}</p>`;
    const open = !this.reveal || this.revealed.has(index);
    const reality = html`<div part="reality" class="reality" id=${realityId} data-index=${index} hidden=${open ? nothing : 'until-found'}>
      ${realityLabel}${this.reveal ? this.renderVerdict(item, showIcons) : nothing}
      <div part="reality-body" class="reality-body">${renderRichText(this.realities[index] ?? [])}</div>
      ${this.renderSources(item, index)}
    </div>`;
    const button = html`<button type="button" part="reveal-button" class="reveal-button" data-index=${index}
      aria-expanded=${open ? 'true' : 'false'} aria-controls=${realityId} aria-describedby=${textId}>
      <span>${this.label(open ? 'misconception.hide' : 'misconception.show')}</span>${revealIcon}
    </button>`;
    const body = factFirst
      ? html`${reality}${misconception}${this.renderVerdict(item, showIcons)}`
      : html`${misconception}${this.reveal ? button : this.renderVerdict(item, showIcons)}${reality}`;
    return html`<article part="card" class="card" aria-labelledby=${factFirst ? nothing : headingId}
      @click=${this.onClick} @beforematch=${this.onBeforeMatch}>${body}${this.renderReviewed(item)}</article>`;
  }

  private renderVerdict(item: MisconceptionItem, showIcons: boolean): unknown {
    const verdict = item.verdict;
    if (!verdict) return nothing;
    const name = this.label(`misconception.verdict.${verdict}`);
    return html`<p part="verdict verdict-${verdict}" class="verdict verdict-${verdict}" data-verdict=${verdict}>
      ${showIcons ? verdictIcon(verdict) : nothing}<span>${this.label('misconception.verdict', { verdict: name })}</span>
    </p>`;
  }

  private renderSources(item: MisconceptionItem, index: number): unknown {
    if (!item.sources?.length) return nothing;
    const labelId = `${this.idPrefix}-s-${index}`;
    return html`<p part="label sources-label" class="label sources-label" id=${labelId}>${this.label('misconception.sources')}</p>
      <ul part="sources" class="sources" aria-labelledby=${labelId}>
        ${item.sources.map((source) => {
          const href = safeUrl(source.url);
          return html`<li>${href === null
            ? html`<span part="source-text">${source.label}</span>`
            : html`<a part="source-link" href=${href}>${source.label}</a>`}</li>`;
        })}
      </ul>`;
  }

  private renderReviewed(item: MisconceptionItem): unknown {
    if (!item.reviewed) return nothing;
    return html`<p part="reviewed" class="reviewed">
      ${this.label('misconception.reviewed')} <time datetime=${item.reviewed}>${formatIsoDate(item.reviewed, this.locale)}</time>
    </p>`;
  }
}
