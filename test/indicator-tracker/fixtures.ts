import type { TrackerContent } from '../../src/indicator-tracker.js';
import { exampleContent } from '../helpers/content.js';

/** The fixed clock of these tests: the full example's dates are read against it. */
export const NOW = '2026-03-15T12:00:00Z';

/** URL of the full-featured example (every field). */
export const FULL_URL = '/examples/content/indicator-tracker-full.json';

/** The seed content from the article: labels and descriptions only. */
export function seedContent(): Promise<TrackerContent> {
  return exampleContent<TrackerContent>('indicator-tracker');
}

/** The full-featured example. */
export async function fullContent(): Promise<TrackerContent> {
  const response = await fetch(FULL_URL);
  return (await response.json()) as TrackerContent;
}

/** One indicator with the given extra fields, for small inline fixtures. */
export function one(fields: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...extra, indicators: [{ label: 'Indicator', description: 'What to watch.', ...fields }] };
}
