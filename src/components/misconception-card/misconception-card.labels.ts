import type { Labels } from '../../internal/context/settings.js';

/**
 * UI labels of `<misconception-card>`, in English (other languages register through `src/locales/`). Override any
 * key through `labels` or the provider.
 * - `misconception.statement`: orders the "Misconception" tag (`{label}`) and the claim (`{text}`); `[...]` is read
 *   by screen readers only.
 * - `misconception.verdict` (`{verdict}`: a `misconception.verdict.<key>` name); `misconception.reviewedOn` (`{date}`).
 */
export const misconceptionLabels: Labels = {
  'misconception.misconception': 'Misconception',
  'misconception.reality': 'Reality',
  'misconception.statement': '{label}[: ]{text}',
  'misconception.verdict': 'Verdict: {verdict}',
  'misconception.verdict.false': 'False',
  'misconception.verdict.misleading': 'Misleading',
  'misconception.verdict.mostly-false': 'Mostly false',
  'misconception.verdict.mostly-true': 'Mostly true',
  'misconception.verdict.unproven': 'Unproven',
  'misconception.sources': 'Sources',
  'misconception.reviewedOn': 'Reviewed {date}',
  'misconception.show': 'Show the reality',
  'misconception.hide': 'Hide the reality',
};
