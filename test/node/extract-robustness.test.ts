/// <reference types="node" />
// The extractor takes untrusted text: it never throws, every section it returns is valid for its component, every
// text it returns is the article's own (it invents nothing), and hostile input of a few hundred thousand
// characters finishes (a pattern with catastrophic backtracking, or a quadratic loop, would not finish before the
// timeout). The module itself has no Lit, no DOM and no Node import, so CMS plugins can run it anywhere.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import fc from 'fast-check';
import { extractArticle, type AnyExtractedSection, type ExtractResult } from '../../src/extract.js';
import { validate } from '../../src/validate.js';

/** Collapses white space, so joined lines compare with the source's. */
const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every text field of a section's content: what must come from the article. */
function texts(section: AnyExtractedSection): string[] {
  const c = section.content as unknown as Record<string, unknown>;
  const out = [c.title, c.caption, c.intro].filter((v): v is string => typeof v === 'string');
  switch (section.tag) {
    case 'cooperation-table':
      out.push(...section.content.columns.map((col) => col.label));
      // The extractor writes text cells only (a table cell may also be a number or null in content).
      for (const row of section.content.rows) out.push(...Object.values(row).map((cell) => (assert.equal(typeof cell, 'string'), cell as string)));
      out.push(...[section.content.notes ?? []].flat());
      break;
    case 'faq-accordion':
      for (const item of section.content.items) out.push(item.question, item.answer);
      break;
    case 'misconception-card':
      for (const item of section.content.items) out.push(item.misconception, item.reality);
      break;
    case 'indicator-tracker':
      for (const item of section.content.indicators) out.push(item.label, item.description);
      break;
  }
  return out;
}

/** The invariants every result must keep, whatever the input. */
function checkResult(source: string, result: ExtractResult): void {
  const lineCount = source.split(/\r\n|\r|\n/).length;
  const whole = normalize(source);
  for (const warning of result.warnings) {
    assert.doesNotMatch(warning.message, /internal error/);
    assert.ok(warning.line >= 1 && warning.line <= lineCount, `warning line ${warning.line} of ${lineCount}`);
  }
  for (const section of result.found) {
    assert.deepEqual(validate(section.tag, section.content), { ok: true, errors: [] }, section.name);
    assert.ok(section.line >= 1 && section.line <= section.endLine && section.endLine <= lineCount);
    for (const line of section.itemLines) assert.ok(line >= section.line && line <= section.endLine);
    // Never invents text: each line of each field is in the article (wrappers such as ** or quotes removed).
    for (const text of texts(section)) {
      for (const part of text.split('\n').map(normalize).filter(Boolean)) assert.ok(whole.includes(part), `"${part}" is not in the article`);
    }
  }
}

/** Lines of the kinds the readers look for, and near misses, to shuffle into articles. */
const PIECES = [
  '# Title',
  '## Frequently Asked Questions',
  'Frequently Asked Questions',
  'FAQ',
  '### Why does it matter?',
  '**Who pays?**',
  'Q: What is it?',
  'A: It is this.',
  'Why now?',
  'An answer with *emphasis* and a [link](https://example.org).',
  '- Misconception: “It is far away.”',
  'Reality: It is close. - Misconception: It is cheap.',
  '**Myth:** Claim.',
  'Fact: Correction.',
  'Myth: X — Fact: Y',
  '| Area | Germany | ASEAN |',
  '|---|:-:|--:|',
  'Area | Germany',
  '--- | ---',
  '| Maritime | Patrols | Monitoring |',
  '| a | b | c | d |',
  '|   | Left |',
  'Table: A caption',
  'Source: somewhere',
  'What to watch',
  'What to watch:',
  '## Indicators',
  '- Joint statements: official communiqués.',
  '- **Procurement**: purchases.',
  '- An item without a label',
  '1. Numbered: item',
  '```',
  '---',
  '===',
  '',
  '   ',
  'A plain sentence of prose.',
  'A short line',
];

const syntaxes = fc.constantFrom<'auto' | 'markdown' | 'text'>('auto', 'markdown', 'text');

