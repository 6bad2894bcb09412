/**
 * Headings in an article that marks none (no `#`, no setext underline): a short line on its own, starting like a
 * title and ending without punctuation, is read as a heading, so "Frequently Asked Questions" or "Key Pillars of
 * ASEAN-Germany Security Cooperation" open sections as they do for a reader. The first block of the article is
 * its title (level 1); every other guessed heading is level 2. A numbered or bulleted line is a list item, never
 * a heading; a line ending in `?` is a question; a bold line may be a question and is not guessed either.
 */
import type { Block, HeadingBlock } from './blocks.js';
import { ALL_LABELS } from './labels.js';
import { endsWithPunctuation, labelAt } from './text.js';

/** How long a guessed heading may be: the article's title (first block), then any other. */
const TITLE_LIMITS = { chars: 250, words: 40 };
const HEADING_LIMITS = { chars: 120, words: 20 };

/** Starts like a title: an upper-case or uncased letter, a digit, or an opening quote or bracket. */
const TITLE_START = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}“"‘'«¿¡([]/u;

function looksLikeHeading(block: Block, first: boolean): boolean {
  if (block.kind !== 'paragraph' || block.lines.length !== 1) return false;
  const text = block.lines[0]!;
  const limits = first ? TITLE_LIMITS : HEADING_LIMITS;
  return (
    text.length <= limits.chars &&
    text.split(/\s+/).length <= limits.words &&
    TITLE_START.test(text) &&
    !endsWithPunctuation(text) &&
    labelAt(text, ALL_LABELS) === null
  );
}

/**
 * `blocks` with guessed headings when the article marks none; unchanged when it marks at least one.
 * A guessed heading needs a block after it: a last short line is a paragraph.
 */
export function withHeadings(blocks: readonly Block[]): Block[] {
  if (blocks.some((b) => b.kind === 'heading')) return [...blocks];
  return blocks.map((block, index): Block => {
    if (index === blocks.length - 1 || !looksLikeHeading(block, index === 0)) return block;
    const heading: HeadingBlock = { ...block, kind: 'heading', level: index === 0 ? 1 : 2, text: block.lines[0]!, marked: false };
    return heading;
  });
}
