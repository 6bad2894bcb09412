/**
 * The line reader: an article as numbered lines, and what a single line can be on its own (a `#` heading, a list
 * item, a code fence, a thematic break). Every test here is a string scan or a regular expression with one
 * quantifier per position, so the time stays linear in the line's length whatever the input.
 */

/** One line of the article. */
export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** The line without its line break. */
  raw: string;
  /** The line without leading and trailing white space. */
  text: string;
}

/** The article's lines (`\n`, `\r\n` and `\r` breaks), with a leading byte-order mark dropped. */
export function readLines(source: string): SourceLine[] {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  return text.split(/\r\n|\r|\n/).map((raw, index) => ({ number: index + 1, raw, text: raw.trim() }));
}

/** A `#` heading: its level (1–6) and text, without the closing `#` sequence. */
export function atxHeading(text: string): { level: number; text: string } | null {
  let level = 0;
  while (level < text.length && text[level] === '#') level++;
  if (level === 0 || level > 6) return null;
  const rest = text.slice(level);
  if (rest !== '' && rest[0] !== ' ' && rest[0] !== '\t') return null;
  let body = rest.trim();
  // A closing sequence of `#` counts only after white space (`# C#` keeps its `#`).
  let end = body.length;
  while (end > 0 && body[end - 1] === '#') end--;
  if (end === 0) body = '';
  else if (end < body.length && (body[end - 1] === ' ' || body[end - 1] === '\t')) body = body.slice(0, end).trim();
  return { level, text: body };
}

/** A list item: bullet (`-`, `*`, `+`, `•`) or numbered (`1.`, `1)`), and its text. */
export interface ListMarker {
  ordered: boolean;
  /** The marker as written (`-`, `3.`). */
  marker: string;
  /** The item's text after the marker. */
  text: string;
}

const BULLET = /^([-*+•])[ \t]+(\S[\s\S]*)$/;
const NUMBERED = /^(\d{1,9}[.)])[ \t]+(\S[\s\S]*)$/;

/** The list item a line starts, if any. `**bold**` is not a bullet (no space after the first `*`). */
export function listItem(text: string): ListMarker | null {
  const bullet = BULLET.exec(text);
  if (bullet) return { ordered: false, marker: bullet[1]!, text: bullet[2]! };
  const numbered = NUMBERED.exec(text);
  return numbered ? { ordered: true, marker: numbered[1]!, text: numbered[2]! } : null;
}

/** The fence character run opening or closing a code block (```` ``` ```` or `~~~`), if the line is one. */
export function fence(text: string): string | null {
  const char = text[0];
  if (char !== '`' && char !== '~') return null;
  let n = 0;
  while (text[n] === char) n++;
  return n >= 3 ? char.repeat(n) : null;
}

/** `***`, `---` or `___` (three or more, spaces allowed): a thematic break. */
export function isThematicBreak(text: string): boolean {
  const char = text[0];
  if (char !== '-' && char !== '*' && char !== '_') return false;
  let count = 0;
  for (const c of text) {
    if (c === char) count++;
    else if (c !== ' ' && c !== '\t') return false;
  }
  return count >= 3;
}

/** A setext underline (`===` or `---`): the heading level it gives the paragraph above it. */
export function setextLevel(text: string): 1 | 2 | null {
  if (text === '') return null;
  const char = text[0];
  if (char !== '=' && char !== '-') return null;
  for (const c of text) if (c !== char) return null;
  return char === '=' ? 1 : 2;
}
