/// <reference types="node" />
// Node tests (node:test, run through tsx by scripts/test.mjs): the validate() function and the CLI.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { componentTags, validate } from '../../src/validate.js';
import { runCli } from '../../src/cli/validate-command.js';
import { memoryIo } from './cli-io.js';

const examples = 'examples/content/asean-germany';

const io = memoryIo;

describe('validate()', () => {
  it('knows every component', () => {
    assert.ok(componentTags.includes('faq-accordion'));
  });

  it('accepts valid content and reports bad items by path', () => {
    assert.deepEqual(validate('faq-accordion', { items: [{ question: 'Q', answer: 'A' }] }), { ok: true, errors: [] });
    const bad = validate('faq-accordion', { items: [{ question: 'Q', answer: 'A' }, { question: 'Q2', answer: 3 }] });
    assert.equal(bad.ok, false);
    assert.deepEqual(bad.errors, [{ path: 'items[1].answer', message: 'expected a string, got a number' }]);
  });

  it('refuses an unknown component without throwing', () => {
    const result = validate('no-such-tag', {});
    assert.equal(result.ok, false);
    assert.match(result.errors[0]!.message, /unknown component "no-such-tag"/);
  });
});

describe('explainer-elements validate (CLI)', () => {
  it('exits 0 for valid files, inferring the component from the file name', async () => {
    const t = io({ 'faq-accordion.json': JSON.stringify({ items: [{ question: 'Q', answer: 'A' }] }) });
    assert.equal(await runCli(['validate', 'faq-accordion.json'], t.io), 0);
    assert.deepEqual(t.out, []);
  });

  it('exits 1 and prints file: path: message per error', async () => {
    const t = io({ 'x.json': JSON.stringify({ items: [{ question: 'Q' }] }), 'y.json': '{ nope' });
    assert.equal(await runCli(['validate', 'x.json', 'y.json', '--component', 'faq-accordion'], t.io), 1);
    assert.deepEqual(t.out.slice(0, 2), ['x.json: items[0].answer: is required', 'x.json: items: has no valid item']);
    assert.match(t.out[2]!, /^y\.json: \(root\): is not valid JSON/);
  });

  it('exits 2 on usage errors: unknown component, unreadable file, no file, unknown command or option', async () => {
    assert.equal(await runCli(['validate', 'a.json', '--component', 'nope'], io().io), 2);
    assert.equal(await runCli(['validate', 'missing.json', '--component=faq-accordion'], io().io), 2);
    assert.equal(await runCli(['validate', 'anything.json'], io({ 'anything.json': '{}' }).io), 2);
    assert.equal(await runCli(['validate'], io().io), 2);
    assert.equal(await runCli(['validate', '--frobnicate', 'a.json'], io().io), 2);
    assert.equal(await runCli(['lint', 'a.json'], io().io), 2);
    assert.equal(await runCli(['validate', 'a.json', '--component'], io().io), 2);
  });

  it('prints help with exit 0', async () => {
    const t = io();
    assert.equal(await runCli(['--help'], t.io), 0);
    assert.match(t.out.join('\n'), /Usage: explainer-elements validate/);
  });

  it('runs as a real process on the example content and on a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-cli-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ title: 1, items: [] }));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
    const good = run('validate', `${examples}/faq-accordion.json`);
    assert.equal(good.status, 0, good.stderr);
    const bad = run('validate', broken, '--component', 'faq-accordion');
    assert.equal(bad.status, 1);
    assert.equal(bad.stdout.trim().split('\n')[0], `${broken}: title: expected a string, got a number`);
    assert.equal(run('validate', broken, '--component', 'nope').status, 2);
  });
});
