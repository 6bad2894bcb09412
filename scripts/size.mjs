#!/usr/bin/env node
// `npm run size` (after `npm run build`): gzip sizes of what a page downloads.
// - dist/bundle.js: the self-contained CDN bundle (Lit inside, every tag).
// - each per-tag entry (dist/<tag>.js) bundled in memory with rollup, Lit and @lit/* external, minified with
//   terser: the component's own cost, shared internals included (the figure the budgets hold). Shown beside it in
//   parentheses, for information: the component alone, with the shared core (dist/internal/, dist/locales/)
//   external too, i.e. what each further component adds to a page that already has one.
// Prints each size next to the issue's targets (bundle at most 20 KB, goal 16 KB; each entry at most 4 KB), and
// enforces the ratchet in package.json's `sizeBudgets` (KB, gzip): any file over its budget fails (exit 1).
// Lower a budget whenever a file shrinks; never raise one without saying why in the changeset.
// `npm run size -- --update` sets every budget to the current size rounded up to the next 0.5 KB.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';

const TAGS = ['cooperation-table', 'explainer-provider', 'faq-accordion', 'indicator-tracker', 'misconception-card'];
const TARGET = { bundle: 20, bundleGoal: 16, entry: 4 };
const KB = 1024;

const pkg = JSON.parse(await readFile('package.json', 'utf8'));

if (!existsSync('dist/bundle.js')) {
  console.error('size: dist/ is missing: run `npm run build` first');
  process.exit(1);
}

const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

/**
 * Bundles a built entry with Lit external and minifies it, in memory; returns the gzip size in bytes. With
 * `ownOnly`, the shared core (dist/internal/, dist/locales/) is external too: what the component adds on its own.
 */
async function entrySize(tag, ownOnly = false) {
  const build = await rollup({
    input: `dist/${tag}.js`,
    external: (id) => /^(lit|@lit\/|@lit-labs\/)/.test(id) || (ownOnly && /[/\\](internal|locales)[/\\]/.test(id)),
    onwarn: () => {},
  });
  const { output } = await build.generate({
    format: 'es',
    plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })],
  });
  await build.close();
  return gzip(output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join(''));
}

const rows = [{ file: 'bundle.js', bytes: gzip(await readFile('dist/bundle.js')), target: TARGET.bundle }];
for (const tag of TAGS) rows.push({ file: `${tag}.js`, bytes: await entrySize(tag), own: await entrySize(tag, true), target: TARGET.entry });

if (process.argv.includes('--update')) {
  pkg.sizeBudgets = Object.fromEntries(rows.map((row) => [row.file, Math.ceil((row.bytes / KB) * 2) / 2]));
  await writeFile('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`size: budgets updated in package.json: ${JSON.stringify(pkg.sizeBudgets)}`);
}

const kb = (bytes) => (bytes / KB).toFixed(2);
let overBudget = 0;
const unmet = [];
console.log('file                       gzip KB   budget KB  issue target KB  (component alone, shared core external)');
for (const row of rows) {
  const budget = pkg.sizeBudgets?.[row.file];
  const over = budget !== undefined && row.bytes > budget * KB;
  if (over) overBudget += 1;
  if (row.bytes > row.target * KB) unmet.push(`${row.file} ${kb(row.bytes)} KB > ${row.target} KB`);
  const target = row.file === 'bundle.js' ? `${TARGET.bundle} (goal ${TARGET.bundleGoal})` : String(TARGET.entry);
  console.log(
    `${row.file.padEnd(26)} ${kb(row.bytes).padStart(7)}   ${String(budget ?? '—').padStart(9)}  ${target.padEnd(15)}  ${row.own === undefined ? '' : `(${kb(row.own)})`}${over ? '  OVER BUDGET' : ''}`,
  );
  if (budget === undefined) {
    console.log(`  (no budget for ${row.file} in package.json sizeBudgets)`);
    overBudget += 1;
  }
}
const bundle = rows[0].bytes;
if (bundle > TARGET.bundleGoal * KB && bundle <= TARGET.bundle * KB) unmet.push(`bundle.js ${kb(bundle)} KB > goal ${TARGET.bundleGoal} KB`);
if (unmet.length > 0) {
  console.log(`issue targets not met yet (${unmet.length}):`);
  for (const line of unmet) console.log(`  - ${line}`);
} else {
  console.log('every issue target is met');
}
console.log(overBudget > 0 ? `size: ${overBudget} file(s) over budget` : 'size: every file is within its budget');
process.exit(overBudget > 0 ? 1 : 0);
