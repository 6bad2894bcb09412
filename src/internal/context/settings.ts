import { createContext } from '@lit/context';

/** UI labels by key (`faq.showAll`...), as given to `labels` or by a locale module. */
export type Labels = Record<string, string>;

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
