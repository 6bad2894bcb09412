/**
 * Every component class, with its content types, and registers nothing: a portal can register the classes under
 * its own tags, e.g. `FaqAccordion.define('my-faq')` or `customElements.define('my-faq', FaqAccordion)`.
 */
export { ExplainerElement } from './internal/explainer-element.js';
export { ExplainerProvider } from './components/explainer-provider/explainer-provider.js';
export { FaqAccordion } from './components/faq-accordion/faq-accordion.js';
export { validateFaqContent } from './components/faq-accordion/faq-accordion.content.js';
export type * from './components/faq-accordion/faq-accordion.content.js';
export { IndicatorTracker } from './components/indicator-tracker/indicator-tracker.js';
export { validateTrackerContent } from './components/indicator-tracker/indicator-tracker.content.js';
export type * from './components/indicator-tracker/indicator-tracker.content.js';
export type * from './components/indicator-tracker/indicator-tracker.events.js';
export { MisconceptionCard } from './components/misconception-card/misconception-card.js';
export { validateMisconceptionContent, MISCONCEPTION_VERDICTS } from './components/misconception-card/misconception-card.content.js';
export type { ExplainerRevealDetail, ExplainerRevealEvent, MisconceptionOrder } from './components/misconception-card/misconception-card.js';
export type * from './components/misconception-card/misconception-card.content.js';
export { CooperationTable } from './components/cooperation-table/cooperation-table.js';
export { validateCooperationTableContent } from './components/cooperation-table/cooperation-table.content.js';
export type * from './components/cooperation-table/cooperation-table.content.js';
export type * from './components/cooperation-table/cooperation-table.events.js';
export type { ContentError, ValidationResult } from './internal/content/validation.js';
export type { RichTextFormat } from './internal/rich-text/ast.js';
export { registerLabels } from './internal/context/labels.js';
export { explainerSettingsContext } from './internal/context/settings-context.js';
export type { ExplainerSettings, Labels } from './internal/context/settings.js';
export type * from './internal/events.js';
