#!/usr/bin/env node
// `npm run bench -- --selectors` (or `node bench/selector-stats.mjs`): which CSS selectors the style recalculation
// of a large page spends its time on. Loads the FAQ at 1,000 items and the table at 10,000 rows (the benchmark's
// pages: static HTML, the bare Lit element, the component from dist/bundle.js) in headless Chromium, traced with
// the category `disabled-by-default-blink.debug` (what DevTools' "Enable CSS selector stats" records), and prints
//   - per page, the total style recalculation: untraced (`RecalcStyleDuration`, CPU, median of --runs loads), and
//     under selector statistics (the sum of `UpdateLayoutTree`, which the instrumentation inflates);
//   - per component, the costliest selectors: elapsed time, match attempts, matches, fast rejects, and where each
//     comes from in src/ (file:line, found by matching the selector text in the `css` literals), else which sheet.
// The table's `.layout` is a size container (`@container` switches it to stacked cards), so Chromium recalculates
// the style of everything inside it during layout, where it records no selector statistics (and the DevTools
// metrics count that time as layout). Its selectors are therefore profiled on a second load with the container
// switched off by one added rule (`container-type: normal`): at the benchmark's 1280 px the rows match the same
// rules, in an ordinary style recalculation. Both loads are printed.
// Options: --no-build (measure the dist/ already built), --bundle path (another build of bundle.js), --top N (20),
// --faq N (1000), --rows N (10000), --runs N (3), --json (write bench/out/selector-stats.json too), --action (profile
// the action instead of the load: FAQ expand all, table re-sort; traced from just before it until the next frame).
// A profile, not a test: exit 0 whatever the figures; 1 when it cannot measure.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveStatic } from '../scripts/static-server.mjs';
import { launchBrowser, measureRun } from './measure.mjs';
import * as pages from './pages.mjs';
import { OUT, preparePages } from './prepare.mjs';
import { stats, textTable } from './report.mjs';
import { sourceIndex, locate } from './css-sources.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    bundle: { type: 'string' },
    top: { type: 'string', default: '20' },
    faq: { type: 'string', default: '1000' },
    rows: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    action: { type: 'boolean', default: false },
  },
});
const TOP = Number(opts.top);
const RUNS = Number(opts.runs);

await preparePages('selector-stats', { noBuild: opts['no-build'], bundle: opts.bundle });

const SCENARIOS = [
  {
    component: 'faq-accordion',
    size: Number(opts.faq),
    unit: 'items',
    variants: { static: pages.faqStaticPage, 'bare Lit': pages.faqBarePage, 'faq-accordion': pages.faqComponentPage },
  },
  {
    component: 'cooperation-table',
    size: Number(opts.rows),
    unit: 'rows',
    variants: {
      static: pages.tableStaticPage,
      'bare Lit': pages.tableBarePage,
      'cooperation-table': pages.tableComponentPage,
      'cooperation-table (container off)': (n) => withoutContainers(pages.tableComponentPage(n)),
    },
    profile: 'cooperation-table (container off)',
  },
];

const NO_CONTAINER = '* { container-type: normal !important; }';

/**
 * The page with every shadow root's adopted sheets followed by one rule that makes no element a size container:
 * Lit adopts its styles through `adoptedStyleSheets`, so the setter appends the rule. For profiling only.
 */
function withoutContainers(html) {
  const script = `<script>
(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('${NO_CONTAINER}');
  const proto = ShadowRoot.prototype;
  const own = Object.getOwnPropertyDescriptor(proto, 'adoptedStyleSheets') ? proto : Object.getPrototypeOf(proto);
  const { get, set } = Object.getOwnPropertyDescriptor(own, 'adoptedStyleSheets');
  Object.defineProperty(proto, 'adoptedStyleSheets', { configurable: true, get, set(value) { set.call(this, [...value, sheet]); } });
})();
</script>`;
  return html.replace('<script type="module"', `${script}\n<script type="module"`);
}

/** One traced load: the selector statistics of every style recalculation, summed per sheet and selector. */
async function tracedLoad(browser, url, action = false) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(240_000);
    const cdp = await page.createCDPSession();
    const sheets = new Map();
    cdp.on('CSS.styleSheetAdded', ({ header }) => sheets.set(header.styleSheetId, header));
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    await page.tracing.start({ categories: ['disabled-by-default-blink.debug', 'devtools.timeline'] });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const info = await page.evaluate(() => window.__benchDone);
    if (info.error) throw new Error(`${url}: ${info.error}`);
    if (action) {
      // As the benchmark times it: once the load's leftovers are done, from just before the action to the next frame.
      await page.evaluate(() => new Promise((resolve) => setTimeout(() => window.__afterFrame().then(resolve), 200)));
      // Only what follows this mark is summed (a `TimeStamp` event in the trace).
      await page.evaluate(() => console.timeStamp('bench-action'));
      await page.evaluate(() => window.__benchAction());
    }
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    const texts = new Map();
    for (const [id, header] of sheets) {
      if (header.origin !== 'regular' && header.origin !== 'inspector') continue;
      texts.set(id, (await cdp.send('CSS.getStyleSheetText', { styleSheetId: id }).catch(() => ({ text: '' }))).text);
    }
    return { ...summariseTrace(trace.traceEvents ?? trace, action), sheets, texts };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Sums `UpdateLayoutTree` (style recalculation) and the selector timings of every `SelectorStats` event; with
 * `action`, only of those after the `bench-action` mark.
 */
