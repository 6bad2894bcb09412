import { LitElement, html, css, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { explainerSettingsContext } from '../../internal/context/settings-context.js';
import type { ExplainerSettings, Labels, PluralLabel } from '../../internal/context/settings.js';
import { attachContextRoot } from '../../internal/context/root.js';
import { clampLevel } from '../../internal/heading.js';
import { defineElement } from '../../internal/define.js';

function parseLabels(value: string | null): Labels | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    // Texts and plural objects (`{ "one": ..., "other": ... }`) are kept; anything else is dropped.
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, Labels[string]] => typeof entry[1] === 'string' || typeof (entry[1] as PluralLabel | null)?.other === 'string'),
    );
  } catch {
    return undefined;
  }
}

/**
 * Gives every explainer component inside it a locale, UI labels and a base heading level, through `@lit/context`
 * (the key is `explainerSettingsContext`, exported by the package; a portal built with Lit can provide the same
 * settings from its own element with it). Optional: without it, components use English labels (or the page's
 * `lang`) and level 2. Languages other than English are separate modules: import `explainer-elements/locales/de.js`
 * for German, or register your own with `registerLabels(locale, labels)`. Nested providers inherit from the outer
 * one (or from any other provider of the key); what the inner one sets wins. It may be defined before or after the
 * components: they get its settings either way.
 *
 * @summary Shared settings for the explainer components inside it.
 * @tagname explainer-provider
 *
 * @slot - The components (and any other content) that receive the settings.
 */
export class ExplainerProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Registers this class under `tag`; never throws when the tag or the class is already registered. */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  static override properties: PropertyDeclarations = {
    locale: {},
    labels: { converter: { fromAttribute: parseLabels } },
    headingLevel: { attribute: 'heading-level', type: Number },
    parent: { state: true },
  };

  /** BCP 47 locale for labels, dates and numbers (`en`, `de`, `de-AT`...). */
  declare locale: string | undefined;

  /**
   * Label overrides by key; as an attribute, a JSON object (`labels='{"faq.showAll":"Expand all[ answers: {title}]"}'`).
   * A value is a text, or an object by plural category (`{"one": "...", "other": "..."}`) for a label with `{count}`.
   */
  declare labels: Labels | undefined;

  /** Heading level (1–6) of each component's title. */
  declare headingLevel: number | undefined;

  /** Settings of an enclosing provider, which this one inherits from. */
  private declare parent: ExplainerSettings | undefined;

  /** Answers the requests from inside (not its own, which goes to an enclosing provider). */
  readonly #provider = new ContextProvider(this, { context: explainerSettingsContext });

  constructor() {
    super();
    new ContextConsumer(this, {
      context: explainerSettingsContext,
      subscribe: true,
      callback: (parent) => {
        this.parent = parent;
      },
    });
  }

  override connectedCallback(): void {
    attachContextRoot();
    this.parent = undefined;
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const parent = this.parent ?? {};
    this.#provider.setValue({
      locale: this.locale ?? parent.locale,
      labels: this.labels || parent.labels ? { ...parent.labels, ...this.labels } : undefined,
      headingLevel: this.headingLevel !== undefined ? clampLevel(this.headingLevel) : parent.headingLevel,
    });
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
