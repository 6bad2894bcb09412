/// <reference types="node" />
// The extractor on small articles written other ways than the seed (test/node/fixtures/articles/): Markdown with
// `##` headings, `###` and `**bold**` questions, `Q:`/`A:` lines, "Myth:/Fact:" lists and inline pairs, "What to
// watch" lists with colons and dashes, pipe tables with and without outer pipes, ragged rows, and an article with
// none of these. Each expectation is the whole content, so a changed word fails.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle, type ExtractOptions, type ExtractResult } from '../../src/extract.js';
import { validate } from '../../src/validate.js';

function extract(name: string, options?: ExtractOptions): ExtractResult {
  const result = extractArticle(readFileSync(`test/node/fixtures/articles/${name}`, 'utf8'), options);
  for (const found of result.found) assert.deepEqual(validate(found.tag, found.content), { ok: true, errors: [] }, `${name}: ${found.name}`);
  return result;
}

const warningLines = (result: ExtractResult) => result.warnings.map((w) => (w.endLine ? `${w.line}-${w.endLine}` : `${w.line}`));

describe('extractArticle() on Markdown with ## headings and ### questions', () => {
  const result = extract('solar-markdown.md');

  it('reads it as Markdown and finds all four sections', () => {
    assert.equal(result.syntax, 'markdown');
    assert.deepEqual(
      result.found.map((f) => [f.name, f.line, f.endLine, f.itemLines]),
      [
        ['cooperation-table', 8, 13, [10, 11]],
        ['faq-accordion', 15, 27, [17, 22]],
        ['misconception-card', 29, 34, [31, 33]],
        ['indicator-tracker', 36, 39, [38, 39]],
      ],
    );
    assert.deepEqual(result.warnings, []);
  });

  it('table: header row to columns (alignment kept), cells as written, the `Table:` line as caption', () => {
    assert.deepEqual(result.sections['cooperation-table'], {
      title: 'Who pays for the programme',
      caption: 'Funding of the programme by source',
      columns: [
        { key: 'source', label: 'Source', rowHeader: true, align: 'start' },
        { key: 'share', label: 'Share', align: 'end' },
        { key: 'notes', label: 'Notes', align: 'center' },
      ],
      rows: [
        { source: 'Federal budget', share: '60 %', notes: 'Set each year by *parliament*' },
        { source: 'States', share: '40 %', notes: 'Varies by state, see [the list](https://example.org/states)' },
      ],
    });
  });

  it('FAQ: ### questions; answers keep their lines, emphasis and lists as written', () => {
    assert.deepEqual(result.sections['faq-accordion'], {
      title: 'Frequently asked questions',
      items: [
        { id: 'who-can-apply', question: 'Who can apply?', answer: "Any household that owns its roof.\nTenants need the owner's consent." },
        { id: 'how-much-does-it-pay', question: 'How much does it pay?', answer: 'Up to **30%** of the cost.\n\n- at most 5,000 euros\n- paid after installation' },
      ],
    });
  });

  it('misconceptions: bold Myth:/Fact: in a list, the fact on the continuation line; quotes around a claim dropped', () => {
    assert.deepEqual(result.sections['misconception-card'], {
      title: 'Myths and facts',
      items: [
        { id: 'panels-do-not-work-in-winter', misconception: 'Panels do not work in winter.', reality: 'They produce less, but they still produce.' },
        { id: 'grants-only-help-the-rich', misconception: 'Grants only help the rich.', reality: 'Half of the grants went to households below the median income.' },
      ],
    });
  });

  it('indicators: "What to watch" with **Label**: and **Label:** items; no status', () => {
    assert.deepEqual(result.sections['indicator-tracker'], {
      title: 'What to watch',
      indicators: [
        { id: 'uptake', label: 'Uptake', description: 'the number of applications per month.' },
        { id: 'grid-connections', label: 'Grid connections', description: 'how fast operators connect new panels.' },
      ],
    });
  });
});

