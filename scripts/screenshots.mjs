// Screenshot comparison for style and markup work: renders the example content with the built `dist/bundle.js` in
// headless Chromium, in the default look (light and dark page, table and stacked layouts, right-to-left) and in each
// theme of `themes/*.css`, and compares every PNG with a baseline taken before the change (pixelmatch).
//
//   npm run build && node scripts/screenshots.mjs --update   # on the code to compare against: writes the baselines
//   npm run build && node scripts/screenshots.mjs            # after the change: compares, writes diffs, exits 1 on a change
//
// Options: --dir DIR (default screenshots/, git-ignored: baseline/, current/, diff/, pages/), --only SUBSTRING (scenes
// whose name contains it), --max-ratio R (share of pixels that may differ, default 0.001 = 0.1%), --threshold T
// (pixelmatch's per-pixel colour threshold, default 0.1). A scene whose size changed fails whatever its pixels.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    dir: { type: 'string', default: 'screenshots' },
    only: { type: 'string', default: '' },
    'max-ratio': { type: 'string', default: '0.001' },
    threshold: { type: 'string', default: '0.1' },
  },
});
const DIR = resolve(ROOT, args.dir);
const MAX_RATIO = Number(args['max-ratio']);
const THRESHOLD = Number(args.threshold);

const content = (name) => JSON.parse(readFileSync(join(ROOT, 'examples/content', name), 'utf8'));
const faq = content('asean-germany/faq-accordion.json');
// Two answers open, so the screenshots show open and closed items.
faq.items = faq.items.map((item, i) => (i < 2 ? { ...item, open: true } : item));
const table = content('asean-germany/cooperation-table.json');
const spreadsheet = content('cooperation-table-spreadsheet.json');
const cards = content('asean-germany/misconception-card.json');
const tracker = content('indicator-tracker-full.json');

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const el = (tag, attrs, value) => `<${tag}${attrs ? ` ${attrs}` : ''}><script type="application/json">${json(value)}</script></${tag}>`;

/** The components as a portal's page would hold them. */
const components = {
  faq: () => el('faq-accordion', 'copy-links', faq),
  table: () => el('cooperation-table', 'sortable filterable downloadable highlight="contribution" sort="area:desc"', table),
  numbers: () => el('cooperation-table', 'sortable sticky-row-header', spreadsheet),
  cards: () => el('misconception-card', '', cards),
  tracker: () => el('indicator-tracker', 'filterable now="2026-06-01"', tracker),
};
const all = () => Object.values(components).map((render) => render()).join('\n');

const DARK = 'color-scheme: dark; background: #121416; color: #e6e8ea;';

/** Every scene: a page body, its width, and the page's own CSS (the components' look comes from the package). */
function scenes() {
  const list = [];
  const add = (name, width, body, { css = '', attrs = '' } = {}) => list.push({ name, width, body, css, attrs });
  for (const [name, render] of Object.entries(components)) {
    add(`${name}-light`, 960, render());
    add(`${name}-dark`, 960, render(), { css: `body { ${DARK} }` });
    add(`${name}-rtl`, 960, render(), { attrs: 'dir="rtl"' });
    add(`${name}-narrow`, 360, render());
  }
  add('table-forced-stacked', 960, el('cooperation-table', 'layout="stacked" sortable highlight="benefit"', table));
  add('table-forced-table-narrow', 420, el('cooperation-table', 'layout="table" sticky-row-header highlight="benefit"', table));
  add('table-stacked-dark', 360, components.table(), { css: `body { ${DARK} }` });
  add('table-stacked-rtl', 360, components.table(), { attrs: 'dir="rtl"' });
  const themes = readdirSyncCss();
  for (const theme of ['none', ...themes]) {
    const link = theme === 'none' ? '' : `<link rel="stylesheet" href="/themes/${theme}.css">`;
    const body = `${link}<div class="${theme === 'none' ? '' : `explainer-theme-${theme}`}" style="padding: 1rem">${all()}</div>`;
    add(`gallery-${theme}`, 1024, body);
    add(`gallery-${theme}-narrow`, 360, body);
  }
  return list.filter((scene) => scene.name.includes(args.only));
}

function readdirSyncCss() {
  return ['civic', 'newsroom', 'think-tank-dark'].filter((name) => existsSync(join(ROOT, 'themes', `${name}.css`)));
}

