import { createContext } from '@lit/context';
import type { ExplainerSettings } from './settings.js';

/**
 * The `@lit/context` key of the settings that `<explainer-provider>` gives the components inside it. A portal
 * built with Lit can provide them from its own element:
 * `new ContextProvider(this, { context: explainerSettingsContext, initialValue: { locale: 'de', headingLevel: 3 } })`.
 * The key is a registered symbol (`Symbol.for`), so components and providers from two copies of the package on
 * one page still connect, and any code speaking the community context protocol can ask for it.
 */
export const explainerSettingsContext = createContext<ExplainerSettings>(Symbol.for('explainer-elements/settings'));