describe('extractArticle() on an FAQ with **bold** questions', () => {
  const result = extract('bold-faq.md');

  it('takes bold lines as questions, the answer from the next line on, the text before the first as intro', () => {
    assert.deepEqual(result.sections, {
      'faq-accordion': {
        title: 'FAQ',
        intro: "Answers from the trial's final report.",
        items: [
          { id: 'who-took-part', question: 'Who took part?', answer: 'Sixty companies with 2,900 employees, from a fish-and-chips shop to a software firm.' },
          { id: 'did-productivity-fall', question: 'Did productivity fall?', answer: 'No. Revenue rose by 1.4% on average over the trial.\n\nMost companies kept the shorter week afterwards.' },
          { id: 'what-happens-next', question: 'What happens next', answer: 'The organisers publish the full data in *September*.' },
        ],
      },
    });
    assert.deepEqual(result.found[0]!.itemLines, [9, 12, 17]);
  });

  it('ends the FAQ at the next heading of its level: the authors section is not an answer', () => {
    assert.equal(result.found[0]!.endLine, 18);
    assert.deepEqual(result.warnings, []);
  });
});

describe('extractArticle() on an FAQ grouped under sub-headings', () => {
  it('reads the bold questions, not the group headings ("### General"), and reports the headings left out', () => {
    const result = extractArticle('## FAQ\n\n### For households\n\n**Who can apply?**\nOwners.\n\n**How much?**\nUp to 30%.\n\n### For companies\n\n**Can firms apply?**\nNo.\n');
    assert.deepEqual(
      result.sections['faq-accordion']!.items.map((i) => [i.question, i.answer]),
      [
        ['Who can apply?', 'Owners.'],
        ['How much?', 'Up to 30%.'],
        ['Can firms apply?', 'No.'],
      ],
    );
    assert.deepEqual(
      result.warnings.map((w) => [w.line, w.message]),
      [
        [3, 'heading inside an FAQ is left out'],
        [11, 'heading inside an FAQ is left out'],
      ],
    );
  });

  it('still reads sub-headings as the questions when they end in "?", whatever the answers hold', () => {
    const result = extractArticle('## FAQ\n\n### Why?\n\nIs it not obvious?\nNo, it is not.\n\n### When?\n\nSoon.\n');
    assert.deepEqual(
      result.sections['faq-accordion']!.items.map((i) => i.question),
      ['Why?', 'When?'],
    );
  });
});

describe('extractArticle() on Q:/A: lines under "FAQs" (plain text)', () => {
  it('reads Q: lines as questions and drops the A: label, not the answer', () => {
    const result = extract('q-and-a.txt');
    assert.equal(result.syntax, 'text');
    assert.deepEqual(result.sections, {
      'faq-accordion': {
        title: 'FAQs',
        items: [
          { id: 'do-i-need-a-new-card', question: 'Do I need a new card?', answer: 'Yes. Old cards stop working on 1 April.' },
          { id: 'does-it-cost-anything', question: 'Does it cost anything?', answer: 'No, the new card is free.' },
          { id: 'where-do-i-get-it', question: 'Where do I get it?', answer: 'At any branch, with an ID.' },
        ],
      },
    });
  });
});

describe('extractArticle() on Myth:/Fact: pairs in plain text', () => {
  const result = extract('myth-fact.txt');

  it('reads listed, inline (— Fact:) and bold numbered pairs under their heading, with the sentence under it as intro', () => {
    assert.deepEqual(result.sections, {
      'misconception-card': {
        title: 'Myths and facts about wind power',
        intro: 'Here are the most common claims we hear, and what the evidence says.',
        items: [
          { id: 'wind-turbines-kill-most-birds', misconception: 'Wind turbines kill most birds.', reality: 'Cats and glass buildings kill far more birds than turbines do.' },
          { id: 'turbines-stop-working-when-the-wind-is-low', misconception: 'Turbines stop working when the wind is low.', reality: 'They turn at wind speeds from about 3 m/s.' },
          { id: 'wind-power-is-too-expensive', misconception: 'Wind power is too expensive.', reality: 'New onshore wind is among the cheapest sources of electricity.' },
        ],
      },
    });
    assert.deepEqual(result.found[0]!.itemLines, [5, 7, 8]);
  });

  it('warns about a Fact: with no Myth: before it', () => {
    assert.deepEqual(warningLines(result), ['10']);
    assert.match(result.warnings[0]!.message, /reality has no misconception before it/);
  });
});

