import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContentIntake, type RawContent, type IntakeFailure } from './content/intake.js';
import { countFailedItems, type ContentError, type ValidationResult } from './content/validation.js';
import { requestSettings, type ExplainerSettings, type Labels } from './context/settings.js';
import { interpolate, lookupLabel, watchLabels } from './context/labels.js';
import { en as commonLabels } from '../locales/en.js';
import { emit, type ExplainerErrorDetail, type ExplainerLoadDetail } from './events.js';
import { clampLevel } from './heading.js';
import { uniquePrefix } from './ids.js';
import { defineElement } from './define.js';

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

  /** UI label overrides for this element, by key (the provider's `labels` apply to every element inside it). */
  declare labels: Labels | undefined;

  /** Milliseconds before a `src` request is abandoned. Default: 15000. */
  declare fetchTimeout: number;

  /** Settings from the nearest `<explainer-provider>`, if any. */
  protected declare settings: ExplainerSettings | undefined;

  /** The validated content being shown, or null. */
  protected declare content: T | null;

  /** Errors of the current content: fatal ones when `content` is null, dropped items otherwise. */
  protected contentErrors: ContentError[] = [];

  /** Per-instance prefix for ids, so ARIA references stay unique on the page. */
  protected readonly idPrefix: string = uniquePrefix(this.localName || 'explainer');

  private readonly intake = new ContentIntake(this, () => this.fetchTimeout);

  constructor() {
    super();
    this.fetchTimeout = 15000;
    this.content = null;
  }
  private lastRaw: RawContent | undefined;
  private failure: IntakeFailure | undefined;
  private pendingLoad: ExplainerLoadDetail | undefined;
  private pendingError: ExplainerErrorDetail | undefined;
  private lastReportedFailure: IntakeFailure | undefined;
  private documentLocale: string | undefined;

  /** Validates raw content; never throws. */
  protected abstract validateContent(raw: unknown): ValidationResult<T>;

  /** Renders valid content. */
  protected abstract renderContent(content: T): unknown;

  /** How many items `content` holds (for `explainer-load`). */
  protected abstract countItems(content: T): number;

  /** Called once new content has been validated, before it renders: reset per-content state here. */
  protected contentChanged(_content: T): void {}

  private stopSettings: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLabels(this, true);
    this.stopSettings = requestSettings(this, (settings) => {
      this.settings = settings;
    });
    this.documentLocale = this.closest('[lang]')?.getAttribute('lang') ?? undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLabels(this, false);
    this.stopSettings?.();
  }

  /** The locale in use: the provider's, else the page's `lang`, else English. */
  get locale(): string {
    return this.settings?.locale || this.documentLocale || 'en';
  }

  /** Fetches `src` again. */
  reload(): void {
    this.intake.reload();
  }

  /** A UI label in the current locale, with `{placeholders}` filled in. */
  protected label(key: string, vars?: Record<string, string | number>): string {
    const ctor = this.constructor as typeof ExplainerElement;
    const text = lookupLabel(key, this.locale, [ctor.labelCatalog, commonLabels], [this.labels, this.settings?.labels]);
    return interpolate(text, vars);
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
    // Start (or cancel) the fetch before this render, so the loading state shows in it; never on a server.
    if (!isServer && changed.has('src')) this.intake.load(this.src);
    const [raw, failure] = this.inForce();
    if (raw !== this.lastRaw) {
      this.lastRaw = raw;
      this.applyRaw(raw);
    }
    if (failure !== this.failure) {
      this.failure = failure;
      if (failure && failure !== this.lastReportedFailure) {
        this.lastReportedFailure = failure;
        this.pendingError = { errors: failure.errors, kind: failure.kind, fatal: this.content === null };
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.intake.loading) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const { pendingError: error, pendingLoad: load } = this;
    this.pendingError = this.pendingLoad = undefined;
    if (error) this.emit<ExplainerErrorDetail>('explainer-error', error);
    if (load) this.emit<ExplainerLoadDetail>('explainer-load', load);
  }

  /** The `data` property wrapped as raw content; the same object while `data` is unchanged. */
  private dataRaw: RawContent | undefined;

  /** Which raw content is in force, and its intake failure: `data`, else `src`'s, else the inline script's. */
  private inForce(): [RawContent | undefined, IntakeFailure | undefined] {
    const { data, intake } = this;
    if (data !== undefined && data !== null) {
      if (this.dataRaw?.value !== data) this.dataRaw = { source: 'data', value: data };
      return [this.dataRaw, undefined];
    }
    return this.src ? [intake.fetched, intake.fetchFailure] : [intake.inline, intake.inlineFailure];
  }

  private applyRaw(raw: RawContent | undefined): void {
    if (!raw) {
      this.content = null;
      this.contentErrors = [];
      return;
    }
    let result: ValidationResult<T>;
    try {
      result = this.validateContent(raw.value);
    } catch (error) {
      // A validator bug must not escape: report it as a content error.
      result = { value: null, errors: [{ path: '(root)', message: `could not be read (${String(error)})` }] };
    }
    this.content = result.value;
    this.contentErrors = result.errors;
    if (result.value) {
      this.contentChanged(result.value);
      this.pendingLoad = { count: this.countItems(result.value), source: raw.source };
    }
    if (result.errors.length > 0) {
      this.pendingError = { errors: result.errors, kind: 'content', fatal: result.value === null };
    }
  }

  protected override render(): unknown {
    const { content, failure, contentErrors } = this;
    const failed = failure?.errors;
    if (!content) {
      const errors = failed ?? (contentErrors.length > 0 ? contentErrors : undefined);
      if (errors) return this.renderNotice('error', 'alert', this.label('errorTitle'), errors, true);
      return this.intake.loading ? html`<div part="loading" role="status">${this.label('loading')}</div>` : nothing;
    }
    return html`${failed ? this.renderNotice('error stale-notice', 'status', this.label('staleNotice'), failed, true) : nothing}${this.renderContent(
      content,
    )}${
      contentErrors.length > 0
        ? this.renderNotice(
            'error item-errors',
            'status',
            this.label('itemErrorsTitle', { count: countFailedItems(contentErrors) }),
            contentErrors,
            false,
          )
        : nothing
    }`;
  }

  /**
   * An error state or notice: `part` (`error` plus a variant), `role`, a title line, the `path: message` list,
   * and a "Try again" button when content comes from `src` and `retry` is set.
   */
  private renderNotice(part: string, role: string, title: string, errors: readonly ContentError[], retry: boolean): TemplateResult {
    return html`<div part=${part} role=${role}>
      <p part="error-title">${title}</p>
      <ul part="error-list">
        ${errors.map((e) => html`<li><code>${e.path}</code>: ${e.message}</li>`)}
      </ul>
      ${retry && this.src ? html`<button type="button" part="retry" @click=${() => this.reload()}>${this.label('retry')}</button>` : nothing}
    </div>`;
  }
}
