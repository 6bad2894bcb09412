/**
 * A section headed like "Frequently Asked Questions", "FAQ" or "Questions and answers" -> `<faq-accordion>`
 * content. Its questions are sub-headings, bold lines (`**Why?**`), `Q:` lines (answers may start with `A:`), or
 * lines ending in `?`: sub-headings when one of them ends in `?`, else whichever way finds the most questions.
 * An answer is everything up to the next question, as written. Text before the first question is the intro.
 */
import type { FaqContent, FaqItem } from '../components/faq-accordion/faq-accordion.content.js';
import type { Block, HeadingBlock } from './blocks.js';
import type { Draft, ExtractContext } from './context.js';
import { ANSWER_LABELS, QUESTION_LABELS } from './labels.js';
import { phraseWords, sectionEnd, titleOf } from './sections.js';
import { SlugSet } from './slug.js';
import { isBoldLine, labelAt, richText, unwrapEmphasis } from './text.js';

const FAQ_PHRASES = [' frequently asked questions ', ' faq ', ' faqs ', ' questions and answers ', ' questions answered ', ' q&a ', ' q & a ', ' common questions '];

/** True for a heading that opens an FAQ. */
export function isFaqHeading(block: HeadingBlock): boolean {
  const words = phraseWords(block.text);
  return FAQ_PHRASES.some((phrase) => words.includes(phrase));
}

/** Part of an answer or intro: a block, or the lines of a question's block after the question. */
type Part = Pick<Block, 'kind' | 'lines' | 'line' | 'endLine'>;

interface Question {
  /** Index of the question's block. */
  index: number;
  line: number;
  text: string;
  /** The rest of the question's block (an answer that starts on the next line without a blank line). */
  rest: Part | undefined;
}

type Reader = (block: Block) => { text: string; rest: string[] } | null;

/** The ways a question is written, strongest first. */
const QUESTION_READERS: Reader[] = [
  (block) => (block.kind === 'heading' ? { text: titleOf(block), rest: [] } : null),
  (block) => (block.kind === 'paragraph' && isBoldLine(block.lines[0]!) ? { text: unwrapEmphasis(block.lines[0]!), rest: block.lines.slice(1) } : null),
  (block) => {
    if (block.kind !== 'paragraph') return null;
    const label = labelAt(block.lines[0]!, QUESTION_LABELS);
    return label?.rest ? { text: unwrapEmphasis(label.rest), rest: block.lines.slice(1) } : null;
  },
  (block) => {
    if (block.kind !== 'paragraph' && block.kind !== 'item') return null;
    const first = block.kind === 'item' ? block.text.split('\n')[0]! : block.lines[0]!;
    const text = unwrapEmphasis(first);
    return text.endsWith('?') ? { text, rest: block.lines.slice(1) } : null;
  },
];

/**
 * The questions of a section body. Sub-headings win when one of them ends in `?` (group headings such as
 * "### General" do not); otherwise the way that finds the most questions wins, the stronger one on a tie.
 */
function findQuestions(blocks: readonly Block[], from: number, to: number): { questions: Question[]; labelled: boolean } {
  const styles = QUESTION_READERS.map((read) => {
    const questions: Question[] = [];
    for (let i = from; i < to; i++) {
      const block = blocks[i]!;
      const found = read(block);
      if (!found?.text) continue;
      const rest = found.rest.length > 0 ? { kind: 'paragraph' as const, lines: found.rest, line: block.line + 1, endLine: block.endLine } : undefined;
      questions.push({ index: i, line: block.line, text: found.text, rest });
    }
    return questions;
  });
  const headings = styles[0]!;
  let best = headings.some((q) => q.text.endsWith('?')) ? 0 : styles.reduce((top, questions, n) => (questions.length > styles[top]!.length ? n : top), 0);
  if (styles[best]!.length === 0) best = 0;
  return { questions: styles[best]!, labelled: best === 2 };
}