describe('extractArticle() on a "What to watch:" list (plain text)', () => {
  const result = extract('what-to-watch.txt');

  it('takes the short lead-in as the title, and Label – / Label: / Label — items as indicators', () => {
    assert.deepEqual(result.sections, {
      'indicator-tracker': {
        title: 'What to watch',
        indicators: [
          { id: 'building-permits', label: 'Building permits', description: 'issued each month by the statistics office.' },
          { id: 'interest-rates', label: 'Interest rates', description: "the central bank's decisions shape mortgage costs." },
          { id: 'construction-prices', label: 'Construction prices', description: 'the index of building costs, published quarterly.' },
        ],
      },
    });
  });

  it('warns about the item that is not "Label: description"', () => {
    assert.deepEqual(warningLines(result), ['7']);
    assert.match(result.warnings[0]!.message, /not "Label: description"/);
  });
});

describe('extractArticle() on a pipe table without outer pipes', () => {
  const result = extract('table-no-outer-pipes.md');

  it('reads the table, the one short line under the heading as caption and the Source: line as a note', () => {
    assert.deepEqual(result.sections, {
      'cooperation-table': {
        title: 'Fares in three countries',
        caption: 'Monthly pass prices in January 2025',
        columns: [
          { key: 'country', label: 'Country', rowHeader: true },
          { key: 'monthly-pass', label: 'Monthly pass', align: 'end' },
          { key: 'night-trains', label: 'Night trains' },
        ],
        rows: [
          { country: 'Germany', 'monthly-pass': '58 euros', 'night-trains': 'Some routes' },
          { country: 'Austria', 'monthly-pass': '91 euros', 'night-trains': 'Many routes \\| via ÖBB' },
          { country: 'Switzerland', 'monthly-pass': '340 francs' },
          { country: 'France', 'monthly-pass': '75 euros', 'night-trains': 'Few routes' },
        ],
        notes: ['Source: national rail operators, January 2025.'],
      },
    });
  });

  it('warns about a short row (cells left empty) and a long one (extra cells left out)', () => {
    assert.deepEqual(warningLines(result), ['11', '12']);
    assert.match(result.warnings[0]!.message, /2 of 3 cells/);
    assert.match(result.warnings[1]!.message, /extra cells are left out/);
  });
});

describe('extractArticle() on an article with none of the four sections', () => {
  it('finds nothing: a question in prose and a list under no indicator heading are not sections', () => {
    const result = extract('nothing.txt');
    assert.deepEqual(result.sections, {});
    assert.deepEqual(result.found, []);
    assert.deepEqual(result.warnings, []);
  });

  it('finds nothing in an empty or blank article, or in a value that is not text', () => {
    for (const text of ['', '\n\n  \n', 42 as unknown as string, null as unknown as string]) {
      assert.deepEqual(extractArticle(text), { syntax: 'text', sections: {}, found: [], warnings: [] });
    }
  });
});

describe('extractArticle() on edge cases', () => {
  const result = extract('edge-cases.md');

  it('names a second table cooperation-table-2; leaves out a table with an empty header cell or no rows', () => {
    assert.deepEqual(
      result.found.map((f) => f.name),
      ['cooperation-table', 'cooperation-table-2', 'faq-accordion', 'misconception-card'],
    );
    assert.deepEqual(result.found[1]!.content, {
      title: 'Two tables',
      columns: [
        { key: 'year', label: 'Year', rowHeader: true },
        { key: 'count', label: 'Count' },
      ],
      rows: [{ year: '2024', count: '10' }],
    });
    assert.equal(result.sections['cooperation-table'], result.found[0]!.content);
  });

  it('drops a question without an answer and unpaired claims or facts, each with a warning at its line', () => {
    assert.deepEqual(result.sections['faq-accordion']!.items, [{ id: 'is-this-answered', question: 'Is this answered?', answer: 'Yes.' }]);
    assert.deepEqual(result.sections['misconception-card'], {
      title: 'Myths',
      items: [{ id: 'a-second-claim', misconception: 'a second claim.', reality: 'the fact for the second claim.' }],
    });
    assert.deepEqual(
      result.warnings.map((w) => [w.line, w.message.replace(/:.*$/, '')]),
      [
        [9, 'table header cell 1 is empty'],
        [13, 'table has a header but no rows'],
        [26, 'question "Is this one answered?" has no answer'],
        [30, 'misconception has no reality after it'],
        [34, 'text between a misconception and its reality is left out'],
        [38, 'reality has no misconception before it'],
      ],
    );
  });
});

