#!/usr/bin/env node
// `npm test`: the Node tests (node:test through tsx: validate(), the CLI, pure modules) and the browser tests
// (web-test-runner) in every engine found on this machine, one engine after the other: Chromium (with coverage),
// Firefox and WebKit. Prints one line per engine (or why it was not run), then `N passed, N failed, N skipped` over
// everything as the very last line.
//
//   npm test                                   everything, every engine found
//   npm test -- --engine firefox               one engine (repeat --engine, or give a comma list, for several)
//   npm test -- --engine node                  the Node tests alone (`--engine node,chromium`: with Chromium's)
//   npm test -- --files 'test/faq-accordion/*.test.ts'   only these browser tests (no Node tests, no coverage)
// Other arguments go to web-test-runner. With no Chromium at all it stops with one line saying how to install it;
// a missing Firefox or WebKit is reported and skipped, unless REQUIRE_ENGINES=1 (CI) makes it a failure.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { INSTALL_HINT } from './find-chrome.mjs';
import { ENGINES, ENGINE_HINTS, findEngines } from './engines.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

const found = findEngines();
if (!found.chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const args = [];
const wanted = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--engine') wanted.push(...(argv[++i] ?? '').split(','));
  else if (argv[i].startsWith('--engine=')) wanted.push(...argv[i].slice(9).split(','));
  else args.push(argv[i]);
}
for (const name of wanted) {
  if (name !== 'node' && !ENGINES.includes(name)) {
    console.error(`npm test: --engine ${name}: expected one of node, ${ENGINES.join(', ')}`);
    process.exit(2);
  }
}
const browsers = wanted.filter((name) => name !== 'node');
const engines = wanted.length > 0 ? browsers : ENGINES;
const partial = args.length > 0;
// The Node tests run with everything, or when named; `--files` picks browser tests only.
const nodeTests = wanted.length > 0 ? wanted.includes('node') : !partial;
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const failures = [];
const add = (counts) => {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
};
const format = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

if (nodeTests) {
  const started = Date.now();
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
  const node = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
  if (run.status !== 0 && count('fail') === 0) node.failed += 1;
  for (const [, name] of report.matchAll(/^\s*not ok \d+ - (.*)$/gm)) failures.push(`node: ${name}`);
  rmSync(tap, { force: true });
  add(node);
  lines.push(`node: ${format(node)} (${seconds(started)})`);
}

/** Runs web-test-runner in one engine; resolves to its counts. */
async function runEngine(engine) {
  const results = join(tmpdir(), `explainer-wtr-${engine}-${process.pid}.json`);
  rmSync(results, { force: true });
  const env = { ...process.env, EXPLAINER_ENGINE: engine, EXPLAINER_RESULTS: results, CHROME_PATH: found.chromium };
  let driver;
  if (engine === 'webkit') {
    driver = await startWebKitDriver();
    env.WEBKIT_DRIVER_PORT = String(driver.port);
  }
  // Coverage comes from V8, so from Chromium, on whole runs only.
  const coverage = engine === 'chromium' && !partial ? ['--coverage'] : [];
  const status = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...coverage, ...args], { stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
  await driver?.stop();
  const counts = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : { passed: 0, failed: 0, skipped: 0, failures: [] };
  for (const failure of counts.failures ?? []) failures.push(`${engine}: ${failure}`);
  rmSync(results, { force: true });
  // A run that failed (coverage threshold, a file that would not load, a browser that would not start) with no
  // failed test still counts one failure.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

for (const engine of engines) {
  const available = engine === 'webkit' ? found.webkit && found.xvfb : found[engine];
  if (!available) {
    const line = `${engine}: not run, not installed (${ENGINE_HINTS[engine]})`;
    if (process.env.REQUIRE_ENGINES === '1' || wanted.includes(engine)) {
      totals.failed += 1;
      lines.push(`${line}: counted as a failure`);
    } else {
      lines.push(line);
    }
    continue;
  }
  const started = Date.now();
  console.log(`\n== ${engine}`);
  let counts;
  try {
    counts = await runEngine(engine);
  } catch (error) {
    console.error(`${engine}: could not start: ${error.message}`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  add(counts);
  lines.push(`${engine}: ${format(counts)} (${seconds(started)})`);
}

console.log('');
if (failures.length > 0) {
  console.log('failed:');
  for (const failure of failures) console.log(`  ${failure}`);
}
for (const line of lines) console.log(line);
// .ci/run passes the time it started, so the whole run's time shows just above the closing line.
if (process.env.CI_STARTED_AT) console.log(`ci: the whole run took ${Math.round(Date.now() / 1000 - Number(process.env.CI_STARTED_AT))} s`);
console.log(format(totals));
process.exit(totals.failed > 0 ? 1 : 0);
