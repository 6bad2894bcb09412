import type { Labels } from '../internal/context/settings.js';

/** German labels shared by every component. */
export const de: Labels = {
  loading: 'Wird geladen…',
  errorTitle: 'Dieser Inhalt kann nicht angezeigt werden',
  itemErrorsTitle: '{count} Einträge können nicht angezeigt werden',
  staleNotice: 'Es wird der frühere Inhalt gezeigt: die Aktualisierung konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  errorsList: 'Gefundene Probleme',
};
