/**
 * A section of indicators -> `<indicator-tracker>` content. The section is headed with "indicators", "what to
 * watch", "milestones" or "signposts", or a list is led in by a line ending in `:` with those words ("What to
 * watch:"). Its list items of the form `Label: description` (also `**Label**: ...`, `**Label:** ...`,
 * `Label – description`) are the indicators. No status, trend or date is invented: the article gives none.
 */
import type { TrackerContent, TrackerIndicator } from '../components/indicator-tracker/indicator-tracker.content.js';
import type { Block, HeadingBlock, ItemBlock } from './blocks.js';
import type { Draft, ExtractContext } from './context.js';
import { headingBefore, phraseWords, sectionEnd, titleOf } from './sections.js';
import { SlugSet } from './slug.js';
import { hasSentenceBreak, richText, unwrapEmphasis } from './text.js';
import { isFaqHeading } from './faq.js';
import { FACT_LABELS, MYTH_LABELS } from './labels.js';

const INDICATOR_PHRASES = [' indicator ', ' indicators ', ' to watch ', ' watch for ', ' milestone ', ' milestones ', ' signpost ', ' signposts '];
/** Spaced dashes that may separate a label from its description. */
const DASHES = [' – ', ' — ', ' - '];
/** Longest label read from `Label: description`. */
const LABEL_MAX = 100;
/** A lead-in this short ("What to watch:") is the title; a longer one is the intro. */
const TITLE_LEAD_IN_WORDS = 6;

const hasIndicatorWords = (words: string): boolean => INDICATOR_PHRASES.some((phrase) => words.includes(phrase));

/** Index of the first `: ` (a colon followed by white space or the end), or -1. A URL's `https:` does not count. */
function colonAt(text: string): number {
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    if (i + 1 === text.length || /\s/u.test(text[i + 1]!)) return i;
  }
  return -1;
}

/** Splits at the first of `: ` and a spaced dash; null when there is neither. */
function splitLabel(text: string): [string, string] | null {
  const colon = colonAt(text);
  const dashes = DASHES.map((d) => text.indexOf(d)).filter((i) => i >= 0);
  const dash = dashes.length > 0 ? Math.min(...dashes) : -1;
  if (colon >= 0 && (dash < 0 || colon < dash)) return [text.slice(0, colon), text.slice(colon + 1)];
  return dash >= 0 ? [text.slice(0, dash), text.slice(dash + 3)] : null; // every dash is 3 characters
}

/** `Label: description` from a list item's text, or null. A bold label may hold the colon (`**Label:**`). */
export function readIndicator(text: string): { label: string; description: string } | null {
  let parts: [string, string] | null = null;
  const wrapper = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : '';
  const close = wrapper ? text.indexOf(wrapper, 2) : -1;
  if (close > 2) {
    const inner = text.slice(2, close);
    const after = text.slice(close + 2);
    if (inner.endsWith(':')) parts = [inner.slice(0, -1), after];
    else if (after.startsWith(':')) parts = [inner, after.slice(1)];
    else {
      const dash = DASHES.find((d) => after.startsWith(d));
      if (dash) parts = [inner, after.slice(dash.length)];
    }
  }
  parts ??= splitLabel(text);
  if (!parts) return null;
  const label = unwrapEmphasis(parts[0].trim());
  const description = parts[1].trim();
  if (!label || !description || label.length > LABEL_MAX || label.includes('\n') || hasSentenceBreak(label)) return null;
  // `Myth: ...` and `Fact: ...` items are misconception cards, not indicators.
  if (MYTH_LABELS.has(label.toLowerCase()) || FACT_LABELS.has(label.toLowerCase())) return null;
  return { label, description };
}

interface Run {
  /** Where the section starts: its heading or lead-in block. */
  start: number;
  title?: string | undefined;
  intro?: string | undefined;
  items: number[];
  /** Blocks after the first item that are prose (left out). */
  leftOut: number[];
}

function toDraft(blocks: readonly Block[], run: Run, context: ExtractContext): Draft<'indicator-tracker'> | undefined {
  const ids = new SlugSet();
  const indicators: TrackerIndicator[] = [];
  const itemLines: number[] = [];
  let endLine = blocks[run.start]!.endLine;
  for (const index of run.items) {
    const item = blocks[index] as ItemBlock;
    const read = readIndicator(item.text);
    if (!read) {
      context.warn(item.line, 'list item in the indicators is not "Label: description": left out', item.endLine);
      continue;
    }
    const id = ids.claim(read.label);
    indicators.push(id ? { id, ...read } : read);
    itemLines.push(item.line);
    endLine = item.endLine;
  }
  for (const index of run.leftOut) {
    const block = blocks[index]!;
    context.warn(block.line, 'text after the indicator list is left out', block.endLine);
  }
  if (indicators.length === 0) {
    context.warn(blocks[run.start]!.line, 'section looks like indicators, but none of its list items is "Label: description"');
    return undefined;
  }
  const content: TrackerContent = { ...(run.title ? { title: run.title } : {}), ...(run.intro ? { intro: run.intro } : {}), indicators };
  return { tag: 'indicator-tracker', line: blocks[run.start]!.line, endLine, title: run.title, itemLines, content };
}

/** The run of a heading's section: every list item in it, the prose before the first as the intro. */
function sectionRun(blocks: readonly Block[], index: number, end: number): Run {
  const items: number[] = [];
  const leftOut: number[] = [];
  for (let i = index + 1; i < end; i++) {
    const kind = blocks[i]!.kind;
    if (kind === 'item') items.push(i);
    else if (kind === 'paragraph' && items.length > 0) leftOut.push(i);
  }
  const firstItem = items[0] ?? end;
  const intro = richText(blocks.slice(index + 1, firstItem).filter((b) => b.kind === 'paragraph'));
  return { start: index, title: titleOf(blocks[index] as HeadingBlock), intro, items, leftOut };
}

/** A list led in by a line like "What to watch:" or "Watch for these indicators:", outside any indicator section. */
function leadInRun(blocks: readonly Block[], index: number): Run | undefined {
  const block = blocks[index]!;
  const line = block.lines[0]!;
  if (block.kind !== 'paragraph' || block.lines.length !== 1 || !line.endsWith(':') || blocks[index + 1]?.kind !== 'item') return undefined;
  if (!hasIndicatorWords(phraseWords(line))) return undefined;
  const items: number[] = [];
  for (let i = index + 1; blocks[i]?.kind === 'item'; i++) items.push(i);
  if (line.split(/\s+/).length <= TITLE_LEAD_IN_WORDS) return { start: index, title: unwrapEmphasis(line.slice(0, -1).trim()), items, leftOut: [] };
  const heading = headingBefore(blocks, index);
  return { start: index, title: heading >= 0 ? titleOf(blocks[heading] as HeadingBlock) : undefined, intro: line, items, leftOut: [] };
}

/** Every indicator list of the article. */
export function extractIndicators(blocks: readonly Block[], context: ExtractContext): Draft<'indicator-tracker'>[] {
  const drafts: Draft<'indicator-tracker'>[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    let run: Run | undefined;
    let next = i;
    if (block.kind === 'heading' && !isFaqHeading(block) && hasIndicatorWords(phraseWords(block.text))) {
      const end = sectionEnd(blocks, i);
      if (blocks.slice(i + 1, end).some((b) => b.kind === 'item')) run = sectionRun(blocks, i, end);
      next = end - 1;
    } else {
      run = leadInRun(blocks, i);
      if (run) next = run.items.at(-1)!;
    }
    const draft = run && toDraft(blocks, run, context);
    if (draft) drafts.push(draft);
    i = next;
  }
  return drafts;
}