describe('extractArticle() on realities that run over more than one paragraph', () => {
  it('keeps the paragraph after the marker and warns about the rest, between cards and after the last', () => {
    const result = extractArticle('## Myths\n\n**Myth:** One.\n\n**Fact:** Two.\n\nMore about two.\n\n**Myth:** Three.\n\n**Fact:** Four.\n\nClosing words.\n');
    assert.deepEqual(result.sections['misconception-card']!.items, [
      { id: 'one', misconception: 'One.', reality: 'Two.' },
      { id: 'three', misconception: 'Three.', reality: 'Four.' },
    ]);
    assert.deepEqual(
      result.warnings.map((w) => [w.line, w.message]),
      [
        [7, 'text after a reality is left out (a reality is one paragraph or list item)'],
        [13, 'text after the last misconception card is left out'],
      ],
    );
  });
});

describe('extractArticle() on numbered labels under the article\'s first line', () => {
  const result = extractArticle('Myths\nMyth 1: Turbines kill birds.\nFact 1: Cats kill more.\n**Myth #2:** Wind is costly.\n**Fact #2:** It is cheap.\nFAQ\nQ1: Is it safe?\nA1: Yes.\nQ2: Is it loud?\nA2: No.\n');

  it('reads Myth 1: / **Fact #2:** and Q1: / A1: labels', () => {
    assert.deepEqual(result.sections['misconception-card'], {
      title: 'Myths',
      items: [
        { id: 'turbines-kill-birds', misconception: 'Turbines kill birds.', reality: 'Cats kill more.' },
        { id: 'wind-is-costly', misconception: 'Wind is costly.', reality: 'It is cheap.' },
      ],
    });
    assert.deepEqual(
      result.sections['faq-accordion']!.items.map((i) => [i.question, i.answer]),
      [
        ['Is it safe?', 'Yes.'],
        ['Is it loud?', 'No.'],
      ],
    );
  });

  it('does not report the rest of the article as left out of cards that sit under its title', () => {
    assert.deepEqual(result.warnings, []);
  });
});

describe('extractArticle() options', () => {
  it('syntax: "text" reads each line of a wrapped Markdown paragraph as a paragraph of its own', () => {
    const markdown = extract('solar-markdown.md').sections['faq-accordion']!.items[0]!.answer;
    const text = extract('solar-markdown.md', { syntax: 'text' }).sections['faq-accordion']!.items[0]!.answer;
    assert.equal(markdown, "Any household that owns its roof.\nTenants need the owner's consent.");
    assert.equal(text, "Any household that owns its roof.\n\nTenants need the owner's consent.");
  });

  it('syntax: "markdown" joins the seed\'s consecutive lines into paragraphs: no heading stands alone any more', () => {
    const seed = readFileSync('examples/articles/asean-germany-explainer.txt', 'utf8');
    assert.equal(extractArticle(seed).found.length, 4);
    const markdown = extractArticle(seed, { syntax: 'markdown' });
    assert.equal(markdown.syntax, 'markdown');
    assert.deepEqual(
      markdown.found.map((f) => [f.name, f.title]),
      [
        ['cooperation-table', undefined],
        ['misconception-card', undefined],
      ],
    );
    assert.match(markdown.warnings[0]!.message, /no heading before it and no caption/);
  });
});
