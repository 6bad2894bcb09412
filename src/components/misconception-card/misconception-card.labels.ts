import type { LabelCatalog } from '../../internal/context/labels.js';

/** UI labels of `<misconception-card>`, by language. Override any key through `labels` or the provider. */
export const misconceptionLabels: LabelCatalog = {
  en: {
    'misconception.misconception': 'Misconception',
    'misconception.reality': 'Reality',
    'misconception.verdict': 'Verdict: {verdict}',
    'misconception.verdict.false': 'False',
    'misconception.verdict.misleading': 'Misleading',
    'misconception.verdict.mostly-false': 'Mostly false',
    'misconception.verdict.mostly-true': 'Mostly true',
    'misconception.verdict.unproven': 'Unproven',
    'misconception.sources': 'Sources',
    'misconception.reviewed': 'Reviewed',
    'misconception.show': 'Show the reality',
    'misconception.hide': 'Hide the reality',
  },
  de: {
    'misconception.misconception': 'Fehlannahme',
    'misconception.reality': 'Tatsache',
    'misconception.verdict': 'Bewertung: {verdict}',
    'misconception.verdict.false': 'Falsch',
    'misconception.verdict.misleading': 'Irreführend',
    'misconception.verdict.mostly-false': 'Größtenteils falsch',
    'misconception.verdict.mostly-true': 'Größtenteils richtig',
    'misconception.verdict.unproven': 'Unbelegt',
    'misconception.sources': 'Quellen',
    'misconception.reviewed': 'Geprüft am',
    'misconception.show': 'Tatsache anzeigen',
    'misconception.hide': 'Tatsache ausblenden',
  },
};
