import { createContext } from '@lit/context';

/** UI labels: keys such as `faq.showAll`, values with `{placeholders}`. */
export type Labels = Record<string, string>;

/** What `<explainer-provider>` gives every component inside it. */
export interface ExplainerSettings {
  /** BCP 47 locale for UI labels, dates and numbers, e.g. `de` or `en-GB`. */
  locale?: string | undefined;
  /** Label overrides, by key. */
  labels?: Labels | undefined;
  /** Heading level of each component's title (1–6). */
  headingLevel?: number | undefined;
}

export const explainerSettingsContext = createContext<ExplainerSettings | undefined>(
  Symbol.for('explainer-elements/settings'),
);
