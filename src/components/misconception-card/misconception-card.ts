import { html, nothing, type PropertyDeclarations } from 'lit';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { structuredDataOnDemand } from '../../structured-data/on-demand.js';
import { baseStyles } from '../../internal/styles/base.styles.js';
import { heading } from '../../internal/heading.js';
import { renderRichText, safeUrl } from '../../internal/rich-text/index.js';
import type { ExplainerItemDetail } from '../../internal/events.js';
import { validateMisconceptionContent, type MisconceptionContent, type MisconceptionItem, type MisconceptionVerdict } from './misconception-card.content.js';
import { misconceptionLabels } from './misconception-card.labels.js';
import { misconceptionStyles } from './misconception-card.styles.js';
import { icon, type IconName } from './misconception-card.icons.js';
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
 * `intro` take the rich-text subset (as HTML with a root `format: "html"`); `verdict` is `false`, `misleading`, `mostly-false`, `mostly-true` or
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
    structuredData: { type: Boolean, reflect: true, attribute: 'structured-data' },
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

  /**
   * Adds the cards' schema.org `ClaimReview` data (one per card, in an `@graph`) for search engines and fact-check
   * tools: one `<script type="application/ld+json">` right after the element (in the light DOM), kept in sync with
   * the content and removed with the attribute, with invalid content or on disconnect. On a page that enforces
   * Trusted Types, needs the `explainer-elements` policy (otherwise no script, and `explainer-error`).
   */
  declare structuredData: boolean;

  /** Indexes of the cards whose reality has been revealed. */
  private declare revealed: ReadonlySet<number>;

  /** Each card's reality, rendered once per content. */
  #realities: unknown[] = [];

  constructor() {
    super();
    structuredDataOnDemand(this, () => import('../../structured-data/misconception-card-json-ld.js'), () => this.content, (key) => this.label(key));
    this.order = 'misconception-first';
    this.reveal = this.structuredData = false;
    this.icons = 'show';
    this.revealed = new Set();
  }

  /** Shows (or with `open` false, hides again) every reality. Only visible with `reveal`. */
  revealAll(open = true): void {
    this.#setRevealed(() => open);
  }

  /**
   * Shows, hides (or with no `open`, toggles) the reality of the card with this `id` or index. False if there is
   * none. (Not named `reveal()`: that name is the `reveal` property.)
   */
  revealItem(item: string | number, open?: boolean): boolean {
    const items = this.content?.items ?? [];
    const index = typeof item === 'number' ? item : items.findIndex((it) => it.id === item);
    if (!items[index]) return false;
    this.#setRevealed((i, was) => (i === index ? (open ?? !was) : was));
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
    this.#realities = content.items.map((item) => renderRichText(item.reality, content.format));
    this.revealed = new Set();
  }

  /**
   * Sets every card's state from `next(index, wasOpen)`; once the change has rendered, fires `explainer-reveal` for
   * each card that changed.
   */
  #setRevealed(next: (index: number, was: boolean) => boolean): void {
    const revealed = new Set<number>();
    const changes: ExplainerRevealDetail[] = [];
    this.content?.items.forEach((item, index) => {
      const was = this.revealed.has(index);
      const open = next(index, was);
      if (open) revealed.add(index);
      if (open !== was) changes.push({ id: item.id ?? String(index), index, label: item.misconception, open });
    });
    this.revealed = revealed;
    void this.updateComplete.then(() => changes.forEach((detail) => this.emit('explainer-reveal', detail)));
  }

  /** This component's label `misconception.<key>`. */
  #text(key: string, vars?: Record<string, string>): string {
    return this.label(`misconception.${key}`, vars);
  }

  /** An icon, unless `icons="none"`. */
  #icon(name: IconName, shape?: MisconceptionVerdict): unknown {
    return this.icons === 'none' ? nothing : icon(name, shape);
  }

  #renderSources({ sources }: MisconceptionItem, labelId: string): unknown {
    if (!sources?.length) return nothing;
    return html`<p part="label sources-label" class="label" id=${labelId}>${this.#text('sources')}</p>
      <ul part="sources" class="sources" aria-labelledby=${labelId}>${sources.map(({ label, url }) => {
        const href = safeUrl(url);
        return html`<li>${href === null ? html`<span part="source-text">${label}</span>` : html`<a part="source-link" class="source-link" href=${href}>${label}</a>`}</li>`;
      })}</ul>`;
  }

  protected override renderContent(content: MisconceptionContent): unknown {
    const level = this.itemLevel(Boolean(content.title));
    const cards = content.items.map((item, i) => this.#renderCard(item, i, level));
    return html`${content.title ? heading(this.titleLevel, 'title', content.title) : nothing}${
      content.intro ? html`<div part="intro" class="intro">${renderRichText(content.intro, content.format)}</div>` : nothing
    }${cards.length === 1 ? cards : html`<ul part="list" class="list" role="list">${cards.map((card) => html`<li part="item">${card}</li>`)}</ul>`}`;
  }

  #renderCard(item: MisconceptionItem, index: number, level: number): unknown {
    const { reveal, idPrefix } = this;
    const factFirst = !reveal && this.order === 'fact-first';
    const open = !reveal || this.revealed.has(index);
    const id = (kind: string) => `${idPrefix}-${kind}-${index}`;
    const headingId = id('h');
    const textId = id('m');
    const realityId = id('r');
    // One label orders the tag and the claim (`misconception.statement`: "{label}[: ]{text}", the colon for screen readers).
    const words = this.labelParts('misconception.statement', {
      label: html`<span part="label misconception-label" class="label">${this.#icon('misconception')}${this.#text('misconception')}</span>`,
      text: html`<span part="misconception-text" id=${textId}>${item.misconception}</span>`,
    });
    const misconception = factFirst ? html`<p part="misconception" class="misconception">${words}</p>` : heading(level, 'misconception', words, headingId);
    const realityWords = [this.#icon('reality'), this.#text('reality')];
    const verdict = item.verdict
      ? html`<p part="verdict verdict-${item.verdict}" class="verdict verdict-${item.verdict}">${this.#icon('verdict', item.verdict)}${this.#text('verdict', {
          verdict: this.#text(`verdict.${item.verdict}`),
        })}</p>`
      : nothing;
    // The reality: in fact-first order it opens the card, so its label is the card's heading; with `reveal` the
    // verdict moves into it (the hidden part). `beforematch`: find-in-page matched hidden text and the browser shows it.
    const reality = html`<div part="reality" class="reality" id=${realityId} hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => this.revealItem(index, true)}>${
        factFirst ? heading(level, 'label reality-label', realityWords) : html`<p part="label reality-label" class="label">${realityWords}</p>`
      }${reveal ? verdict : nothing}<div part="reality-body" class="body">${this.#realities[index]}</div>${
        this.#renderSources(item, id('s'))
      }</div>`;
    const button = html`<button type="button" part="reveal-button" aria-expanded=${String(open)} aria-controls=${realityId}
      aria-describedby=${textId} @click=${() => this.revealItem(index)}>${this.#text(open ? 'hide' : 'show')}${icon('reveal')}</button>`;
    // DOM order is reading order: fact-first puts the reality before the misconception; with `reveal` the button
    // follows the misconception it is described by.
    return html`<article part="card" aria-labelledby=${factFirst ? nothing : headingId}>${
      factFirst ? [reality, misconception, verdict] : [misconception, reveal ? button : verdict, reality]
    }${
      item.reviewed
        ? html`<p part="reviewed" class="reviewed">${this.labelParts('misconception.reviewedOn', {
            date: html`<time datetime=${item.reviewed}>${formatIsoDate(item.reviewed, this.locale)}</time>`,
          })}</p>`
        : nothing
    }</article>`;
  }
}
