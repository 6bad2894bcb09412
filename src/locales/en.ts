import type { Labels } from '../internal/context/settings.js';

/** English labels shared by every component. Each component keeps its own in `<name>.labels.ts`. */
export const en: Labels = {
  loading: 'Loading…',
  errorTitle: 'This content could not be shown',
  itemErrorsTitle: '{count} item(s) could not be shown',
  staleNotice: 'Showing earlier content: the update could not be loaded.',
  retry: 'Try again',
};
