/**
 * A label whose wording depends on a count: one text per plural category of the language (`Intl.PluralRules`),
 * chosen by the `{count}` placeholder; `other` is required, and used for any category not given.
 * English: `{ one: '{count} row', other: '{count} rows' }`; Arabic also has `zero`, `two`, `few` and `many`.
 */
export type PluralLabel = { [category in Intl.LDMLPluralRule]?: string } & { other: string };

/**
 * UI labels by key (`faq.showAll`...), as given to `labels` or by a locale module: a text with `{placeholders}`, or a
 * {@link PluralLabel} for a label that carries a count. In labels documented as such, `[...]` marks words read
 * by assistive technology only (`'Show all[ answers: {title}]'`).
 */
export type Labels = Record<string, string | PluralLabel>;

/** What `<explainer-provider>` gives the elements inside it. */
export interface ExplainerSettings {
  locale?: string | undefined;
  labels?: Labels | undefined;
  headingLevel?: number | undefined;
}

/**
 * The settings context key. It follows the community context protocol (the `context-request` event that
 * `@lit/context` also speaks), with a registered symbol, so two copies of the package on one page still connect.
 */
export const SETTINGS_CONTEXT = Symbol.for('explainer-elements/settings');

type SettingsCallback = (value: ExplainerSettings | undefined, unsubscribe?: () => void) => void;

/** A `context-request` event of the community protocol, as the provider receives it. */
export interface SettingsRequestEvent extends Event {
  readonly context: unknown;
  readonly contextTarget: Element;
  readonly subscribe?: boolean;
  readonly callback: SettingsCallback;
}

/**
 * Asks the nearest provider above `host` for the settings and for every later change; returns a function that
 * stops listening. Nothing answers when there is no provider: `onValue` is then never called.
 */
export function requestSettings(host: Element, onValue: (value: ExplainerSettings | undefined) => void): () => void {
  let stop: (() => void) | undefined;
  const callback: SettingsCallback = (value, unsubscribe) => {
    if (unsubscribe && unsubscribe !== stop) {
      stop?.();
      stop = unsubscribe;
    }
    onValue(value);
  };
  const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: SETTINGS_CONTEXT,
    contextTarget: host,
    subscribe: true,
    callback,
  });
  host.dispatchEvent(request);
  return () => stop?.();
}

/**
 * Answers settings requests from inside `host` (not its own) with the current value, and keeps each subscriber
 * informed; `set` pushes a new value to every subscriber.
 */
export function provideSettings(host: Element): { set(value: ExplainerSettings): void } {
  let current: ExplainerSettings = {};
  const subscribers = new Map<SettingsCallback, () => void>();
  host.addEventListener('context-request', (event) => {
    const request = event as SettingsRequestEvent;
    if (request.context !== SETTINGS_CONTEXT || request.contextTarget === host) return;
    event.stopPropagation();
    const { callback } = request;
    if (!request.subscribe) return callback(current);
    const unsubscribe = (): void => void subscribers.delete(callback);
    subscribers.set(callback, unsubscribe);
    callback(current, unsubscribe);
  });
  return {
    set(value) {
      current = value;
      for (const [callback, unsubscribe] of subscribers) callback(value, unsubscribe);
    },
  };
}
