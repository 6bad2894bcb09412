#!/usr/bin/env node
// `npm run bench`: what the components cost a portal's readers, as ratios to static HTML of the same content and to
// a bare Lit element rendering the same DOM (bench/bare-lit.mjs: the practical limit of a Lit component), measured
// in one run in headless Chromium. See bench/RESULTS.md for the method and the latest figures.
//
//   npm run bench                  full run: FAQ 10/100/1,000 items, table 100/1,000/10,000 rows, 7 runs each
//   npm run bench -- --quick       sizes 10 and 100, one run, prints only (CI runs this so the benchmark never rots)
//   npm run bench -- --peers       adds Shoelace's sl-details to the FAQ scenarios (needs @shoelace-style/shoelace
//                                  in node_modules, or SHOELACE_DIR=/path/to/@shoelace-style/shoelace)
//   npm run bench -- --selectors   the selector-statistics profile instead (bench/selector-stats.mjs; its options follow)
//   npm run bench -- --cpu         where the main thread's time goes on load, component beside the bare Lit element
//                                  (bench/cpu-profile.mjs: work by kind, script by source; its options follow)
//   npm run bench -- --ab --base B one change against the build before it, A and B alternating (bench/ab.mjs)
//   options: --runs N, --no-build (use the dist/ already built),
//            --bundle path/to/bundle.js (measure another build of the bundle, e.g. before/after a change;
//            sizes still come from dist/)
//
// The bundle is copied to bench/out/bundle.js when the run starts and the pages load that copy, so a rebuild of
// dist/ by someone else during the run cannot mix two builds (or catch a half-written file).
//
// Exit code: 0 whether or not targets are met (a measurement, not a test); 1 when the benchmark cannot measure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveStatic } from '../scripts/static-server.mjs';
import { tagEntries } from '../rollup.config.mjs';
import { launchBrowser, measureRun, probe } from './measure.mjs';
import * as pages from './pages.mjs';
import { compareTrees, probePage } from './probe.mjs';
import { buildBare } from './bare-build.mjs';
import { bundleBreakdown, measureSizes } from './sizes.mjs';
import { SCENARIOS, markdown, printBreakdown, printScenario, printSizes, printTargets, summarise, targets } from './report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);

// The profiles are their own scripts, with their own options (--no-build, --bundle, --top...).
for (const [flag, script] of [['--selectors', 'bench/selector-stats.mjs'], ['--cpu', 'bench/cpu-profile.mjs'], ['--ab', 'bench/ab.mjs']]) {
  if (!process.argv.includes(flag)) continue;
  const args = process.argv.slice(2).filter((a) => a !== flag);
  const run = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    peers: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string' },
    bundle: { type: 'string' },
  },
});
const quick = opts.quick;
const runs = Number(opts.runs ?? (quick ? 1 : 7));
if (!Number.isInteger(runs) || runs < 1) fail(`--runs ${opts.runs}: expected a whole number of at least 1`);
const faqSizes = quick ? [10, 100] : [10, 100, 1000];
const tableSizes = quick ? [10, 100] : [100, 1000, 10000];
const SKIP_TABLE = 'skipped: cooperation-table not built';
const SHOELACE_DIR = process.env.SHOELACE_DIR || 'node_modules/@shoelace-style/shoelace';
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const started = Date.now();

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// 1. Build.
if (!opts['no-build']) {
  console.log('== npm run build');
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-40).join('\n'));
    fail('the build failed (see above); fix it, or measure the dist/ already built with --no-build');
  }
}
if (!existsSync('dist/bundle.js')) fail('dist/bundle.js is missing: run `npm run build` first');
const bundleSource = opts.bundle ?? 'dist/bundle.js';
if (!existsSync(bundleSource)) fail(`--bundle ${opts.bundle}: no such file`);

// 2. Snapshot of what is measured: the bundle the pages load, and the sizes of dist/ as it is now.
const OUT = 'bench/out';
await mkdir(`${OUT}/pages`, { recursive: true });
await copyFile(bundleSource, `${OUT}/bundle.js`);
pages.useBundle(`/${OUT}/bundle.js`);
await buildBare(`${OUT}/bare.js`);
pages.useBare(`/${OUT}/bare.js`);
const sizes = await measureSizes(ROOT, ['index', ...tagEntries]);
const breakdown = await bundleBreakdown(ROOT);

// 3. Pages.
const pageFiles = new Map();
async function writePage(name, html) {
  await writeFile(`${OUT}/pages/${name}.html`, html);
  pageFiles.set(name, `/${OUT}/pages/${name}.html`);
}
await writePage('probe', probePage());

