/**
 * Finds "Misconception: ..." / "Reality: ..." (and "Myth: ..." / "Fact: ...") markers in the article's blocks,
 * with the text each one introduces. A marker starts a line (after a list marker, in any case, optionally bold:
 * `**Myth:**`, `**Myth**:`, `Myth 2:`), or, capitalised, follows a separator within a line, as in the seed:
 * `... for Germany. - Misconception: “Germany only ...”` or `Myth: X — Fact: Y`.
 */
import type { Block } from './blocks.js';
import { FACT_LABELS, MYTH_LABELS } from './labels.js';

/** One marker and the text after it (up to the next marker in its block, or the block's end). */
export interface CardMarker {
  kind: 'myth' | 'fact';
  /** Index of its block. */
  block: number;
  /** Its line. */
  line: number;
  /** The text it introduces, as written, trimmed (a separator before a following marker dropped). */
  text: string;
}

// One match per label word: an optional emphasis run, the label, an optional number (`Myth 2:`, `Myth #2:`), an
// optional run, a colon, an optional run. Only the spaces before a number repeat, and they are scanned once per label.
const MARKER = /(\*\*|__|\*|_)?(misconception|myth|reality|fact)(?:[ \t]*#?\d{1,3})?(\*\*|__|\*|_)?:(\*\*|__|\*|_)?(?=\s|$)/giu;

/** What may come before a marker within a line: a list-like separator or the end of a sentence. */
const SEPARATORS = '-–—•|;.!?”"’)';
/** What is dropped from the end of a marker's text when another marker follows on its line. */
const TRAILING = '-–—•|;';

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/** The text a block offers for markers: a list item's text without its marker, else its lines. */
function blockText(block: Block): string | null {
  if (block.kind === 'item') return block.text;
  if (block.kind === 'paragraph') return block.lines.join('\n');
  if (block.kind === 'heading') return block.text;
  return null;
}

interface Found {
  kind: 'myth' | 'fact';
  start: number;
  end: number;
  line: number;
  inline: boolean;
}

/** Markers of one block's text, in order. Linear: the scan and the line counting move forward only. */
function scan(text: string, firstLine: number): Found[] {
  const found: Found[] = [];
  let line = firstLine;
  let lineStart = 0;
  let counted = 0;
  for (const match of text.matchAll(MARKER)) {
    const start = match.index;
    for (; counted < start; counted++) {
      if (text[counted] === '\n') {
        line++;
        lineStart = counted + 1;
      }
    }
    let before = start - 1;
    while (before >= lineStart && isSpace(text[before])) before--;
    const atLineStart = before < lineStart;
    const label = match[2]!;
    const inline = !atLineStart && isSpace(text[start - 1]) && label[0] !== label[0]!.toLowerCase() && SEPARATORS.includes(text[before]!);
    if (!atLineStart && !inline) continue;
    const kind = MYTH_LABELS.has(label.toLowerCase()) ? 'myth' : FACT_LABELS.has(label.toLowerCase()) ? 'fact' : null;
    if (kind) found.push({ kind, start, end: start + match[0].length, line, inline });
  }
  return found;
}

/** The text between a marker and the next one (or the end), trimmed; a separator before an inline marker dropped. */
function segment(text: string, from: number, next: Found | undefined): string {
  let to = next ? next.start : text.length;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  if (next?.inline && to > from && TRAILING.includes(text[to - 1]!)) to--;
  return text.slice(from, to).trim();
}

/** Every marker in the article, in order. Tables and code are not read. */
export function findCardMarkers(blocks: readonly Block[]): CardMarker[] {
  const markers: CardMarker[] = [];
  blocks.forEach((block, index) => {
    const text = blockText(block);
    if (!text) return;
    const found = scan(text, block.line);
    found.forEach((marker, n) => {
      markers.push({ kind: marker.kind, block: index, line: marker.line, text: segment(text, marker.end, found[n + 1]) });
    });
  });
  return markers;
}
