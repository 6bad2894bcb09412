import type { Labels } from '../internal/context/settings.js';

/**
 * English labels shared by every component. Each component keeps its own in `<name>.labels.ts`.
 * `itemErrorsTitle` (`{count}`: how many items were dropped) is an object by plural category.
 */
export const en: Labels = {
  loading: 'Loading…',
  errorTitle: 'This content could not be shown',
  itemErrorsTitle: { one: '{count} item could not be shown', other: '{count} items could not be shown' },
  staleNotice: 'Showing earlier content: the update could not be loaded.',
  retry: 'Try again',
};
