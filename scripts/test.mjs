#!/usr/bin/env node
// `npm test`: finds a local Chrome/Chromium, runs web-test-runner with coverage, and prints
// `N passed, N failed, N skipped` as the last line. Extra arguments go to web-test-runner.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const resultsFile = '.test-results.json';
rmSync(resultsFile, { force: true });
const args = process.argv.slice(2);
const run = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--coverage', ...args],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
);

let totals = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(resultsFile)) totals = JSON.parse(readFileSync(resultsFile, 'utf8'));
const status = run.status ?? 1;
// A run that failed (coverage threshold, a file that would not load) with no failed test still counts one failure.
if (status !== 0 && totals.failed === 0) totals.failed = 1;
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status !== 0 || totals.failed > 0 ? 1 : 0);
