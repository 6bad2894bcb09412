#!/usr/bin/env node
// `npm run bench -- --cpu` (or `node bench/cpu-profile.mjs`): where the main thread's time goes when a page loads,
// for the component next to the bare Lit element (bench/bare-lit.mjs) rendering the same DOM. This is the profile
// behind the benchmark's notes on what is left of each load target. Loads the benchmark's pages (FAQ, table) in
// headless Chromium, traced with the V8 sampling profiler (`disabled-by-default-v8.cpu_profiler`), and prints per page:
//   - the renderer main thread's time by kind of work, from the trace's events (self time, nested events taken out):
//     script, style, layout, paint and compositing, HTML parsing, garbage collection, other;
//   - the script time split by where it runs, from the profiler's samples mapped through each bundle's source map:
//     Lit (lit-html, reactive-element, lit-element, context, hydration support), rich text, content intake and
//     validation, the component's own code (its folder and src/internal), DOM calls (natives called from script:
//     insertBefore, importNode, createComment...), other built-ins and script compilation.
// Tracing and sampling inflate every figure (compare the totals with the benchmark's untraced CPU column): read the
// figures as shares and as differences between the two variants measured the same way, not as absolute costs. A
// forced (synchronous) style or layout read from script is inflated most, and its time shows as the script's: the
// table's first `getComputedStyle` measured +20% of the load here, and under 2% untraced. The benchmark judges.
// Options: --no-build (use the dist/ already built), --bundle path (another build of bundle.js), --faq N[,N] (100,1000),
// --rows N[,N] (1000), --runs N (3: the medians of N loads), --top N (12: the costliest functions listed per page).
// A profile, not a test: exit 0 whatever the figures; 1 when it cannot measure.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SourceMapConsumer } from 'source-map-js';
import { serveStatic } from '../scripts/static-server.mjs';
import { launchBrowser } from './measure.mjs';
import * as pages from './pages.mjs';
import { OUT, preparePages, sizeList } from './prepare.mjs';
import { stats, textTable } from './report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    bundle: { type: 'string' },
    faq: { type: 'string', default: '100,1000' },
    rows: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    top: { type: 'string', default: '12' },
  },
});
const RUNS = Number(opts.runs);
const TOP = Number(opts.top);

