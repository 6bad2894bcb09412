import { IndicatorTracker } from './components/indicator-tracker/indicator-tracker.js';

export { IndicatorTracker };
export { validateTrackerContent } from './components/indicator-tracker/indicator-tracker.content.js';
export type * from './components/indicator-tracker/indicator-tracker.content.js';
export type * from './components/indicator-tracker/indicator-tracker.events.js';

IndicatorTracker.define('indicator-tracker');

declare global {
  interface HTMLElementTagNameMap {
    'indicator-tracker': IndicatorTracker;
  }
}
