#!/usr/bin/env node
// `npm test`: runs the Node tests (node:test through tsx: validate(), the CLI) and the browser tests
// (web-test-runner with coverage in a local Chrome/Chromium), then prints `N passed, N failed, N skipped` for
// both together as the very last line. Arguments go to web-test-runner (e.g. --files 'test/faq-accordion/*.test.ts'),
// and then only the browser tests run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const args = process.argv.slice(2);

if (args.length === 0) {
  const files = readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).map((f) => join('test/node', f));
  const tap = join(tmpdir(), `explainer-node-tests-${process.pid}.tap`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
    { stdio: 'inherit' },
  );
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped') + count('todo');
  if (run.status !== 0 && count('fail') === 0) totals.failed += 1;
  rmSync(tap, { force: true });
}

const resultsFile = '.test-results.json';
rmSync(resultsFile, { force: true });
const wtr = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--coverage', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
const browser = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
// A run that failed (coverage threshold, a file that would not load) with no failed test still counts one failure.
if (wtr.status !== 0 && browser.failed === 0) browser.failed = 1;
totals.passed += browser.passed;
totals.failed += browser.failed;
totals.skipped += browser.skipped;

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