const peers = opts.peers && existsSync(`${SHOELACE_DIR}/cdn/components/details/details.js`);
if (opts.peers && !peers) {
  console.log(`--peers: ${SHOELACE_DIR} is missing: install it (\`npm install --no-save @shoelace-style/shoelace@2\`, or as a devDependency) or set SHOELACE_DIR, and run again. Measuring without peers.`);
}
const faqVariants = ['static', 'bare-lit', 'faq-accordion', ...(peers ? ['shoelace'] : [])];
const generators = {
  'faq:static': pages.faqStaticPage,
  'faq:bare-lit': pages.faqBarePage,
  'faq:faq-accordion': pages.faqComponentPage,
  'faq:shoelace': (n) => pages.faqShoelacePage(n, `${peerServer.url}/cdn`),
  'table:static': pages.tableStaticPage,
  'table:bare-lit': pages.tableBarePage,
  'table:cooperation-table': pages.tableComponentPage,
};

// 4. Browser, server, and what the bundle holds.
const server = await serveStatic('.');
// Shoelace is served from its own folder (it may live outside the project); module scripts need CORS.
const peerServer = peers ? await serveStatic(SHOELACE_DIR, { headers: () => ({ 'access-control-allow-origin': '*' }) }) : undefined;
const browser = await launchBrowser();
let exitCode = 0;
try {
  const probed = await probe(browser, server.url + pageFiles.get('probe'));
  if (probed.error) throw new Error(probed.error);
  // A fair baseline: the bare Lit element renders exactly the component's DOM (bench/probe.mjs).
  const unfair = compareTrees(probed.pairs);
  if (unfair.length > 0) {
    throw new Error(`the bare Lit baseline no longer renders the component's DOM; update bench/bare-lit.mjs to match the component:\n  ${unfair.join('\n  ')}`);
  }
  console.log(`probe: the bare Lit elements render the components' DOM (${probed.pairs.map((p) => `${p.name} ${p.stage}: ${p.component.length} nodes`).join('; ')})`);
  const hasTable = probed.tags.includes('cooperation-table');
  if (!hasTable) console.log(`table benchmarks ${SKIP_TABLE} (customElements.get('cooperation-table') is undefined in ${bundleSource})`);

  /** One group per family, size and variant: the runs measured for it. */
  const groups = [];
  for (const size of faqSizes) for (const variant of faqVariants) groups.push({ family: 'faq', size, variant, runs: [] });
  for (const size of tableSizes) {
    if (hasTable) for (const variant of ['static', 'bare-lit', 'cooperation-table']) groups.push({ family: 'table', size, variant, runs: [] });
    else groups.push({ family: 'table', size, variant: 'cooperation-table', runs: [], skipped: SKIP_TABLE });
  }
  for (const group of groups.filter((g) => !g.skipped)) {
    const name = `${group.family}-${group.size}-${group.variant}`;
    await writePage(name, generators[`${group.family}:${group.variant}`](group.size));
    group.url = server.url + pageFiles.get(name);
  }

  // 5. Measure: a discarded warm-up of each variant (not in --quick), then rounds that interleave sizes and variants.
  const live = groups.filter((g) => !g.skipped);
  const smallest = live.filter((g) => g.size === Math.min(...live.filter((h) => h.family === g.family).map((h) => h.size)));
  if (!quick) for (const group of smallest) await measureRun(browser, group.url).catch(() => {});
  const blocks = [...new Set(live.map((g) => `${g.family}:${g.size}`))];
  const errors = [];
  for (let round = 0; round < runs; round++) {
    const order = round % 2 ? [...blocks].reverse() : blocks;
    for (const block of order) {
      const members = live.filter((g) => `${g.family}:${g.size}` === block);
      const rotated = members.map((_, i) => members[(i + round) % members.length]);
      for (const group of rotated) {
        const label = `${group.family} ${group.size} ${group.variant}`;
        try {
          const run = await measureRun(browser, group.url, { timeout: group.size >= 1000 ? 240_000 : 60_000 });
          group.runs.push(run);
          const act = run.action ? `, action ${run.action.cpu.toFixed(1)} ms` : '';
          const check = run.check && !run.check.ok ? `  CHECK FAILED: ${run.check.note}` : '';
          console.log(`  round ${round + 1}/${runs}  ${label.padEnd(34)} load ${run.load.cpu.toFixed(1)} ms CPU, ${run.load.wall.toFixed(0)} ms wall${act}${check}`);
          for (const e of run.errors) console.log(`      ${e}`);
        } catch (error) {
          group.runs.push({ error: String(error?.message ?? error) });
          errors.push(`${label}: ${error?.message ?? error}`);
          console.log(`  round ${round + 1}/${runs}  ${label.padEnd(34)} ERROR ${error?.message ?? error}`);
        }
      }
    }
  }

  // 6. Report.
  const summaries = SCENARIOS.map((scenario) => ({ scenario, rows: summarise(scenario, groups) }));
  for (const { scenario, rows } of summaries) printScenario(scenario, rows, runs);
  printSizes(sizes);
  printBreakdown(breakdown);
  const targetList = targets(summaries, sizes, SKIP_TABLE);
  printTargets(targetList);

  const machine = machineInfo(await browser.version());
  const notes = [
    `Fairness check passed: the bare Lit elements rendered the components' DOM node for node (${probed.pairs.map((p) => `${p.name} ${p.stage}`).join('; ')}). The DOM nodes column still differs: Lit's comment markers and text nodes split by bindings count as nodes, and the component has more of them (rich text renders arrays, headings nested templates).`,
    "The table's `.layout` is a size container (its `@container` rule stacks the rows into cards), so Chromium recalculates the style of everything inside it during layout; `RecalcStyleDuration` still counts that time as style (the selector profile measures about the same style time with the container switched off), but traces show it inside `Layout` and record no selector statistics for it: `npm run bench -- --selectors` profiles the table with the container off for that reason. The `@container` rules name only the table, its caption, head and body, the toolbar and the few sticky or highlighted cells: they set private switches on the table (`--_display`, `--_cell-*`, `--_card-*`, ...) that rows, cells and labels read in their ordinary rules, so no row, cell or label is matched against a container query.",
  ];
  if (!hasTable) notes.push(`Table scenarios ${SKIP_TABLE}: ${bundleSource} did not register it when this ran.`);
  if (peers) notes.push(`Peer: Shoelace ${JSON.parse(readFileSync(`${SHOELACE_DIR}/package.json`, 'utf8')).version} (its \`cdn/\` build, \`sl-details\` plus its light theme CSS); expand all sets \`open\` on every element (it has no show-all) and is timed until the next frame, not to the end of its animations.${process.env.SHOELACE_DIR ? ` Served from SHOELACE_DIR (${SHOELACE_DIR}).` : ''}`);
  else notes.push('Peers not measured (run with `--peers` once `@shoelace-style/shoelace` is installed).');
  if (opts.bundle) notes.push(`Components measured from \`${opts.bundle}\`, not dist/bundle.js (sizes are dist/'s).`);
  if (errors.length) notes.push(...errors.map((e) => `Run failed: ${e}`));
  const result = {
    command,
    machine,
    options: { quick, runs, peers, faqSizes, tableSizes },
    seconds: Math.round((Date.now() - started) / 1000),
    targets: targetList,
    summaries: summaries.map(({ scenario, rows }) => ({ scenario: scenario.id, rows })),
    sizes,
    breakdown,
    groups: groups.map((g) => ({ ...g, url: g.url?.replace(server.url, '') })),
  };
  await writeFile(`${OUT}/${quick ? 'results-quick' : 'results'}.json`, `${JSON.stringify(result, null, 2)}\n`);
  if (!quick) {
    await writeFile('bench/RESULTS.md', markdown({ machine, command, options: result.options, summaries, sizes, breakdown, targetList, notes }));
    console.log(`wrote bench/RESULTS.md and ${OUT}/results.json`);
  } else {
    console.log(`wrote ${OUT}/results-quick.json (--quick: bench/RESULTS.md left as it is)`);
  }
  console.log(`bench: ${result.seconds} s`);
  if (errors.length) {
    console.error(`bench: ${errors.length} run(s) could not be measured:\n  ${errors.join('\n  ')}`);
    exitCode = 1;
  }
} catch (error) {
  console.error(`bench: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await browser.close().catch(() => {});
  await server.close();
  await peerServer?.close();
}
process.exit(exitCode);

function machineInfo(browserVersion) {
  const cpus = os.cpus();
  let distro = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) distro = `${pretty} (${os.type()} ${os.release()}, ${os.arch()})`;
  } catch {
    // not Linux: the kernel line is enough
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: distro,
    browser: browserVersion,
    puppeteer: JSON.parse(readFileSync('node_modules/puppeteer-core/package.json', 'utf8')).version,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    loadavg: os.loadavg().map((l) => l.toFixed(2)).join(', '),
  };
}