const pageHtml = ({ body, css, attrs }) => `<!doctype html>
<html lang="en" ${attrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/dist/bundle.js"></script>
<style>
  body { margin: 0; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; }
  body > * + * { display: block; margin-block-start: 2rem; }
  * { caret-color: transparent; }
  ${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;

/** Waits until every component on the page has rendered, fonts are in, and transitions have run out. */
async function settle(page) {
  await page.evaluate(async () => {
    const tags = ['faq-accordion', 'cooperation-table', 'misconception-card', 'indicator-tracker'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = [...document.querySelectorAll(tags.join(','))];
    for (let i = 0; i < 5; i++) await Promise.all(elements.map((e) => e.updateComplete));
    await document.fonts.ready;
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    // Resize observers (stacked layout, scroll shadows) and their re-render, then any transition (150 ms by default).
    await new Promise((ok) => setTimeout(ok, 600));
    for (let i = 0; i < 3; i++) await Promise.all(elements.map((e) => e.updateComplete));
  });
}

function compare(name, before, after) {
  const a = PNG.sync.read(before);
  const b = PNG.sync.read(after);
  if (a.width !== b.width || a.height !== b.height) return { name, ok: false, note: `size ${a.width}x${a.height} -> ${b.width}x${b.height}` };
  const diff = new PNG({ width: a.width, height: a.height });
  const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD });
  const ratio = count / (a.width * a.height);
  return { name, ok: ratio <= MAX_RATIO, count, ratio, diff: count ? PNG.sync.write(diff) : null, note: `${count} px (${(ratio * 100).toFixed(3)}%)` };
}

async function main() {
  const chrome = findChrome();
  if (!chrome) throw new Error(INSTALL_HINT);
  if (!existsSync(join(ROOT, 'dist/bundle.js'))) throw new Error('dist/bundle.js is missing: run npm run build first');
  const target = join(DIR, args.update ? 'baseline' : 'current');
  await rm(join(DIR, 'pages'), { recursive: true, force: true });
  if (args.update && !args.only) await rm(target, { recursive: true, force: true });
  await rm(join(DIR, 'diff'), { recursive: true, force: true });
  for (const sub of ['pages', 'diff', 'baseline', 'current']) await mkdir(join(DIR, sub), { recursive: true });
  const list = scenes();
  for (const scene of list) await writeFile(join(DIR, 'pages', `${scene.name}.html`), pageHtml(scene));
  const server = await serveStatic(ROOT);
  const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: [...CHROME_ARGS, '--font-render-hinting=none', '--force-color-profile=srgb'] });
  const results = [];
  try {
    const pagesPath = `/${join(args.dir, 'pages')}`.replace(/\/+/g, '/');
    for (const scene of list) {
      const page = await browser.newPage();
      await page.setViewport({ width: scene.width, height: 800, deviceScaleFactor: 1 });
      const problems = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      await page.goto(`${server.url}${pagesPath}/${scene.name}.html`, { waitUntil: 'load' });
      await settle(page);
      if (problems.length) throw new Error(`${scene.name}: ${problems.join('; ')}`);
      const png = await page.screenshot({ fullPage: true, captureBeyondViewport: true });
      await page.close();
      await writeFile(join(target, `${scene.name}.png`), png);
      if (args.update) continue;
      const base = join(DIR, 'baseline', `${scene.name}.png`);
      if (!existsSync(base)) {
        results.push({ name: scene.name, ok: false, note: 'no baseline (run with --update on the code to compare against)' });
        continue;
      }
      const result = compare(scene.name, await readFile(base), png);
      if (result.diff) await writeFile(join(DIR, 'diff', `${scene.name}.png`), result.diff);
      results.push(result);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (args.update) {
    console.log(`screenshots: ${list.length} baselines written to ${join(args.dir, 'baseline')}/`);
    return;
  }
  const baselines = (await readdir(join(DIR, 'baseline'))).length;
  for (const r of results) console.log(`${r.ok ? 'same   ' : 'CHANGED'} ${r.name}: ${r.note}`);
  const changed = results.filter((r) => !r.ok);
  console.log(
    `screenshots: ${results.length - changed.length} of ${results.length} match (at most ${(MAX_RATIO * 100).toFixed(2)}% of pixels differing, colour threshold ${THRESHOLD}; ${baselines} baselines); diffs in ${join(args.dir, 'diff')}/`,
  );
  if (changed.length) process.exitCode = 1;
}

await main();
