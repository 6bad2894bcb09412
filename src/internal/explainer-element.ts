import { LitElement, adoptStyles, html, isServer, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { hydrationSupported, serverRendered, warnOnce, type HydrationHook, type ServerMarkup } from './hydration.js';
import { ContentIntake, type Delivery, type RawContent } from './content/intake.js';
import { countFailedItems, ROOT_PATH, type ContentError, type ValidationResult } from './content/validation.js';
import { ContextConsumer } from '@lit/context';
import { explainerSettingsContext } from './context/settings-context.js';
import type { ExplainerSettings, Labels } from './context/settings.js';
import { attachContextRoot } from './context/root.js';
import { interpolate, lookupLabel, watchLabels } from './context/labels.js';
import { en as commonLabels } from '../locales/en.js';
import { emit, type ExplainerErrorDetail, type ExplainerLoadDetail } from './events.js';
import { clampLevel } from './heading.js';
import { canonicalLocale, formatNumber } from './intl.js';
import { renderLabel, type LabelValue } from './label-template.js';
import { defineElement } from './define.js';
import { loadHtmlReader, needsHtmlReader } from './rich-text/html-reader-loader.js';
import { hasHtmlReader } from './rich-text/html-reader.js';

/** Counts instances, for unique id prefixes. */
let instances = 0;

/**
 * Base class of every explainer component: a forgiving `define()`, content intake from the `data` property,
 * an inline JSON script or a `src` URL, validation, the loading and error states, labels and heading levels.
 * A subclass supplies `validateContent()` and `renderContent()`, its labels and its styles.
 *
 * @fires explainer-load - Content has rendered. `detail: { count, source }`.
 * @fires explainer-error - Content or `src` had problems. `detail: { errors: [{ path, message }], kind, fatal }`.
 *
 * @csspart loading - The loading state (`role="status"`; the host has `aria-busy="true"` meanwhile).
 * @csspart error - The error state (`role="alert"`), and every error notice.
 * @csspart error-title - The first line of an error state or notice.
 * @csspart error-list - The list of `path: message` problems.
 * @csspart retry - The "Try again" button (when content comes from `src`).
 * @csspart stale-notice - The notice shown above earlier content when a reload failed.
 * @csspart item-errors - The notice listing items that were dropped.
 *
 * @cssproperty --explainer-space - Base spacing unit. Default: 0.75rem.
 * @cssproperty --explainer-radius - Corner radius. Default: 0.375rem.
 * @cssproperty --explainer-border-width - Border width. Default: 1px.
 * @cssproperty --explainer-border-color - Border colour. Default: currentColor at 25%.
 * @cssproperty --explainer-surface - Background of controls and surfaces. Default: transparent.
 * @cssproperty --explainer-muted-color - Colour of secondary text. Default: currentColor at 72%.
 * @cssproperty --explainer-accent-color - Colour of controls and accents. Default: LinkText.
 * @cssproperty --explainer-focus-color - Focus ring colour. Default: Highlight.
 * @cssproperty --explainer-error-color - Accent of error states. Default: #b3261e.
 * @cssproperty --explainer-heading-font - Font of titles. Default: inherit.
 * @cssproperty --explainer-link-color - Colour of links in content. Default: inherit.
 * @cssproperty --explainer-duration - Length of transitions (none with reduced motion). Default: 150ms.
 */
export abstract class ExplainerElement<T extends object> extends LitElement {
  /**
   * Registers this class under `tag`. Registering a tag that is already defined does nothing, and a class
   * that is already registered under another tag is registered again through a subclass: it never throws.
   */
  static define(tag: string): void {
    defineElement(tag, this as unknown as CustomElementConstructor);
  }

  /** The component's own labels by language; the shared ones come from `src/locales`. */
  protected static labelCatalog: Labels = {};

  // Reactive properties are declared statically rather than with decorators: the output is far smaller, and
  // it needs no decorator transform in any tool (Vite, SSR, bundlers).
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    ownLang: { attribute: 'lang' },
    labels: { attribute: false },
    fetchTimeout: { attribute: 'fetch-timeout', type: Number },
    settings: { state: true },
    content: { state: true },
  };

  /** Content as an object (takes precedence over `src` and an inline JSON script). */
  declare data: unknown;

  /** URL of JSON content to fetch. The last value wins; a failed reload keeps the content already shown. */
  declare src: string | undefined;

  /** Heading level of the title (1–6); item headings sit one level below. Default: the provider's, else 2. */
  declare headingLevel: number | undefined;

  /**
   * The element's own `lang` attribute (set it, or the standard `lang` property): the language of its labels, dates
   * and numbers, which wins over the provider's `locale` and the page's `lang`. Server rendering writes it, so the
   * browser renders in the language the server did. Empty or absent: the provider's, else the page's.
   */
  protected declare ownLang: string | undefined;

  /** UI label overrides for this element, by key (the provider's `labels` apply to every element inside it). */
  declare labels: Labels | undefined;

  /** Milliseconds before a `src` request is abandoned. Default: 15000. */
  declare fetchTimeout: number;

  /** Settings from the nearest `<explainer-provider>` (or other provider of `explainerSettingsContext`), if any. */
  protected declare settings: ExplainerSettings | undefined;

  /** The validated content being shown, or null. */
  protected declare content: T | null;

  /** Errors of the current content: fatal ones when `content` is null, dropped items otherwise. */
  protected contentErrors: ContentError[] = [];

  /**
   * Per-instance prefix for ids, so ARIA references stay unique on the page. A server-rendered element keeps the
   * prefix the server wrote (see `connectedCallback`), so ids rendered later match the ones already in its markup.
   */
  protected idPrefix: string = `${this.localName || 'explainer'}-${(++instances).toString(36)}`;

  readonly #intake = new ContentIntake(this);
  /** The raw content validated last. */
  #raw: RawContent | undefined;
  /** Errors of the intake in force (a failed fetch or invalid inline JSON), and the last ones reported. */
  #failure: ContentError[] | undefined;
  #reported: ContentError[] | undefined;
  /** Events to fire once this update has rendered. */
  #pendingLoad: ExplainerLoadDetail | undefined;
  #pendingError: ExplainerErrorDetail | undefined;
  /** HTML content waits for the HTML reader, loaded on first use (shown as loading). */
  #awaitingReader = false;
  #documentLocale: string | null | undefined;
  /** This update hydrates markup written by a server (declarative shadow DOM). */
  #hydrating = false;

  /** Whether the coming update hydrates server markup (true from connection until that update renders). */
  protected get hydrating(): boolean {
    return this.#hydrating;
  }

  constructor() {
    super();
    this.fetchTimeout = 15000;
    this.content = null;
    // Asks for the settings on connect, and follows every change until disconnected (`@lit/context`).
    new ContextConsumer(this, {
      context: explainerSettingsContext,
      subscribe: true,
      callback: (settings) => {
        this.settings = settings;
      },
    });
  }

  /** Validates raw content; never throws. */
  protected abstract validateContent(raw: unknown): ValidationResult<T>;

  /** Renders valid content. */
  protected abstract renderContent(content: T): unknown;

  /** How many items `content` holds (for `explainer-load`). */
  protected abstract countItems(content: T): number;

  /** Called once new content has been validated, before it renders: reset per-content state here. */
  protected contentChanged(_content: T): void {}

  override connectedCallback(): void {
    let server: ServerMarkup | null = null;
    if (!this.hasUpdated) {
      // Server-rendered markup (a declarative shadow root) to hydrate: keep the server's ids.
      server = serverRendered(this);
      if (server) this.idPrefix = server.idPrefix ?? this.idPrefix;
    }
    // Before the settings request goes out (in super's connectedCallback): a provider defined later can then still
    // answer it, and an element moved out of a provider keeps none of its settings.
    attachContextRoot();
    this.settings = undefined;
    // hydrate.js may hold server markup back until it can be read as the server read it, or connect it itself.
    const hook = server && ((globalThis as Record<symbol, HydrationHook | undefined>)[Symbol.for('explainer-elements.hydrate')]);
    if (!hook?.(this, hasHtmlReader, loadHtmlReader)) super.connectedCallback();
    watchLabels(this, true);
    // The nearest `lang` above this element (its own `lang` is `ownLang`).
    this.#documentLocale = this.parentElement?.closest('[lang]')?.getAttribute('lang');
  }

  /**
   * Server-rendered markup is hydrated: its nodes become the live component. Without Lit's hydration support
   * (`explainer-elements/hydrate.js` imported before the components), it is cleared and rendered again instead, so
   * nothing shows twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = isServer ? null : this.shadowRoot;
    if (!this.hasUpdated && root?.firstChild) {
      this.#hydrating = hydrationSupported(this.constructor as typeof LitElement);
      if (!this.#hydrating) {
        warnOnce(`<${this.localName}> was rendered on a server, but Lit's hydration support was not loaded first (import 'explainer-elements/hydrate.js' before the components, or use bundle.js): its markup was rendered again`);
        root.replaceChildren();
      }
    }
    return super.createRenderRoot();
  }

  /**
   * Renders, or on the first update of server-rendered markup, hydrates it. Markup that does not hydrate (written by
   * another version of the package) is rendered again from scratch, with a warning, rather than left half-live.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (!this.#hydrating) return super.update(changed);
    this.#hydrating = false;
    try {
      super.update(changed);
    } catch (error) {
      warnOnce(`the server-rendered markup of <${this.localName}> does not match what this version renders: rendered it again`, error);
      const root = this.renderRoot as ShadowRoot;
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLabels(this, false);
  }

  /**
   * The locale in use: the element's own `lang`, else the provider's, else the page's `lang`, else English; always a
   * valid BCP 47 tag (`en_US` is read as `en-US`; a tag `Intl` refuses becomes `en`), so no `Intl` call can throw on it.
   */
  get locale(): string {
    return canonicalLocale(this.ownLang || this.settings?.locale || this.#documentLocale || 'en');
  }

  /** Fetches `src` again. */
  reload(): void {
    this.#intake.reload();
  }

  /**
   * A UI label in the current locale as text, with `{placeholders}` filled in: numbers in the locale's format, and
   * a plural label's form chosen by `count`. Words in `[...]` are kept (brackets dropped): plain text is what
   * assistive technology reads (announcements, `aria-label`).
   */
  protected label(key: string, vars?: Record<string, string | number>): string {
    const [text, filled] = this.#labelText(key, vars);
    return interpolate(text.replace(/[[\]]/g, ''), filled);
  }

  /**
   * A UI label as template parts (see `renderLabel`): placeholders may be markup, `[...]` is for assistive technology
   * only, and `wrap` receives each run of visible words. Use it wherever a label meets markup, so no text or
   * accessible name is ever joined from two labels.
   */
  protected labelParts(key: string, vars: Record<string, LabelValue>, wrap?: (words: string) => unknown): unknown[] {
    return renderLabel(...this.#labelText(key, vars), wrap);
  }

  #labelText<V>(key: string, vars: Record<string, V> = {}): [string, Record<string, V | string>] {
    const ctor = this.constructor as typeof ExplainerElement;
    const { locale } = this;
    const { count } = vars;
    const text = lookupLabel(key, locale, [ctor.labelCatalog, commonLabels], [this.labels, this.settings?.labels], typeof count === 'number' ? count : undefined);
    const filled: Record<string, V | string> = {};
    for (const name in vars) filled[name] = typeof vars[name] === 'number' ? formatNumber(vars[name], locale) : vars[name]!;
    return [text, filled];
  }

  /** Level of the component's title heading. */
  protected get titleLevel(): number {
    return clampLevel(this.headingLevel ?? this.settings?.headingLevel ?? 2);
  }

  /** Level of item headings: one below the title, or the title's level when there is no title. */
  protected itemLevel(hasTitle: boolean): number {
    return hasTitle ? Math.min(6, this.titleLevel + 1) : this.titleLevel;
  }

  /** Fires a bubbling, composed event from this element. */
  protected emit<D>(name: string, detail: D): boolean {
    return emit(this, name, detail);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { data, src } = this;
    const intake = this.#intake;
    // Start (or cancel) the fetch before this render, so the loading state shows in it; never on a server.
    if (!isServer && changed.has('src')) intake.load(src);
    // In force: `data`, else what `src` gave, else what the inline script gave.
    let delivery: Delivery = src ? intake.fetched : intake.inline;
    if (data !== undefined && data !== null) {
      // The same raw object while `data` is unchanged, so it is validated once.
      const last = this.#raw;
      delivery = { raw: last?.source === 'data' && last.value === data ? last : { source: 'data', value: data } };
    }
    const { raw, errors } = delivery;
    if (raw !== this.#raw) {
      this.#raw = raw;
      this.#validate(raw);
    }
    // An intake failure is reported once, even when it comes back into force later.
    this.#failure = errors;
    if (errors && errors !== this.#reported) {
      this.#reported = errors;
      this.#pendingError = { errors, kind: src ? 'network' : 'content', fatal: this.content === null };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.ariaBusy = this.#loading ? 'true' : null;
    const error = this.#pendingError;
    const load = this.#pendingLoad;
    this.#pendingError = this.#pendingLoad = undefined;
    if (error) this.emit<ExplainerErrorDetail>('explainer-error', error);
    if (load) this.emit<ExplainerLoadDetail>('explainer-load', load);
  }

  /** True while `src` is being fetched or HTML content waits for its reader. */
  get #loading(): boolean {
    return this.#intake.loading || this.#awaitingReader;
  }

  /** Validates new raw content (none: no content, no errors) and queues its events. */
  #validate(raw: RawContent | undefined): void {
    this.#awaitingReader = !isServer && needsHtmlReader(raw?.value);
    if (this.#awaitingReader) {
      // The browser's HTML reader is a chunk of its own: validate once it is here (it never fails to settle).
      this.content = null;
      this.contentErrors = [];
      void loadHtmlReader().then(() => {
        // Unless other content has come meanwhile, validate this content again, now with the reader.
        if (!this.#awaitingReader) return;
        this.#raw = undefined;
        this.requestUpdate();
      });
      return;
    }
    let result: ValidationResult<T> = { value: null, errors: [] };
    try {
      if (raw) result = this.validateContent(raw.value);
    } catch (error) {
      // A validator bug must not escape: report it as a content error.
      result.errors = [{ path: ROOT_PATH, message: `could not be read (${String(error)})` }];
    }
    const { value, errors } = result;
    this.content = value;
    this.contentErrors = errors;
    if (value) {
      this.contentChanged(value);
      this.#pendingLoad = { count: this.countItems(value), source: raw!.source };
    }
    if (errors.length > 0) this.#pendingError = { errors, kind: 'content', fatal: value === null };
  }

  protected override render(): unknown {
    const { content, contentErrors } = this;
    const failed = this.#failure;
    if (!content) {
      const errors = failed ?? (contentErrors.length > 0 ? contentErrors : undefined);
      if (errors) return this.#notice(this.label('errorTitle'), errors);
      return this.#loading ? html`<div part="loading" class="loading" role="status">${this.label('loading')}</div>` : nothing;
    }
    return [
      failed ? this.#notice(this.label('staleNotice'), failed, 'stale-notice') : nothing,
      this.renderContent(content),
      contentErrors.length > 0 ? this.#notice(this.label('itemErrorsTitle', { count: countFailedItems(contentErrors) }), contentErrors, 'item-errors') : nothing,
    ];
  }

  /**
   * An error state (`part="error"`, `role="alert"`), or with a `variant` a notice above or below the content
   * (`part="error <variant>"`, `role="status"`): a title line and the `path: message` list, and a "Try again"
   * button when content comes from `src` (not under the item errors: retrying would not fix them).
   */
  #notice(title: string, errors: readonly ContentError[], variant?: 'stale-notice' | 'item-errors'): TemplateResult {
    return html`<div part=${variant ? `error ${variant}` : 'error'} class="error" role=${variant ? 'status' : 'alert'}><p part="error-title" class="error-title">${title}</p><ul part="error-list">${errors.map(
      (e) => html`<li><code>${e.path}</code>: ${e.message}</li>`,
    )}</ul>${this.src && variant !== 'item-errors' ? html`<button type="button" part="retry" class="retry" @click=${() => this.reload()}>${this.label('retry')}</button>` : nothing}</div>`;
  }
}