/** The rich-text blocks from `from` to `to`; warns about what rich text cannot hold (code, headings). */
function textBlocks(blocks: readonly Block[], from: number, to: number, context: ExtractContext): Part[] {
  const parts: Part[] = [];
  for (let i = from; i < to; i++) {
    const block = blocks[i]!;
    if (block.kind === 'paragraph' || block.kind === 'item') parts.push(block);
    else if (block.kind !== 'table') context.warn(block.line, `${block.kind === 'heading' ? 'heading' : 'code or rule'} inside an FAQ is left out`, block.endLine);
  }
  return parts;
}

/** An `A:` label at the start of an answer is structure: dropped. */
function withoutAnswerLabel(parts: Part[]): Part[] {
  const [first, ...others] = parts;
  const label = first && labelAt(first.lines[0]!, ANSWER_LABELS);
  if (!first || !label) return parts;
  const lines = [label.rest, ...first.lines.slice(1)].filter(Boolean);
  return lines.length > 0 ? [{ ...first, lines }, ...others] : others;
}

/**
 * When the FAQ runs to the end of the article, every answer but the last is one block and the last runs on with
 * another paragraph, that rest reads as the article's closing text rather than part of the answer (as in the
 * seed, whose FAQ is followed by two closing paragraphs): it is left out, with a warning.
 */
function trimLastAnswer(answers: Part[][], toTheEnd: boolean, context: ExtractContext): void {
  const last = answers.at(-1);
  if (!toTheEnd || answers.length < 2 || !last || last.length < 2 || last[1]!.kind !== 'paragraph') return;
  if (!answers.slice(0, -1).every((parts) => parts.length === 1)) return;
  const dropped = last.splice(1);
  context.warn(
    dropped[0]!.line,
    "text after the last FAQ answer is left out: every other answer is one paragraph, so it reads as the article's closing text (add it to the answer by hand if it belongs there)",
    dropped.at(-1)!.endLine,
  );
}

function readFaq(blocks: readonly Block[], index: number, end: number, context: ExtractContext): Draft<'faq-accordion'> | undefined {
  const heading = blocks[index] as HeadingBlock;
  const { questions, labelled } = findQuestions(blocks, index + 1, end);
  if (questions.length === 0) {
    context.warn(heading.line, `"${heading.text}" looks like an FAQ, but no question was found in it (questions are sub-headings, bold lines, "Q:" lines or lines ending in "?")`);
    return undefined;
  }
  const answers = questions.map((q, n) => {
    const parts = [...(q.rest ? [q.rest] : []), ...textBlocks(blocks, q.index + 1, questions[n + 1]?.index ?? end, context)];
    return labelled ? withoutAnswerLabel(parts) : parts;
  });
  trimLastAnswer(answers, end === blocks.length, context);
  const ids = new SlugSet();
  const items: FaqItem[] = [];
  const itemLines: number[] = [];
  let endLine = heading.endLine;
  questions.forEach((q, n) => {
    const answer = richText(answers[n]!);
    if (!answer) {
      context.warn(q.line, `question "${q.text}" has no answer: left out`);
      return;
    }
    const id = ids.claim(q.text);
    items.push(id ? { id, question: q.text, answer } : { question: q.text, answer });
    itemLines.push(q.line);
    endLine = Math.max(endLine, answers[n]!.at(-1)!.endLine);
  });
  if (items.length === 0) return undefined;
  const intro = richText(textBlocks(blocks, index + 1, questions[0]!.index, context));
  const content: FaqContent = { title: titleOf(heading), ...(intro ? { intro } : {}), items };
  return { tag: 'faq-accordion', line: heading.line, endLine, title: content.title, itemLines, content };
}

/** Every FAQ section of the article (an FAQ heading inside another FAQ's section is part of that one). */
export function extractFaqs(blocks: readonly Block[], context: ExtractContext): Draft<'faq-accordion'>[] {
  const drafts: Draft<'faq-accordion'>[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'heading' || !isFaqHeading(block)) continue;
    const end = sectionEnd(blocks, i);
    const draft = readFaq(blocks, i, end, context);
    if (draft) drafts.push(draft);
    i = end - 1;
  }
  return drafts;
}
