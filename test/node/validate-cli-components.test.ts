/// <reference types="node" />
// validate() and the `explainer-elements validate` command for each of the four content components, as a real
// process: example files pass (the component inferred from the file name), broken files print
// `file: path: message` and exit 1, usage errors exit 2.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { componentTags, validate } from '../../src/validate.js';

const examples = 'examples/content/asean-germany';
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

/** One broken document per component and the first line validate() reports for it. */
const broken: Record<string, { content: unknown; first: string }> = {
  'faq-accordion': { content: { items: [{ question: 'Q', answer: 1 }] }, first: 'items[0].answer: expected a string, got a number' },
  'cooperation-table': {
    content: { columns: [{ key: 'a', label: 'A', type: 'money' }], rows: [{ a: 'x' }] },
    first: 'columns[0].type: expected one of "text", "number", "date", got "money"',
  },
  'misconception-card': { content: { misconception: 'M', reality: 'R', reviewed: '2026-02-30' }, first: 'reviewed: expected an ISO date such as 2026-05-01, got "2026-02-30"' },
  'indicator-tracker': {
    content: { indicators: [{ label: 'L', description: 'D', progress: { value: 120 } }] },
    first: 'indicators[0].progress.value: must be between 0 and 100, got 120',
  },
};

describe('validate() for every content component', () => {
  it('knows exactly the four content components', () => {
    assert.deepEqual([...componentTags].sort(), ['cooperation-table', 'faq-accordion', 'indicator-tracker', 'misconception-card']);
  });

  for (const [tag, { content, first }] of Object.entries(broken)) {
    it(`${tag}: names the bad field`, () => {
      const result = validate(tag, content);
      assert.equal(result.ok, false);
      assert.equal(`${result.errors[0]!.path}: ${result.errors[0]!.message}`, first);
    });
  }
});

describe('explainer-elements validate, as a process, for every content component', () => {
  it('exits 0 on every example file, inferring each component from its file name', () => {
    const files = componentTags.map((tag) => `${examples}/${tag}.json`).concat('examples/content/indicator-tracker-full.json');
    const result = run('validate', ...files);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(result.stdout, '');
  });

  it('exits 1 and prints file: path: message for a broken file of each component', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-cli-components-'));
    for (const [tag, { content, first }] of Object.entries(broken)) {
      const file = join(dir, 'content.json');
      writeFileSync(file, JSON.stringify(content));
      const result = run('validate', file, '--component', tag);
      assert.equal(result.status, 1, tag);
      assert.equal(result.stdout.split('\n')[0], `${file}: ${first}`, tag);
    }
  });

  it('exits 1 when one file of several is invalid, and 2 when one cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-cli-components-'));
    const bad = join(dir, 'indicator-tracker.json');
    writeFileSync(bad, JSON.stringify(broken['indicator-tracker']!.content));
    assert.equal(run('validate', `${examples}/faq-accordion.json`, bad).status, 1);
    assert.equal(run('validate', bad, join(dir, 'cooperation-table.json')).status, 2);
    assert.equal(run('validate', `${examples}/faq-accordion.json`, '--component', 'explainer-provider').status, 2);
  });
});
