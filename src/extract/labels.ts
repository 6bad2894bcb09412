/**
 * The labels the extractor reads at the start of a line (`Myth:`, `**Q:**`, `Source:`), lower case.
 */

/** What a misconception card's claim starts with. */
export const MYTH_LABELS: ReadonlySet<string> = new Set(['misconception', 'myth']);

/** What its correction starts with. */
export const FACT_LABELS: ReadonlySet<string> = new Set(['reality', 'fact']);

/** A question in a question-and-answer FAQ. */
export const QUESTION_LABELS: ReadonlySet<string> = new Set(['q', 'question']);

/** Its answer. */
export const ANSWER_LABELS: ReadonlySet<string> = new Set(['a', 'answer']);

/** A table's note, kept with its label (`Source: ...`). */
export const NOTE_LABELS: ReadonlySet<string> = new Set(['source', 'sources', 'note', 'notes']);

/** A table's caption (`Table: ...`), read without its label. */
export const CAPTION_LABELS: ReadonlySet<string> = new Set(['table', 'caption']);

/** Every label: a line starting with one is never guessed to be a heading. */
export const ALL_LABELS: ReadonlySet<string> = new Set(
  [MYTH_LABELS, FACT_LABELS, QUESTION_LABELS, ANSWER_LABELS, NOTE_LABELS, CAPTION_LABELS].flatMap((set) => [...set]),
);
