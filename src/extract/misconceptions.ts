/**
 * "Misconception: ... Reality: ..." and "Myth: ... Fact: ..." pairs -> `<misconception-card>` content. Pairs under
 * the same heading make one set of cards, titled by that heading. The claim is plain text: quotation marks or
 * bold around all of it are dropped (the card shows it as a claim); the reality keeps its Markdown as written.
 */
import type { MisconceptionContent, MisconceptionItem } from '../components/misconception-card/misconception-card.content.js';
import type { Block, HeadingBlock } from './blocks.js';
import { findCardMarkers, type CardMarker } from './card-markers.js';
import type { Draft, ExtractContext } from './context.js';
import { headingBefore, introBetween, titleOf } from './sections.js';
import { SlugSet } from './slug.js';
import { unwrapEmphasis, unwrapQuotes } from './text.js';

interface Pair {
  myth: CardMarker;
  fact: CardMarker;
  /** Index of the heading the pair sits under, or -1. */
  heading: number;
}

/** A claim as plain text: its lines joined, without quotes or emphasis around all of it. */
const claimText = (text: string): string =>
  unwrapQuotes(
    unwrapEmphasis(
      text
        .split('\n')
        .map((line) => line.trim())
        .join(' '),
    ),
  );

/** Warns about prose blocks from `from` to `to` (exclusive) that hold no marker. */
function warnUnplaced(blocks: readonly Block[], from: number, to: number, marked: ReadonlySet<number>, message: string, context: ExtractContext): void {
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    if ((block.kind === 'paragraph' || block.kind === 'item') && !marked.has(i)) context.warn(block.line, message, block.endLine);
  }
}

/** Pairs each claim with the correction after it; warns about a claim or a correction left alone or empty. */
function pairUp(blocks: readonly Block[], markers: readonly CardMarker[], context: ExtractContext): Pair[] {
  const marked = new Set(markers.map((m) => m.block));
  const pairs: Pair[] = [];
  let pending: CardMarker | undefined;
  for (const marker of markers) {
    if (marker.kind === 'myth') {
      if (pending) context.warn(pending.line, 'misconception has no reality after it: left out');
      pending = marker;
      continue;
    }
    if (!pending) {
      context.warn(marker.line, 'reality has no misconception before it: left out');
      continue;
    }
    const myth = pending;
    pending = undefined;
    warnUnplaced(blocks, myth.block + 1, marker.block, marked, 'text between a misconception and its reality is left out', context);
    if (!claimText(myth.text) || !marker.text) {
      context.warn(myth.line, `${myth.text ? 'reality' : 'misconception'} is empty: the pair is left out`);
      continue;
    }
    pairs.push({ myth, fact: marker, heading: headingBefore(blocks, myth.block) });
  }
  if (pending) context.warn(pending.line, 'misconception has no reality after it: left out');
  return pairs;
}

/** Consecutive pairs under the same heading. */
function groupByHeading(pairs: readonly Pair[]): Pair[][] {
  const groups: Pair[][] = [];
  for (const pair of pairs) {
    const group = groups.at(-1);
    if (group && group[0]!.heading === pair.heading) group.push(pair);
    else groups.push([pair]);
  }
  return groups;
}

function toDraft(blocks: readonly Block[], group: readonly Pair[], marked: ReadonlySet<number>, context: ExtractContext): Draft<'misconception-card'> {
  const first = group[0]!;
  const last = group.at(-1)!;
  const heading = first.heading >= 0 ? (blocks[first.heading] as HeadingBlock) : undefined;
  // A reality is the text of its own paragraph or item: what follows it before the next claim is left out.
  group.slice(1).forEach((pair, n) => {
    warnUnplaced(blocks, group[n]!.fact.block + 1, pair.myth.block, marked, 'text after a reality is left out (a reality is one paragraph or list item)', context);
  });
  const ids = new SlugSet();
  const items = group.map(({ myth, fact }): MisconceptionItem => {
    const misconception = claimText(myth.text);
    const id = ids.claim(misconception);
    return id ? { id, misconception, reality: fact.text } : { misconception, reality: fact.text };
  });
  // The intro ends at the first marker under the heading, even one that made no pair.
  let introEnd = first.heading + 1;
  while (introEnd < first.myth.block && !marked.has(introEnd)) introEnd++;
  const intro = introBetween(blocks, first.heading, introEnd);
  const content: MisconceptionContent = { ...(heading ? { title: titleOf(heading) } : {}), ...(intro ? { intro } : {}), items };
  if (heading) {
    // Up to the next heading of any level: a set under the article's title does not own the whole article.
    let end = last.fact.block + 1;
    while (end < blocks.length && blocks[end]!.kind !== 'heading') end++;
    warnUnplaced(blocks, last.fact.block + 1, end, marked, 'text after the last misconception card is left out', context);
  }
  return {
    tag: 'misconception-card',
    line: heading ? heading.line : first.myth.line,
    endLine: blocks[last.fact.block]!.endLine,
    title: content.title,
    itemLines: group.map((p) => p.myth.line),
    content,
  };
}

/** Every set of misconception cards in the article. */
export function extractMisconceptions(blocks: readonly Block[], context: ExtractContext): Draft<'misconception-card'>[] {
  const markers = findCardMarkers(blocks);
  const marked = new Set(markers.map((m) => m.block));
  return groupByHeading(pairUp(blocks, markers, context)).map((group) => toDraft(blocks, group, marked, context));
}
