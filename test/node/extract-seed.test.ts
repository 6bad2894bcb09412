/// <reference types="node" />
// The extractor on the seed article (examples/articles/asean-germany-explainer.txt): all four sections found, each
// valid by validate(), and matching the hand-written example content (examples/content/asean-germany/) in
// substance: the same titles, the same number of rows and items, the same questions, answers, claims, realities,
// labels and descriptions, word for word. Where the hand-written content adds text the article does not have
// (the table's caption, the ids), the extractor must not invent it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle, extractTags, type ExtractContentMap, type ExtractResult } from '../../src/extract.js';
import { validate } from '../../src/validate.js';

const article = readFileSync('examples/articles/asean-germany-explainer.txt', 'utf8');
const handWritten = <T extends keyof ExtractContentMap>(tag: T): ExtractContentMap[T] =>
  JSON.parse(readFileSync(`examples/content/asean-germany/${tag}.json`, 'utf8')) as ExtractContentMap[T];

const result: ExtractResult = extractArticle(article);

function section<T extends keyof ExtractContentMap>(tag: T): ExtractContentMap[T] {
  const content = result.sections[tag];
  assert.ok(content, `${tag} was extracted`);
  return content;
}

describe('extractArticle() on the seed article', () => {
  it('reads it as plain text and finds all four sections, once each, in the article order, with their lines', () => {
    assert.equal(result.syntax, 'text');
    assert.deepEqual(
      result.found.map(({ tag, name, line, endLine, itemLines }) => ({ tag, name, line, endLine, itemLines })),
      [
        { tag: 'cooperation-table', name: 'cooperation-table', line: 27, endLine: 32, itemLines: [29, 30, 31, 32] },
        { tag: 'misconception-card', name: 'misconception-card', line: 38, endLine: 43, itemLines: [40, 41, 42] },
        { tag: 'indicator-tracker', name: 'indicator-tracker', line: 44, endLine: 49, itemLines: [47, 48, 49] },
        { tag: 'faq-accordion', name: 'faq-accordion', line: 51, endLine: 62, itemLines: [52, 55, 57, 59, 61] },
      ],
    );
    assert.deepEqual(Object.keys(result.sections).sort(), [...extractTags].sort());
  });

  it('gives content that validate() accepts for every component, and the same content in found and sections', () => {
    for (const found of result.found) {
      assert.deepEqual(validate(found.tag, found.content), { ok: true, errors: [] }, found.tag);
      assert.equal(result.sections[found.tag], found.content);
    }
  });

  it('table: the same title, columns and cells as the hand-written table; no caption invented', () => {
    const table = section('cooperation-table');
    const expected = handWritten('cooperation-table');
    assert.equal(table.title, expected.title);
    assert.deepEqual(
      table.columns.map((c) => [c.label, c.rowHeader === true]),
      expected.columns.map((c) => [c.label, c.rowHeader === true]),
    );
    const cells = (content: ExtractContentMap['cooperation-table']) => content.rows.map((row) => content.columns.map((c) => row[c.key]));
    assert.equal(table.rows.length, 4);
    assert.deepEqual(cells(table), cells(expected));
    // The hand-written caption is an editor's sentence that the article does not contain.
    assert.ok(expected.caption && !article.includes(expected.caption));
    assert.equal(table.caption, undefined);
  });

  it('FAQ: the same title, questions and answers', () => {
    const faq = section('faq-accordion');
    const expected = handWritten('faq-accordion');
    assert.equal(faq.title, expected.title);
    assert.equal(faq.items.length, 5);
    assert.deepEqual(
      faq.items.map((i) => i.question),
      expected.items.map((i) => i.question),
    );
    assert.deepEqual(
      faq.items.map((i) => i.answer),
      expected.items.map((i) => i.answer),
    );
    assert.equal(faq.intro, undefined);
  });

  it('misconceptions: the same title, claims (without their quotation marks) and realities', () => {
    const cards = section('misconception-card');
    const expected = handWritten('misconception-card');
    assert.equal(cards.title, expected.title);
    assert.equal(cards.items.length, 3);
    assert.deepEqual(
      cards.items.map((i) => i.misconception),
      expected.items.map((i) => i.misconception),
    );
    assert.deepEqual(
      cards.items.map((i) => i.reality),
      expected.items.map((i) => i.reality),
    );
    // The sentence under the heading is the section's own intro, as written.
    assert.equal(cards.intro, 'There are several common misconceptions regarding the role of European powers in Southeast Asian security that this meeting helps to clarify.');
  });

  it('indicators: the same title, labels and descriptions, and no status, trend, progress or date invented', () => {
    const tracker = section('indicator-tracker');
    const expected = handWritten('indicator-tracker');
    assert.equal(tracker.title, expected.title);
    assert.equal(tracker.indicators.length, 3);
    assert.deepEqual(
      tracker.indicators.map((i) => [i.label, i.description]),
      expected.indicators.map((i) => [i.label, i.description]),
    );
    for (const indicator of tracker.indicators) assert.deepEqual(Object.keys(indicator).sort(), ['description', 'id', 'label']);
    assert.equal(tracker.statuses, undefined);
    // The intro is the article's two paragraphs before the list, as written (the hand-written one keeps the second).
    assert.ok(tracker.intro?.endsWith('For those tracking this development, it is useful to monitor the following indicators of progress:'));
    assert.ok(tracker.intro?.startsWith('The meeting has set the stage for a series of follow-up actions.'));
  });

  it('derives ids as slugs of the text, unique within each section', () => {
    assert.deepEqual(
      section('indicator-tracker').indicators.map((i) => i.id),
      ['joint-statements', 'defense-procurement', 'military-to-military-visits'],
    );
    for (const items of [section('faq-accordion').items, section('misconception-card').items]) {
      const ids = items.map((i) => i.id);
      assert.ok(ids.every((id) => id && /^[\p{Ll}\p{N}-]+$/u.test(id)), ids.join());
      assert.equal(new Set(ids).size, ids.length);
    }
  });

  it('warns about the two stretches it could not place: the paragraph after the indicators, the closing paragraphs', () => {
    assert.deepEqual(
      result.warnings.map(({ line, endLine }) => ({ line, endLine })),
      [{ line: 50, endLine: undefined }, { line: 63, endLine: 64 }],
    );
    assert.match(result.warnings[0]!.message, /after the indicator list is left out/);
    assert.match(result.warnings[1]!.message, /after the last FAQ answer is left out/);
  });

  it('reads the same from CRLF line breaks and a byte-order mark', () => {
    const crlf = extractArticle(`\uFEFF${article.replace(/\n/g, '\r\n')}`);
    assert.deepEqual(crlf.sections, result.sections);
    assert.deepEqual(crlf.found.map((f) => f.line), result.found.map((f) => f.line));
  });
});
