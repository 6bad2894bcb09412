/**
 * React wrappers for the components, made with `@lit/react`, for any React module passed in: `src/react.ts`
 * builds them with the `react` package (and registers the tags); a test or an app with a second React copy can
 * call `createWrappers(React)` itself. Registers nothing and imports no React at run time.
 *
 * Each wrapper takes the element's properties as props (`data`, `src`, `headingLevel`, `labels`...; `data` typed
 * with the component's content type) and its events as `onExplainer...` props. Under server rendering
 * (`renderToString`) a wrapper prints the bare tag: properties are set on the client.
 */
import type React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { CooperationTable as CooperationTableElement } from './components/cooperation-table/cooperation-table.js';
import type { CooperationTableContent } from './components/cooperation-table/cooperation-table.content.js';
import type { ExplainerDownloadEvent, ExplainerSortEvent, TableFilterEvent } from './components/cooperation-table/cooperation-table.events.js';
import { ExplainerProvider as ExplainerProviderElement } from './components/explainer-provider/explainer-provider.js';
import { FaqAccordion as FaqAccordionElement } from './components/faq-accordion/faq-accordion.js';
import type { FaqContent } from './components/faq-accordion/faq-accordion.content.js';
import { IndicatorTracker as IndicatorTrackerElement } from './components/indicator-tracker/indicator-tracker.js';
import type { TrackerContent } from './components/indicator-tracker/indicator-tracker.content.js';
import type { TrackerFilterEvent } from './components/indicator-tracker/indicator-tracker.events.js';
import { MisconceptionCard as MisconceptionCardElement, type ExplainerRevealEvent } from './components/misconception-card/misconception-card.js';
import type { MisconceptionInput } from './components/misconception-card/misconception-card.content.js';
import type { ExplainerErrorEvent, ExplainerLoadEvent, ExplainerToggleEvent } from './internal/events.js';

/** An element whose `data` property is typed with its content shape (the element itself accepts `unknown`). */
type WithContent<E extends HTMLElement, C> = Omit<E, 'data'> & HTMLElement & { data: C | undefined };

type Constructor<T> = new () => T;

/** The events every content component fires. */
const contentEvents = {
  onExplainerLoad: 'explainer-load' as EventName<ExplainerLoadEvent>,
  onExplainerError: 'explainer-error' as EventName<ExplainerErrorEvent>,
};

const faqEvents = { ...contentEvents, onExplainerToggle: 'explainer-toggle' as EventName<ExplainerToggleEvent> };
const tableEvents = {
  ...contentEvents,
  onExplainerSort: 'explainer-sort' as EventName<ExplainerSortEvent>,
  onExplainerFilter: 'explainer-filter' as EventName<TableFilterEvent>,
  onExplainerDownload: 'explainer-download' as EventName<ExplainerDownloadEvent>,
};
const cardEvents = { ...contentEvents, onExplainerReveal: 'explainer-reveal' as EventName<ExplainerRevealEvent> };
const trackerEvents = {
  ...contentEvents,
  onExplainerFilter: 'explainer-filter' as EventName<TrackerFilterEvent>,
  onExplainerToggle: 'explainer-toggle' as EventName<ExplainerToggleEvent>,
};

/** The React components, one per tag. */
export interface ExplainerReactWrappers {
  /** `<faq-accordion>`: `data: FaqContent`; `onExplainerLoad`, `onExplainerError`, `onExplainerToggle`. */
  FaqAccordion: ReactWebComponent<WithContent<FaqAccordionElement, FaqContent>, typeof faqEvents>;
  /**
   * `<cooperation-table>`: `data: CooperationTableContent`; `onExplainerLoad`, `onExplainerError`, `onExplainerSort`,
   * `onExplainerFilter`, `onExplainerDownload`.
   */
  CooperationTable: ReactWebComponent<WithContent<CooperationTableElement, CooperationTableContent>, typeof tableEvents>;
  /** `<misconception-card>`: `data: MisconceptionInput`; `onExplainerLoad`, `onExplainerError`, `onExplainerReveal`. */
  MisconceptionCard: ReactWebComponent<WithContent<MisconceptionCardElement, MisconceptionInput>, typeof cardEvents>;
  /**
   * `<indicator-tracker>`: `data: TrackerContent`; `onExplainerLoad`, `onExplainerError`, `onExplainerFilter`,
   * `onExplainerToggle`.
   */
  IndicatorTracker: ReactWebComponent<WithContent<IndicatorTrackerElement, TrackerContent>, typeof trackerEvents>;
  /** `<explainer-provider>`: `locale`, `labels`, `headingLevel` for the components inside it. */
  ExplainerProvider: ReactWebComponent<ExplainerProviderElement>;
}

/**
 * Creates the wrappers with the given React module, for the default tag names. The tags must be registered
 * (importing `explainer-elements/react.js` does it).
 */
export function createWrappers(react: typeof React): ExplainerReactWrappers {
  return {
    FaqAccordion: createComponent({
      react,
      tagName: 'faq-accordion',
      elementClass: FaqAccordionElement as unknown as Constructor<WithContent<FaqAccordionElement, FaqContent>>,
      events: faqEvents,
      displayName: 'FaqAccordion',
    }),
    CooperationTable: createComponent({
      react,
      tagName: 'cooperation-table',
      elementClass: CooperationTableElement as unknown as Constructor<WithContent<CooperationTableElement, CooperationTableContent>>,
      events: tableEvents,
      displayName: 'CooperationTable',
    }),
    MisconceptionCard: createComponent({
      react,
      tagName: 'misconception-card',
      elementClass: MisconceptionCardElement as unknown as Constructor<WithContent<MisconceptionCardElement, MisconceptionInput>>,
      events: cardEvents,
      displayName: 'MisconceptionCard',
    }),
    IndicatorTracker: createComponent({
      react,
      tagName: 'indicator-tracker',
      elementClass: IndicatorTrackerElement as unknown as Constructor<WithContent<IndicatorTrackerElement, TrackerContent>>,
      events: trackerEvents,
      displayName: 'IndicatorTracker',
    }),
    ExplainerProvider: createComponent({
      react,
      tagName: 'explainer-provider',
      elementClass: ExplainerProviderElement,
      displayName: 'ExplainerProvider',
    }),
  };
}
