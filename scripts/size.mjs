#!/usr/bin/env node
// `npm run size` (after `npm run build`): gzip sizes of what a page downloads.
// - dist/bundle.js: the self-contained CDN bundle (Lit inside, every tag).
// - dist/autoloader.js: the autoloader alone (what every page using it downloads first).
// - "FAQ page (autoloader)": a page with one <faq-accordion> through the autoloader: dist/autoloader.js plus
//   dist/cdn/faq-accordion.js and every chunk it imports (Lit, the core), each file gzipped on its own (each is
//   its own download) and summed. The files are found by reading the built chunks' static imports
//   (scripts/autoloader-page.mjs).
// - each per-tag entry (dist/<tag>.js) bundled in memory with rollup, Lit and @lit/* external, minified with
//   terser: the component's own cost, shared internals included (the figure the budgets hold). Shown beside it in
//   parentheses, for information: the component alone, with the shared core (dist/internal/, dist/locales/)
//   external too, i.e. what each further component adds to a page that already has one.
// Prints each size next to issue #16's targets (bundle at most 20 KB, goal 16 KB; autoloader 1.5 KB; FAQ page
// through the autoloader 13 KB; each entry without Lit 7 KB), and enforces the ratchet in package.json's
// `sizeBudgets` (KB, gzip): any file over its budget fails (exit 1).
// Lower a budget whenever a file shrinks; never raise one without saying why in the changeset.
// `npm run size -- --update` sets every budget to the current size rounded up to the next 0.01 KB (the ratchet follows every gain down).
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { autoloaderPageFiles } from './autoloader-page.mjs';

const TAGS = ['cooperation-table', 'explainer-provider', 'faq-accordion', 'indicator-tracker', 'misconception-card'];
const TARGET = { bundle: 20, bundleGoal: 16, autoloader: 1.5, faqPage: 13, entry: 7 };
const KB = 1024;

const pkg = JSON.parse(await readFile('package.json', 'utf8'));

for (const file of ['dist/bundle.js', 'dist/autoloader.js']) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
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

/** What a page with only `tag` downloads through the autoloader: the files, each gzipped alone, summed. */
async function autoloaderPage(tag) {
  const files = await autoloaderPageFiles([tag]);
  let bytes = 0;
  for (const file of files) bytes += gzip(await readFile(file));
  return { bytes, files };
}

const faqPage = await autoloaderPage('faq-accordion');
const rows = [
  { file: 'bundle.js', bytes: gzip(await readFile('dist/bundle.js')), target: `${TARGET.bundle} (goal ${TARGET.bundleGoal})`, limit: TARGET.bundle },
  { file: 'autoloader.js', bytes: gzip(await readFile('dist/autoloader.js')), target: String(TARGET.autoloader), limit: TARGET.autoloader },
  {
    file: 'faq-page-autoloader',
    bytes: faqPage.bytes,
    target: String(TARGET.faqPage),
    limit: TARGET.faqPage,
    note: `FAQ page through the autoloader: ${faqPage.files.map((f) => f.replace(/^dist\//, '')).join(' + ')}`,
  },
];
for (const tag of TAGS) {
  rows.push({ file: `${tag}.js`, bytes: await entrySize(tag), own: await entrySize(tag, true), target: String(TARGET.entry), limit: TARGET.entry });
}

if (process.argv.includes('--update')) {
  pkg.sizeBudgets = Object.fromEntries(rows.map((row) => [row.file, Math.ceil((row.bytes / KB) * 100) / 100]));
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
  if (row.bytes > row.limit * KB) unmet.push(`${row.file} ${kb(row.bytes)} KB > ${row.limit} KB`);
  console.log(
    `${row.file.padEnd(26)} ${kb(row.bytes).padStart(7)}   ${String(budget ?? '—').padStart(9)}  ${row.target.padEnd(15)}  ${row.own === undefined ? '' : `(${kb(row.own)})`}${over ? '  OVER BUDGET' : ''}`,
  );
  if (row.note) console.log(`  ${row.note}`);
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