function summariseTrace(events, action = false) {
  // The page's renderer: the process that parsed the page (the trace also holds the browser's own WebUI renderers).
  const pid = events.find((e) => e.name === 'ParseHTML' && /^http/.test(e.args?.beginData?.url ?? ''))?.pid;
  const since = action ? (events.find((e) => e.pid === pid && e.name === 'TimeStamp' && e.args?.data?.message === 'bench-action')?.ts ?? Infinity) : -Infinity;
  let recalcMs = 0;
  let recalcCount = 0;
  let layoutMs = 0;
  const selectors = new Map();
  for (const event of events) {
    if (event.pid !== pid || event.ts < since) continue;
    if (event.name === 'UpdateLayoutTree' && event.ph === 'X') {
      recalcMs += (event.tdur ?? event.dur ?? 0) / 1000;
      recalcCount += 1;
    }
    if (event.name === 'Layout' && event.ph === 'X') layoutMs += (event.tdur ?? event.dur ?? 0) / 1000;
    const timings = event.name === 'SelectorStats' ? event.args?.selector_stats?.selector_timings : undefined;
    for (const t of timings ?? []) {
      const key = `${t.style_sheet_id}\n${t.selector}`;
      const row = selectors.get(key) ?? { sheet: t.style_sheet_id, selector: t.selector, elapsedUs: 0, attempts: 0, matches: 0, fastRejects: 0 };
      row.elapsedUs += t['elapsed (us)'] ?? 0;
      row.attempts += t.match_attempts ?? 0;
      row.matches += t.match_count ?? 0;
      row.fastRejects += t.fast_reject_count ?? 0;
      selectors.set(key, row);
    }
  }
  return { recalcMs, recalcCount, layoutMs, selectors: [...selectors.values()] };
}

const server = await serveStatic('.');
const browser = await launchBrowser();
const index = await sourceIndex('src');
const report = [];
let exitCode = 0;
try {
  for (const scenario of SCENARIOS) {
    console.log(`\n## ${scenario.component}, ${scenario.size} ${scenario.unit}${opts.action ? ": the action (expand all, re-sort)" : ""}`);
    const totals = [];
    let profile;
    for (const [variant, generate] of Object.entries(scenario.variants)) {
      const name = `selectors-${scenario.component}-${scenario.size}-${variant.replace(/\W+/g, '-')}`;
      await writeFile(`${OUT}/pages/${name}.html`, generate(scenario.size));
      const url = `${server.url}/${OUT}/pages/${name}.html`;
      const untraced = [];
      for (let run = 0; run < RUNS; run++) untraced.push((await measureRun(browser, url, { action: opts.action, timeout: 240_000 }))[opts.action ? 'action' : 'load']);
      const traced = await tracedLoad(browser, url, opts.action);
      const selectorMs = traced.selectors.reduce((sum, s) => sum + s.elapsedUs, 0) / 1000;
      const median = (key) => stats(untraced.map((load) => load[key])).median.toFixed(1);
      totals.push([variant, median('style'), median('layout'), traced.recalcMs.toFixed(1), String(traced.recalcCount), selectorMs.toFixed(1), traced.layoutMs.toFixed(1)]);
      if (variant === (scenario.profile ?? scenario.component)) profile = traced;
    }
    console.log(
      textTable(
        ['variant', `style ms (untraced CPU, median of ${RUNS})`, 'layout ms (same)', 'style ms (traced)', 'recalcs', 'selector matching ms', 'layout ms (traced)'],
        totals,
      ),
    );
    // The user-agent sheet, and the one rule this profile adds to switch containers off, are not the component's.
    const ours = (s) => s.sheet !== 'ua-style-sheet' && !(profile.texts.get(s.sheet) ?? '').includes(NO_CONTAINER);
    const ranked = profile.selectors.filter(ours).sort((a, b) => b.elapsedUs - a.elapsedUs);
    const selectorTotal = ranked.reduce((sum, s) => sum + s.elapsedUs, 0);
    const rows = ranked.slice(0, TOP).map((s, i) => {
      const where = locate(index, s.selector, profile.texts.get(s.sheet) ?? '');
      return [String(i + 1), (s.elapsedUs / 1000).toFixed(2), `${((s.elapsedUs / selectorTotal) * 100).toFixed(1)} %`, String(s.attempts), String(s.matches), String(s.fastRejects), s.selector, where, s.sheet];
    });
    console.log(`\nCostliest selectors of ${scenario.profile ?? scenario.component} (the component's and the page's sheets; user-agent sheet left out), by elapsed time:`);
    console.log(textTable(['#', 'elapsed ms', 'share', 'match attempts', 'matches', 'fast rejects', 'selector', 'source', 'sheet'], rows));
    const rest = profile.selectors.filter((s) => !ours(s)).reduce((sum, s) => sum + s.elapsedUs, 0) / 1000;
    console.log(`(selector matching in the component's and page's sheets: ${(selectorTotal / 1000).toFixed(1)} ms; in the user-agent sheet${scenario.profile ? ' and the profile\'s own rule' : ''}: ${rest.toFixed(1)} ms)`);
    report.push({ component: scenario.component, size: scenario.size, totals, top: rows });
  }
  if (opts.json) {
    await writeFile(`${OUT}/selector-stats.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${OUT}/selector-stats.json`);
  }
} catch (error) {
  console.error(`selector-stats: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
process.exit(exitCode);
