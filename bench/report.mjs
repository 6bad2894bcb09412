// Statistics, targets, the console tables and bench/RESULTS.md.

/** The scenarios reported: which runs, which phase, the baseline, the target for our component. */
export const SCENARIOS = [
  { id: 'faq-load', title: 'FAQ: load', family: 'faq', phase: 'load', component: 'faq-accordion', limit: 1.0, unit: 'items' },
  { id: 'faq-expand', title: 'FAQ: expand all', family: 'faq', phase: 'action', component: 'faq-accordion', limit: 1.0, unit: 'items' },
  { id: 'table-load', title: 'Table: load', family: 'table', phase: 'load', component: 'cooperation-table', limit: 1.2, unit: 'rows' },
  { id: 'table-sort', title: 'Table: re-sort', family: 'table', phase: 'action', component: 'cooperation-table', limit: 1.0, unit: 'rows' },
];

export const BUNDLE_LIMIT = 16 * 1024;

const LABELS = {
  'faq:static': 'static HTML (+ plain JS show-all)',
  'table:static': 'static HTML (+ plain JS row moves)',
  'faq:faq-accordion': 'faq-accordion',
  'faq:shoelace': 'Shoelace sl-details (peer)',
  'table:cooperation-table': 'cooperation-table',
};
export const variantLabel = (family, variant) => LABELS[`${family}:${variant}`] ?? variant;

/** Median, min and max of numbers (undefined when there are none). */
export function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = v.length >> 1;
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v[v.length - 1], n: v.length };
}

/** Summarises the raw runs of one scenario: a row per size and variant. */
export function summarise(scenario, groups) {
  const rows = [];
  for (const group of groups.filter((g) => g.family === scenario.family)) {
    const ok = group.runs.filter((r) => !r.error && r[scenario.phase]);
    const pick = (key) => stats(ok.map((r) => r[scenario.phase][key]));
    rows.push({
      size: group.size,
      variant: group.variant,
      label: variantLabel(group.family, group.variant),
      cpu: pick('cpu'),
      script: pick('script'),
      layout: pick('layout'),
      style: pick('style'),
      wall: pick('wall'),
      heap: scenario.phase === 'load' ? pick('heap') : undefined,
      nodes: scenario.phase === 'load' ? pick('nodes') : undefined,
      failed: group.runs.length - ok.length,
      skipped: group.skipped,
      checks: [...new Set(group.runs.map((r) => r.check && !r.check.ok && r.check.note).filter(Boolean))],
    });
  }
  for (const row of rows) {
    const base = rows.find((r) => r.size === row.size && r.variant === 'static');
    row.cpuRatio = base?.cpu && row.cpu ? row.cpu.median / base.cpu.median : undefined;
    row.wallRatio = base?.wall && row.wall ? row.wall.median / base.wall.median : undefined;
    if (row.variant === scenario.component) {
      row.limit = scenario.limit;
      // A component that did not do the work (check failed) misses; one that was not measured is not counted.
      if (row.checks.length > 0) row.met = false;
      else if (row.skipped || row.cpuRatio === undefined) row.met = null;
      else row.met = row.cpuRatio <= scenario.limit;
    }
  }
  return rows;
}

/** Every target with its figure: one per scenario and size, and the bundle's size. */
export function targets(summaries, sizes, skipNote) {
  const list = [];
  for (const { scenario, rows } of summaries) {
    for (const row of rows.filter((r) => r.limit !== undefined)) {
      list.push({
        name: `${scenario.title}, ${row.size} ${scenario.unit}`,
        figure: row.cpuRatio === undefined ? (row.skipped ? skipNote : 'not measured') : `${fx(row.cpuRatio)} (CPU)`,
        limit: `≤ ${row.limit.toFixed(1)}x`,
        met: row.met,
      });
    }
  }
  const bundle = sizes?.find((s) => s.name === 'dist/bundle.js');
  if (bundle) {
    list.push({ name: 'dist/bundle.js, gzip', figure: kb(bundle.gzip), limit: `≤ ${kb(BUNDLE_LIMIT)}`, met: bundle.gzip <= BUNDLE_LIMIT });
  }
  return list;
}

export const fx = (r) => (r === undefined ? '—' : `${r.toFixed(2)}x`);
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (s) => (s ? s.median.toFixed(1) : '—');
const range = (s) => (s ? `${s.min.toFixed(1)}–${s.max.toFixed(1)}` : '—');
const mb = (s) => (s ? `${(s.median / 1048576).toFixed(2)} MB` : '—');
const status = (met) => (met === true ? 'met' : met === false ? 'NOT MET' : met === null ? 'not measured' : '');

function rowCells(row) {
  if (row.skipped) return [String(row.size), row.label, row.skipped, '', '', '', '', '', '', '', '', ''];
  return [
    String(row.size),
    row.label,
    ms(row.cpu),
    range(row.cpu),
    fx(row.cpuRatio),
    ms(row.wall),
    range(row.wall),
    fx(row.wallRatio),
    mb(row.heap),
    row.nodes ? String(Math.round(row.nodes.median)) : '—',
    row.limit === undefined ? '' : `≤ ${row.limit.toFixed(1)}x`,
    status(row.met) + (row.failed ? ` (${row.failed} failed)` : '') + (row.checks.length ? ` (check: ${row.checks.join('; ')})` : ''),
  ];
}