const article = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }), { minLength: 4, maxLength: 60 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((sep) => lines.join(sep)));

describe('extractArticle() on untrusted input', () => {
  it('never throws, and keeps its invariants, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), syntaxes, (text, syntax) => {
        checkResult(text, extractArticle(text, { syntax }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, returns only valid content and invents no text, on articles shuffled from sections and near misses', () => {
    let foundSomething = 0;
    fc.assert(
      fc.property(article, syntaxes, (text, syntax) => {
        const result = extractArticle(text, { syntax });
        checkResult(text, result);
        if (result.found.length > 0) foundSomething++;
      }),
      { numRuns: 500 },
    );
    // The generator does reach the readers: about a third of the shuffled articles hold a section.
    assert.ok(foundSomething > 100, `only ${foundSomething} of 500 articles had a section`);
  });

  it('finishes on hostile input of a few hundred thousand characters (linear-time patterns only)', { timeout: 30_000 }, () => {
    const n = 100_000;
    const hostile = [
      'Myth: '.repeat(n),
      'Fact: x — Myth: y — '.repeat(n / 4),
      `Myth:${' '.repeat(n)}x`,
      `${'|'.repeat(n)}\n${'|---'.repeat(n / 4)}|\n${'|'.repeat(n)}`,
      `| a | b |\n|---|---|\n${'| x | y |\n'.repeat(n / 4)}`,
      '**'.repeat(n),
      `**${'*'.repeat(n)}?`,
      '#'.repeat(n),
      `# ${'#'.repeat(n)} x`,
      '- '.repeat(n),
      `- a${': '.repeat(n)}`,
      `What to watch:\n${'- Label: description\n'.repeat(n / 8)}`,
      `## FAQ\n${'**Why?**\nBecause.\n'.repeat(n / 8)}`,
      `FAQ\n${'Same question?\nSame answer.\n'.repeat(n / 8)}`,
      `Myths\n${'- Myth: same claim\nFact: same fact\n'.repeat(n / 8)}`,
      'Myth: a\nFact: b\n'.repeat(n / 8),
      '\n'.repeat(n * 2),
      `x${' '.repeat(n)}\ty`,
      'a.'.repeat(n),
      '“'.repeat(n),
      `\`\`\`\n${'code\n'.repeat(n / 4)}`,
      `Short heading\n${'Another short heading\n'.repeat(n / 8)}x.`,
      'A:B:'.repeat(n),
      `${'word '.repeat(n)}\n===`,
    ];
    for (const text of hostile) checkResult(text, extractArticle(text));
  });

  it('gives each of many equal items its own id, in linear time', { timeout: 30_000 }, () => {
    const result = extractArticle(`## FAQ\n\n${'### Same?\n\nYes.\n\n'.repeat(20_000)}`);
    const ids = result.sections['faq-accordion']!.items.map((i) => i.id);
    assert.equal(ids.length, 20_000);
    assert.deepEqual(ids.slice(0, 3), ['same', 'same-2', 'same-3']);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('explainer-elements/extract.js as a module', () => {
  it('bundles for any platform with no Lit, no DOM types needed and no Node built-in', async () => {
    const result = await build({
      entryPoints: ['src/extract.ts'],
      bundle: true,
      write: false,
      platform: 'neutral',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.includes('src/extract.ts'));
    assert.deepEqual(
      // The validators read HTML content through the reader registry (the browser's parser when there is one, as a
      // function called only for HTML): those modules come along, and no other rich-text module.
      inputs.filter((path) => path.includes('node_modules') || path.startsWith('node:') || /lit|rich-text\/(?!html-reader(-dom)?\.ts|html-tree\.ts|url-policy\.ts)|components\/[^/]+\/[^/]+\.ts$/.test(path) && !path.endsWith('.content.ts') && !path.endsWith('.statuses.ts')),
      [],
    );
    const code = result.outputFiles[0]!.text;
    assert.doesNotMatch(code, /\b(document|window|customElements|HTMLElement)\b/);
  });
});
