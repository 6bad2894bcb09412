/**
 * `explainer-elements/react.js`: React components for every tag, made with `@lit/react`, so React 18 sets
 * properties (not only attributes) and listens to the `explainer-*` events. Registers every default tag.
 *
 * ```js
 * import { FaqAccordion } from 'explainer-elements/react.js';
 * <FaqAccordion data={content} headingLevel={3} onExplainerToggle={(e) => track(e.detail)} />
 * ```
 *
 * Needs `react` (18 or 19) installed; React 19 can also use the elements directly.
 */
import React from 'react';
import './explainer-provider.js';
import './faq-accordion.js';
import './indicator-tracker.js';
import './misconception-card.js';
import './cooperation-table.js';
import { createWrappers } from './react-wrappers.js';

export { createWrappers, type ExplainerReactWrappers } from './react-wrappers.js';

const wrappers = createWrappers(React);

/** `<faq-accordion>` for React. */
export const FaqAccordion = wrappers.FaqAccordion;
/** `<cooperation-table>` for React. */
export const CooperationTable = wrappers.CooperationTable;
/** `<misconception-card>` for React. */
export const MisconceptionCard = wrappers.MisconceptionCard;
/** `<indicator-tracker>` for React. */
export const IndicatorTracker = wrappers.IndicatorTracker;
/** `<explainer-provider>` for React. */
export const ExplainerProvider = wrappers.ExplainerProvider;
