#!/usr/bin/env node
// `npm run bench -- --ab --base path/to/base/bundle.js` (or `node bench/ab.mjs --base path`): one change, measured against
// the build before it. Loads the same benchmark page (bench/pages.mjs) with the base bundle and with dist/bundle.js,
// alternating A and B run by run in one browser, so load on the machine falls on both alike; prints the median CPU
// time of each (main thread, threadTicks) and of its style, layout and script, B's difference and the spread.
// A whole `npm run bench` measures each variant once after the other: a difference under its run-to-run noise (about
// ±5%) needs this instead. Keep the base: `cp dist/bundle.js /tmp/base.js` before the change, then rebuild.
// Options: --base path (required), --no-build, --runs N (9), --faq N[,N] (100,1000), --rows N[,N] (1000,10000),
// --action (time expand all and re-sort instead of the load).
// A measurement, not a test: exit 0 whatever the figures; 1 when it cannot measure.
import { existsSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/static-server.mjs';
import { launchBrowser, measureRun } from './measure.mjs';
import * as pages from './pages.mjs';
import { OUT, preparePages, sizeList } from './prepare.mjs';
import { stats } from './report.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const { values: opts } = parseArgs({
  options: {
    base: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '9' },
    faq: { type: 'string', default: '100,1000' },
    rows: { type: 'string', default: '1000,10000' },
    action: { type: 'boolean', default: false },
  },
});
const fail = (message) => {
  console.error(`bench ab: ${message}`);
  process.exit(1);
};
if (!opts.base || !existsSync(opts.base)) fail(`--base ${opts.base ?? ''}: give the base build of bundle.js to compare with`);
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs ${opts.runs}: expected a whole number of at least 1`);

await preparePages('bench ab', { noBuild: opts['no-build'] });
// B is the bundle preparePages copied from dist/; A, the base, sits beside it.
await copyFile(opts.base, `${OUT}/bundle-base.js`);
const variants = [
  ['A (base)', `/${OUT}/bundle-base.js`],
  ['B (dist)', `/${OUT}/bundle.js`],
];
const scenarios = [
  ...sizeList(opts.faq).map((n) => [`FAQ ${n} items`, pages.faqComponentPage, n]),
  ...sizeList(opts.rows).map((n) => [`table ${n} rows`, pages.tableComponentPage, n]),
];

const median = (values) => stats(values).median;
const fixed = (value) => value.toFixed(1);

const server = await serveStatic('.');
const browser = await launchBrowser();
try {
  const kind = opts.action ? 'action' : 'load';
  console.log(`bench ab: ${kind}, ${runs} runs each, A and B alternating; CPU ms (median, min-max)`);
  for (const [name, make, n] of scenarios) {
    const urls = [];
    for (const [label, bundle] of variants) {
      pages.useBundle(bundle);
      const file = `${OUT}/pages/ab-${label[0]}.html`;
      await writeFile(file, make(n));
      urls.push(`${server.url}/${file}`);
    }
    const samples = variants.map(() => []);
    // One warm-up of each (the server's and the disk's caches), then A, B, A, B...
    for (const url of urls) await measureRun(browser, url, { action: opts.action });
    for (let run = 0; run < runs; run++) {
      for (const [i, url] of urls.entries()) {
        const result = await measureRun(browser, url, { action: opts.action, timeout: n >= 1000 ? 240_000 : 60_000 });
        if (result.errors.length) fail(`${name}, ${variants[i][0]}: ${result.errors.join('; ')}`);
        if (opts.action && !result.check?.ok) fail(`${name}, ${variants[i][0]}: the action did not happen (${result.check?.note})`);
        samples[i].push(result[kind]);
      }
    }
    console.log(`\n${name}`);
    const [base] = samples.map((list) => median(list.map((s) => s.cpu)));
    for (const [i, [label]] of variants.entries()) {
      const list = samples[i];
      const { median: m, min, max } = stats(list.map((s) => s.cpu));
      const diff = i === 0 ? '' : `  ${m >= base ? '+' : ''}${fixed(m - base)} ms (${m >= base ? '+' : ''}${fixed(((m - base) / base) * 100)}%)`;
      const parts = ['style', 'layout', 'script'].map((key) => `${key} ${fixed(median(list.map((s) => s[key])))}`).join(', ');
      console.log(`  ${label}  ${fixed(m)} (${fixed(min)}-${fixed(max)})  ${parts}${diff}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
