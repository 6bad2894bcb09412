#!/usr/bin/env node
// What parsing the Markdown subset costs in Node: parseRichText over the FAQ benchmark's answers (bench/content.mjs:
// two paragraphs each, with strong text and a link) at 100 and 1,000 items. A measurement, not a test.
//
//   npm run build && node bench/rich-text.mjs
//   node bench/rich-text.mjs --from /tmp/old-dist      another build (a dist/ folder, or the path of its
//                                                      internal/rich-text/markdown.js), e.g. before/after a change
//   options: --runs N (child processes per size, 7 by default)
//
// Cold: the first pass over the answers in a fresh process (what a page load pays: nothing compiled or warmed up
// yet), one child process per measurement, the median of N. Warm: the median pass once the same process has parsed
// the answers many times over (the median across the N children of each child's median). The main figures are the
// process's CPU time (a busy machine descheduling it does not count; compiler and GC threads do); wall time follows.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { faqContent } from './content.mjs';
import { stats } from './report.mjs';

const SIZES = [100, 1000];
/** Answers parsed per warm measurement: 200 passes at 100 items, 20 at 1,000. */
const WARM_ANSWERS = 20_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const { values: opts } = parseArgs({
  options: {
    from: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '7' },
    child: { type: 'string' },
  },
});

/** The module file to measure: `--from` names a dist/ folder or the module itself. */
function modulePath(from) {
  const path = resolve(ROOT, from);
  const file = existsSync(path) && statSync(path).isDirectory() ? resolve(path, 'internal/rich-text/markdown.js') : path;
  if (!existsSync(file)) {
    console.error(`bench/rich-text: ${file} is missing (run \`npm run build\` first, or give --from)`);
    process.exit(1);
  }
  return file;
}

const median = (values) => stats(values).median;

if (opts.child) {
  // Child: import, generate the answers, then time the first pass and the warm passes; print them as JSON.
  const { parseRichText } = await import(pathToFileURL(modulePath(opts.from)).href);
  const answers = faqContent(Number(opts.child)).content.items.map((item) => item.answer);
  let sink = 0;
  /** CPU time (user + system, ms) of one pass: unlike wall time, not inflated when the process is descheduled. */
  const pass = () => {
    const start = process.cpuUsage();
    const wall = performance.now();
    for (const answer of answers) sink += parseRichText(answer).length;
    const { user, system } = process.cpuUsage(start);
    return { cpu: (user + system) / 1000, wall: performance.now() - wall };
  };
  const cold = pass();
  const passes = Math.max(10, Math.round(WARM_ANSWERS / answers.length));
  const warm = [];
  for (let i = 0; i < passes; i++) warm.push(pass());
  if (sink === 0) throw new Error('nothing parsed');
  // The second half only: the first passes are still compiling.
  const late = warm.slice(passes >> 1);
  process.stdout.write(
    JSON.stringify({ cold: cold.cpu, coldWall: cold.wall, warm: median(late.map((p) => p.cpu)), warmWall: median(late.map((p) => p.wall)) }),
  );
} else {
  const runs = Number(opts.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench/rich-text: --runs ${opts.runs}: expected a whole number of at least 1`);
    process.exit(1);
  }
  const file = modulePath(opts.from);
  console.log(`parseRichText from ${file}, FAQ answers, ${runs} fresh processes per size`);
  for (const n of SIZES) {
    const results = [];
    for (let r = 0; r < runs; r++) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(n), '--from', file], {
        encoding: 'utf8',
      });
      if (child.status !== 0) {
        console.error(child.stderr);
        process.exit(1);
      }
      results.push(JSON.parse(child.stdout));
    }
    const [cold, coldWall, warm, warmWall] = ['cold', 'coldWall', 'warm', 'warmWall'].map((k) => median(results.map((r) => r[k])));
    console.log(
      `  FAQ ${String(n).padStart(5)} answers  cold ${cold.toFixed(2).padStart(6)} ms CPU (${coldWall.toFixed(2)} ms wall)` +
        `  warm ${warm.toFixed(3).padStart(6)} ms CPU (${warmWall.toFixed(3)} ms wall)`,
    );
  }
}
