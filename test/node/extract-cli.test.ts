/// <reference types="node" />
// `explainer-elements extract`: exit codes (0 extracted, 1 nothing found, 2 usage error), files written with --out
// (and valid for `explainer-elements validate`), the content on stdout without --out, the JSON report, and the
// command line as a real process.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../../src/cli/commands.js';
import { runExtract } from '../../src/cli/extract-command.js';
import { extractArticle } from '../../src/extract.js';
import { memoryIo } from './cli-io.js';

const SEED = 'examples/articles/asean-germany-explainer.txt';
const seed = readFileSync(SEED, 'utf8');

const io = memoryIo;

describe('explainer-elements extract (CLI)', () => {
  it('--out: writes <tag>.json per section, prints what it found with lines and where, and exits 0', async () => {
    const t = io({ 'article.txt': seed });
    assert.equal(await runExtract(['article.txt', '--out', 'content'], t.io), 0);
    assert.deepEqual(t.dirs, ['content']);
    assert.deepEqual([...t.written.keys()], ['cooperation-table', 'misconception-card', 'indicator-tracker', 'faq-accordion'].map((n) => join('content', `${n}.json`)));
    const expected = extractArticle(seed, { syntax: 'text' });
    for (const section of expected.found) assert.deepEqual(JSON.parse(t.written.get(join('content', `${section.name}.json`))!), section.content);
    assert.equal(t.out[0], 'article.txt (plain text): 4 sections');
    assert.match(t.out[1]!, /^ {2}cooperation-table +lines 27–32 +"Key Pillars of ASEAN-Germany Security Cooperation": 4 rows \(lines 29, 30, 31, 32\) -> content\/cooperation-table\.json$/);
    assert.match(t.out[4]!, /faq-accordion +lines 51–62 +"Frequently Asked Questions": 5 questions \(lines 52, 55, 57, 59, 61\)/);
    assert.equal(t.out.length, 7);
    assert.match(t.out[5]!, /^warning: line 50: text after the indicator list is left out$/);
    assert.match(t.out[6]!, /^warning: lines 63–64: text after the last FAQ answer is left out/);
    assert.deepEqual(t.err, []);
  });

  it('without --out: the content on stdout as one JSON object by file name, the report on stderr', async () => {
    const t = io({ 'article.txt': seed });
    assert.equal(await runExtract(['article.txt'], t.io), 0);
    assert.equal(t.out.length, 1);
    assert.deepEqual(JSON.parse(t.out[0]!), extractArticle(seed, { syntax: 'text' }).sections);
    assert.equal(t.err[0], 'article.txt (plain text): 4 sections');
    assert.equal(t.written.size, 0);
  });

  it('--format json: one JSON report on stdout, with files (--out) or the content (no --out)', async () => {
    const withOut = io({ 'a.md': seed });
    assert.equal(await runExtract(['a.md', '--format=json', '--syntax', 'text', '-o', 'dir'], withOut.io), 0);
    assert.equal(withOut.out.length, 1);
    const report = JSON.parse(withOut.out[0]!) as { article: string; syntax: string; found: Record<string, unknown>[]; warnings: unknown[]; sections?: unknown };
    assert.equal(report.article, 'a.md');
    assert.equal(report.syntax, 'text');
    assert.deepEqual(report.found[0], {
      tag: 'cooperation-table',
      name: 'cooperation-table',
      line: 27,
      endLine: 32,
      title: 'Key Pillars of ASEAN-Germany Security Cooperation',
      itemLines: [29, 30, 31, 32],
      items: 4,
      file: join('dir', 'cooperation-table.json'),
    });
    assert.equal(report.warnings.length, 2);
    assert.equal(report.sections, undefined);

    const toStdout = io({ 'a.txt': seed });
    assert.equal(await runExtract(['a.txt', '--format', 'json'], toStdout.io), 0);
    const full = JSON.parse(toStdout.out[0]!) as { found: { file?: string }[]; sections: Record<string, unknown> };
    assert.deepEqual(Object.keys(full.sections), ['cooperation-table', 'misconception-card', 'indicator-tracker', 'faq-accordion']);
    assert.ok(full.found.every((f) => f.file === undefined));
    assert.deepEqual(toStdout.err, []);
  });

  it('reads .md as Markdown and .txt as plain text unless --syntax says otherwise', async () => {
    const article = '# T\n\n## FAQ\n\n### Why?\n\nOne line\nand its continuation.\n';
    const asMarkdown = io({ 'a.md': article, 'a.txt': article });
    await runExtract(['a.md'], asMarkdown.io);
    await runExtract(['a.txt'], asMarkdown.io);
    const [md, txt] = asMarkdown.out.map((o) => JSON.parse(o) as { 'faq-accordion': { items: { answer: string }[] } });
    assert.equal(md!['faq-accordion'].items[0]!.answer, 'One line\nand its continuation.');
    assert.equal(txt!['faq-accordion'].items[0]!.answer, 'One line\n\nand its continuation.');
    const forced = io({ 'a.txt': article });
    await runExtract(['a.txt', '--syntax=markdown'], forced.io);
    assert.equal((JSON.parse(forced.out[0]!) as { 'faq-accordion': { items: { answer: string }[] } })['faq-accordion'].items[0]!.answer, 'One line\nand its continuation.');
  });

  it('exits 1 and writes nothing when it recognises no section', async () => {
    const t = io({ 'empty.txt': '', 'prose.txt': readFileSync('test/node/fixtures/articles/nothing.txt', 'utf8') });
    assert.equal(await runExtract(['prose.txt', '--out', 'out'], t.io), 1);
    assert.equal(t.written.size, 0);
    assert.deepEqual(t.dirs, []);
    assert.match(t.out[0]!, /^prose\.txt \(plain text\): no section recognised/);
    assert.equal(await runExtract(['empty.txt'], t.io), 1);
    assert.match(t.err.at(-1)!, /^empty\.txt \(plain text\): no section recognised/);
    const json = io({ 'empty.txt': '' });
    assert.equal(await runExtract(['empty.txt', '--format', 'json'], json.io), 1);
    assert.deepEqual(JSON.parse(json.out[0]!), { article: 'empty.txt', syntax: 'text', found: [], warnings: [], sections: {} });
  });

  it('exits 2 on usage errors: no article, two articles, unreadable file, unknown option, bad or missing values', async () => {
    const files = { 'a.txt': seed, 'b.txt': seed };
    const cases: [string[], RegExp][] = [
      [[], /no article given/],
      [['a.txt', 'b.txt'], /one article at a time/],
      [['missing.txt'], /missing\.txt: cannot be read \(ENOENT/],
      [['a.txt', '--frobnicate'], /unknown option --frobnicate/],
      [['a.txt', '--format', 'yaml'], /unknown format "yaml"/],
      [['a.txt', '--syntax', 'html'], /unknown syntax "html"/],
      [['a.txt', '--out'], /missing value for --out/],
      [['a.txt', '--out='], /missing value for --out/],
    ];
    for (const [args, message] of cases) {
      const t = io(files);
      assert.equal(await runExtract(args, t.io), 2, args.join(' '));
      assert.match(t.err[0]!, message, args.join(' '));
      assert.equal(t.written.size, 0);
    }
  });

  it('exits 2 when the output directory cannot be written', async () => {
    const t = io({ 'a.txt': seed }, { failWrites: true });
    assert.equal(await runExtract(['a.txt', '--out', '/read-only'], t.io), 2);
    assert.match(t.err[0]!, /^cannot write to \/read-only \(EACCES/);
  });

  it('prints its usage for --help (exit 0); the top-level help lists both commands', async () => {
    const t = io();
    assert.equal(await runExtract(['--help'], t.io), 0);
    assert.match(t.out[0]!, /^Usage: explainer-elements extract <article\.md\|\.txt> \[--out <dir>\] \[--format text\|json\]/);
    const top = io();
    assert.equal(await runCommand(['--help'], top.io), 0);
    assert.match(top.out[0]!, /Usage: explainer-elements validate[\s\S]*Usage: explainer-elements extract/);
    const unknown = io();
    assert.equal(await runCommand(['lint'], unknown.io), 2);
    assert.equal(unknown.err[0], 'unknown command "lint"');
    assert.equal(await runCommand([], io().io), 2);
  });

  it('dispatches validate and extract from the top-level command', async () => {
    const t = io({ 'a.txt': seed, 'faq-accordion.json': JSON.stringify({ items: [{ question: 'Q', answer: 'A' }] }) });
    assert.equal(await runCommand(['validate', 'faq-accordion.json'], t.io), 0);
    assert.equal(await runCommand(['extract', 'a.txt', '--out', 'o'], t.io), 0);
    assert.equal(t.written.size, 4);
  });

  it('runs as a real process: writes files that `explainer-elements validate` accepts, exit codes 0, 1 and 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-extract-'));
    const out = join(dir, 'nested', 'content');
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
    const good = run('extract', SEED, '--out', out);
    assert.equal(good.status, 0, good.stderr);
    const files = readdirSync(out).sort();
    assert.deepEqual(files, ['cooperation-table.json', 'faq-accordion.json', 'indicator-tracker.json', 'misconception-card.json']);
    const check = run('validate', ...files.map((f) => join(out, f)));
    assert.equal(check.status, 0, check.stdout + check.stderr);
    const nothing = join(dir, 'nothing.txt');
    writeFileSync(nothing, 'Just a sentence.\n');
    assert.equal(run('extract', nothing).status, 1);
    assert.equal(run('extract').status, 2);
    assert.equal(run('extract', join(dir, 'missing.md')).status, 2);
  });
});
