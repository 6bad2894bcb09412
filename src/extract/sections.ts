/**
 * The article's outline: a heading opens a section that runs to the next heading of the same or a higher level.
 */
import type { Block, HeadingBlock } from './blocks.js';
import { MYTH_LABELS, FACT_LABELS } from './labels.js';
import { labelAt, richText, unwrapEmphasis } from './text.js';

/** Index after the last block of the section opened by the heading at `index`. */
export function sectionEnd(blocks: readonly Block[], index: number): number {
  const { level } = blocks[index] as HeadingBlock;
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading' && block.level <= level) return i;
  }
  return blocks.length;
}

const CARD_LABELS: ReadonlySet<string> = new Set([...MYTH_LABELS, ...FACT_LABELS]);

/** True for a heading that is a card's claim or correction (`### Myth: ...`), not a section title. */
export function isCardHeading(block: HeadingBlock): boolean {
  return labelAt(block.text, CARD_LABELS) !== null;
}

/** For each block, the index of the nearest titling heading before it: computed once per block list. */
const titlingHeadings = new WeakMap<readonly Block[], Int32Array>();

/** Index of the nearest heading before `index` that titles a section, or -1. Constant time after the first call. */
export function headingBefore(blocks: readonly Block[], index: number): number {
  let before = titlingHeadings.get(blocks);
  if (!before) {
    before = new Int32Array(blocks.length + 1);
    let last = -1;
    blocks.forEach((block, i) => {
      before![i] = last;
      if (block.kind === 'heading' && !isCardHeading(block)) last = i;
    });
    before[blocks.length] = last;
    titlingHeadings.set(blocks, before);
  }
  return before[Math.max(0, Math.min(index, blocks.length))]!;
}

/** A heading's text as a title: as written, without an emphasis wrapper around all of it. */
export function titleOf(block: HeadingBlock): string {
  return unwrapEmphasis(block.text).trim();
}

/**
 * Lower-cased words of a heading or line, separated by single spaces (and one around them) without punctuation,
 * for matching phrases like " frequently asked questions " whatever the case and punctuation.
 */
export function phraseWords(text: string): string {
  return ` ${text.toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter(Boolean).join(' ')} `;
}

/** Most paragraphs read as a section's intro; more are the article's prose, not an intro. */
const INTRO_MAX_BLOCKS = 2;

/**
 * The intro of a section: the paragraphs (or list items) between its heading at `heading` and its first item at
 * `first`, as written, when there are one or two of them and nothing else; else undefined.
 */
export function introBetween(blocks: readonly Block[], heading: number, first: number): string | undefined {
  if (heading < 0) return undefined;
  const between = blocks.slice(heading + 1, first);
  if (between.length === 0 || between.length > INTRO_MAX_BLOCKS || !between.every((b) => b.kind === 'paragraph' || b.kind === 'item')) return undefined;
  return richText(between) || undefined;
}
