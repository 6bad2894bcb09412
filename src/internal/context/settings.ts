import { createContext } from '@lit/context';

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
 * The `@lit/context` key of the settings that `<explainer-provider>` gives the components inside it. A portal
 * built with Lit can provide them from its own element:
 * `new ContextProvider(this, { context: explainerSettingsContext, initialValue: { locale: 'de', headingLevel: 3 } })`.
 * The key is a registered symbol (`Symbol.for`), so components and providers from two copies of the package on
 * one page still connect, and any code speaking the community context protocol can ask for it.
 */
export const explainerSettingsContext = createContext<ExplainerSettings>(Symbol.for('explainer-elements/settings'));