function fail(message) {
  console.error(`cpu-profile: ${message}`);
  process.exit(1);
}
if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs ${opts.runs}: expected a whole number of at least 1`);

await preparePages('cpu-profile', { noBuild: opts['no-build'], bundle: opts.bundle, sourcemaps: true });

/** Source maps of the two scripts the pages load, by file name. */
const maps = {
  'bundle.js': new SourceMapConsumer(JSON.parse(readFileSync(`${OUT}/bundle.js.map`, 'utf8'))),
  'bare.js': new SourceMapConsumer(JSON.parse(readFileSync(`${OUT}/bare.js.map`, 'utf8'))),
};

/** Kinds of main-thread work, by trace event name (self time: the time of events nested in it is taken out). */
const KIND = {
  style: ['UpdateLayoutTree', 'RecalcStyle', 'Document::recalcStyle', 'Document::rebuildLayoutTree', 'ParseAuthorStyleSheet', 'CSSParserImpl::parseStyleSheet.parse'],
  layout: ['Layout', 'LocalFrameView::performLayout', 'InlineNode::ShapeTextIncludingFirstLine', 'UpdateLayerTree'],
  'paint, compositing': ['Paint', 'PrePaint', 'Blink.PrePaint.UpdateTime', 'Blink.CompositingInputs.UpdateTime', 'Layerize', 'Commit', 'Blink.Paint.UpdateTime', 'CompositeLayers', 'UpdateLayer'],
  'HTML parsing': ['ParseHTML', 'HTMLDocumentParser::PumpTokenizer', 'HTMLPreloadScanner::scan', 'TextResourceDecoder::Decode', 'DecodedDataDocumentParser::AppendBytes'],
  'garbage collection': [/^V8\.GC/, 'MajorGC', 'MinorGC', 'BlinkGC.AtomicPhase', /^BlinkGC/, /^CppGC/],
  script: ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.callFunction', 'v8.run', 'RunMicrotasks', 'v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.parseOnBackground', /^V8\./, /^v8\./, 'CustomElementRegistry::define', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'ResizeObserver::BroadcastObservations'],
};
const kindOf = (name) => Object.entries(KIND).find(([, names]) => names.some((n) => (typeof n === 'string' ? n === name : n.test(name))))?.[0] ?? 'other';

const DOM_CALLS = new Set(['insertBefore', 'importNode', 'createTextNode', 'createComment', 'createElement', 'appendChild', 'append', 'cloneNode', 'setAttribute', 'removeAttribute', 'toggleAttribute', 'createTreeWalker', 'nextNode', 'replaceSync', 'attachShadow', 'dispatchEvent', 'getComputedStyle', 'querySelector', 'querySelectorAll', 'closest', 'matches', 'addEventListener', 'removeChild', 'remove', 'replaceWith', 'set data', 'set textContent', 'get isConnected']);

/** Where a sampled frame runs: a group for the script breakdown. */
function groupOf(frame) {
  const file = (frame.url || '').split('/').pop();
  const map = maps[file];
  if (!map) {
    if (frame.functionName === '(garbage collector)') return 'garbage collection (sampled)';
    if (frame.url) return 'page scripts (harness)';
    if (DOM_CALLS.has(frame.functionName)) return 'DOM calls';
    return 'built-ins, compilation';
  }
  const source = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber }).source ?? '';
  if (/node_modules\/(lit-html|lit-element|lit|@lit\/reactive-element|@lit\/context|@lit-labs\/ssr-client)\//.test(source)) return 'Lit';
  if (source.includes('src/internal/rich-text/')) return 'rich text';
  if (source.includes('src/internal/content/') || /\.content\.ts$/.test(source)) return 'content intake, validation';
  if (source.includes('bench/bare-lit')) return "the bare element's code";
  if (source.includes('src/')) return "component's own code";
  return 'other bundled code';
}

/** One traced load: self time per kind of work, script samples per group and per function. */
async function tracedLoad(browser, url, pageName) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(240_000);
    await page.tracing.start({ categories: ['devtools.timeline', 'v8.execute', 'toplevel', 'disabled-by-default-v8.cpu_profiler'] });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const info = await page.evaluate(() => window.__benchDone);
    if (info.error) throw new Error(`${url}: ${info.error}`);
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    // The page's renderer main thread: where its HTML was parsed (the trace also holds the browser's own renderers).
    const parse = events.find((e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes(pageName));
    if (!parse) throw new Error(`${url}: no ParseHTML event for the page in the trace`);
    const onMain = (e) => e.pid === parse.pid && e.tid === parse.tid;

    const complete = events.filter((e) => onMain(e) && e.ph === 'X' && e.dur != null).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const kinds = {};
    const stack = [];
    for (const e of complete) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      e.self = e.dur;
      if (stack.length) stack.at(-1).self -= e.dur;
      stack.push(e);
    }
    for (const e of complete) kinds[kindOf(e.name)] = (kinds[kindOf(e.name)] ?? 0) + e.self / 1000;

    const nodes = new Map();
    const groups = {};
    const functions = new Map();
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === parse.pid)) {
      const profile = chunk.args?.data?.cpuProfile ?? {};
      for (const node of profile.nodes ?? []) nodes.set(node.id, node);
      const deltas = chunk.args.data.timeDeltas ?? [];
      (profile.samples ?? []).forEach((id, i) => {
        const frame = nodes.get(id)?.callFrame;
        if (!frame || ['(program)', '(idle)', '(root)'].includes(frame.functionName)) return;
        const ms = Math.max(0, deltas[i] ?? 0) / 1000;
        const group = groupOf(frame);
        groups[group] = (groups[group] ?? 0) + ms;
        const key = `${frame.functionName || '(anonymous)'} [${group}]`;
        functions.set(key, (functions.get(key) ?? 0) + ms);
      });
    }
    return { kinds, groups, functions };
  } finally {
    await context.close().catch(() => {});
  }
}

const SCENARIOS = [
  ...sizeList(opts.faq).map((n) => ({ family: 'faq', size: n, unit: 'items', variants: { 'bare Lit': pages.faqBarePage, 'faq-accordion': pages.faqComponentPage } })),
  ...sizeList(opts.rows).map((n) => ({ family: 'table', size: n, unit: 'rows', variants: { 'bare Lit': pages.tableBarePage, 'cooperation-table': pages.tableComponentPage } })),
];

const median = (values) => stats(values)?.median ?? 0;
const fmt = (ms) => ms.toFixed(1);
const server = await serveStatic('.');
const browser = await launchBrowser();
const report = [];
let exitCode = 0;
try {
  for (const scenario of SCENARIOS) {
    console.log(`\n## ${scenario.family === 'faq' ? 'faq-accordion' : 'cooperation-table'}, ${scenario.size} ${scenario.unit}: load (median of ${RUNS} traced loads, ms)`);
    const measured = {};
    for (const [variant, generate] of Object.entries(scenario.variants)) {
      const name = `cpu-${scenario.family}-${scenario.size}-${variant.replace(/\W+/g, '-')}`;
      await writeFile(`${OUT}/pages/${name}.html`, generate(scenario.size));
      const loads = [];
      for (let run = 0; run < RUNS; run++) loads.push(await tracedLoad(browser, `${server.url}/${OUT}/pages/${name}.html`, name));
      measured[variant] = loads;
    }
    const [bare, component] = Object.keys(scenario.variants);
    const row = (label, pick) => {
      const a = median(measured[bare].map(pick));
      const b = median(measured[component].map(pick));
      return [label, fmt(a), fmt(b), `${b - a >= 0 ? '+' : ''}${fmt(b - a)}`];
    };
    const kindNames = ['script', 'style', 'layout', 'paint, compositing', 'HTML parsing', 'garbage collection', 'other'];
    const kindRows = [row('main thread, all', (l) => Object.values(l.kinds).reduce((s, v) => s + v, 0)), ...kindNames.map((k) => row(`  ${k}`, (l) => l.kinds[k] ?? 0))];
    console.log(textTable(['work', bare, component, 'difference'], kindRows));
    const groupNames = [...new Set(Object.values(measured).flat().flatMap((l) => Object.keys(l.groups)))];
    const groupRows = groupNames
      .map((g) => row(g, (l) => l.groups[g] ?? 0))
      .sort((a, b) => Number(b[2]) - Number(a[2]));
    console.log(`\nscript samples by where they run (ms of samples, median):`);
    console.log(textTable(['where', bare, component, 'difference'], groupRows));
    const functionTotals = new Map();
    for (const load of measured[component]) for (const [key, ms] of load.functions) functionTotals.set(key, (functionTotals.get(key) ?? 0) + ms / RUNS);
    const top = [...functionTotals].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    console.log(`\ncostliest functions of ${component} (self time of samples, mean of ${RUNS}):`);
    console.log(textTable(['ms', 'function [where]'], top.map(([key, ms]) => [fmt(ms), key])));
    report.push({ scenario: `${scenario.family}-${scenario.size}`, kinds: kindRows, groups: groupRows, top });
  }
  await writeFile(`${OUT}/cpu-profile.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${OUT}/cpu-profile.json`);
} catch (error) {
  console.error(`cpu-profile: ${error?.stack ?? error}`);
  exitCode = 1;
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
process.exit(exitCode);