const HEAD = ['N', 'variant', 'CPU ms (median)', 'CPU min–max', 'CPU × static', 'wall ms (median)', 'wall min–max', 'wall × static', 'JS heap', 'DOM nodes', 'target', 'status'];

/** A plain-text table for the console. */
export function textTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function mdTable(head, rows) {
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

const SIZE_HEAD = ['file', 'minified', 'gzip', 'brotli', 'what'];
const sizeCells = (s) => [s.name, kb(s.raw), kb(s.gzip), kb(s.brotli), s.note];
const TARGET_HEAD = ['target', 'figure', 'limit', 'status'];
const targetCells = (t) => [t.name, t.figure, t.limit, status(t.met)];

export function tally(list) {
  const met = list.filter((t) => t.met === true).length;
  const unmeasured = list.filter((t) => t.met === null).length;
  return `targets met: ${met} of ${list.length}${unmeasured ? ` (${unmeasured} not measured)` : ''}`;
}

/** Prints one scenario's table. */
export function printScenario(scenario, rows, runs) {
  console.log(`\n## ${scenario.title} — main-thread CPU (DevTools Performance, thread time) and wall time; median of ${runs} run(s)`);
  if (rows.length === 0) return console.log('(no runs)');
  console.log(textTable(HEAD, rows.map(rowCells)));
}

export function printSizes(sizes) {
  console.log('\n## Sizes');
  console.log(textTable(SIZE_HEAD, sizes.map(sizeCells)));
}

const BREAKDOWN_HEAD = ['module (or package)', 'minified alone', 'share'];
const breakdownCells = (b) => [b.name, `${b.bytes} B`, `${(b.share * 100).toFixed(1)} %`];
const TOP = 12;

export function printBreakdown(breakdown) {
  if (!breakdown.length) return;
  console.log(`\n## What dist/bundle.js is made of (largest ${TOP}; each module minified alone)`);
  console.log(textTable(BREAKDOWN_HEAD, breakdown.slice(0, TOP).map(breakdownCells)));
}

export function printTargets(list) {
  console.log('\n## Targets');
  console.log(textTable(TARGET_HEAD, list.map(targetCells)));
  console.log(`\n${tally(list)}`);
}

/** The Markdown report. */
export function markdown({ machine, command, options, summaries, sizes, breakdown, targetList, notes }) {
  const out = [
    '# Benchmark results',
    '',
    `Written by \`${command}\` on ${machine.date}. Re-run it to refresh this file (\`npm run bench -- --quick\` only prints).`,
    '',
    '## Machine',
    '',
    mdTable(['', ''], [
      ['CPU', `${machine.cpu} (${machine.cores} cores)`],
      ['memory', `${machine.memoryGB} GB`],
      ['OS', machine.os],
      ['browser', `${machine.browser} (headless, puppeteer-core ${machine.puppeteer})`],
      ['Node', machine.node],
      ['load average at start', machine.loadavg],
    ]),
    '',
    '## Method',
    '',
    `- Every figure is the median of ${options.runs} fresh page loads (new browser context each: cold HTTP and code caches), with min and max; variants and sizes are interleaved within each round.`,
    '- **CPU** is the renderer main thread\'s `TaskDuration` from the DevTools protocol (`Performance.getMetrics`, `threadTicks` time domain: CPU time, not wall time), from before navigation until the content has rendered and the next frame is painted. **Wall** is `performance.now()` at that moment (from navigation start). **JS heap** is `JSHeapUsedSize` after a forced GC once loaded; **DOM nodes** is the `Nodes` metric (live nodes, shadow trees and Lit\'s comment markers included).',
    '- Ratios divide medians measured in the same run. Static HTML is the same content, markup and comparable CSS with no framework; its expand-all and sort are plain JavaScript setting attributes and re-appending `<tr>` nodes.',
    '- Component pages load `dist/bundle.js` (one `<script type="module">`; a copy taken when the run starts) with the content as inline JSON; ready = `explainer-load` + next frame. Static pages: `DOMContentLoaded` + next frame.',
    '- Expand all = clicking the component\'s "Show all" button vs. a static "Show all" button; re-sort = setting `sort="area:desc"` on an unsorted table vs. plain JS sorting the rows. Timed until the next frame is painted.',
    '- Targets are judged on the CPU ratios. Wall times also count waiting for a core, so they swing with other work on the machine (see the load average above); they are given for context.',
    '- Page generators and harness: `bench/pages.mjs`; measurement: `bench/measure.mjs`; raw runs: `bench/out/results.json`.',
    '',
    '## Targets',
    '',
    mdTable(TARGET_HEAD, targetList.map(targetCells)),
    '',
    `**${tally(targetList)}**`,
    '',
  ];
  for (const { scenario, rows } of summaries) {
    out.push(`## ${scenario.title}`, '', rows.length ? mdTable(HEAD, rows.map(rowCells)) : '(no runs)', '');
  }
  out.push('## Sizes', '', 'gzip level 9 and brotli quality 11 (node:zlib); 1 KB = 1,024 bytes.', '', mdTable(SIZE_HEAD, sizes.map(sizeCells)), '');
  if (breakdown.length) {
    out.push(`### What dist/bundle.js is made of (largest ${TOP} of ${breakdown.length}; each module minified alone, Lit grouped by package)`, '');
    out.push(mdTable(BREAKDOWN_HEAD, breakdown.slice(0, TOP).map(breakdownCells)), '');
  }
  if (notes.length) out.push('## Notes', '', ...notes.map((n) => `- ${n}`), '');
  return out.join('\n');
}
