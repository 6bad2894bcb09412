/** Types of the settings and labels (no code: pure modules such as validate() and structured data use them too). */
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
