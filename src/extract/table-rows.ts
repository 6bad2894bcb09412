/**
 * Pipe-table rows (GitHub-flavoured Markdown): cells split on unescaped `|`, with or without outer pipes, and the
 * delimiter row (`|---|:--:|`) that makes the line above it a header.
 */
import type { TableColumnAlign } from '../components/cooperation-table/cooperation-table.content.js';

/** True when the line has a `|` not escaped by a backslash. */
export function hasPipe(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') return true;
  }
  return false;
}

/**
 * The cells of a row, trimmed and as written (a `\|` stays `\|`: the rich-text subset shows it as `|`).
 * A leading and a trailing pipe are outer pipes, not empty cells.
 */
export function splitRow(text: string): string[] {
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') {
      cells.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  // The last character was an unescaped pipe: an outer pipe.
  const outerEnd = start === text.length && start > 0;
  cells.push(text.slice(start).trim());
  if (text.startsWith('|')) cells.shift();
  if (outerEnd) cells.pop();
  return cells;
}

const DELIMITER_CELL = /^:?-+:?$/;

/**
 * The alignments of a delimiter row (`| --- | :-: | --: |`), one per cell, or null when the line is not one.
 * `undefined` is a cell without a colon (no alignment given).
 */
export function delimiterRow(text: string): (TableColumnAlign | undefined)[] | null {
  if (!text.includes('-')) return null;
  const cells = splitRow(text);
  if (cells.length === 0 || !cells.every((cell) => DELIMITER_CELL.test(cell))) return null;
  // A single `---` without any pipe is a thematic break, not a one-column table.
  if (cells.length === 1 && !text.includes('|')) return null;
  return cells.map((cell) => {
    const left = cell.startsWith(':');
    const right = cell.endsWith(':');
    return left && right ? 'center' : right ? 'end' : left ? 'start' : undefined;
  });
}
