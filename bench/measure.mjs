// Drives Chromium through puppeteer-core and reads the DevTools protocol's Performance metrics.
// One run = a fresh browser context (cold HTTP and code caches, its own renderer) and a fresh page:
//   load:   metrics before navigation and once the page's content has rendered and painted a frame;
//   action: after the page settles, metrics around the page's `__benchAction()` (expand all, re-sort).
// CPU figures use the `threadTicks` time domain: CPU time of the renderer's main thread, not wall time, so
// other work on the machine inflates them far less. Wall times come from `performance.now()` in the page.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from '../scripts/find-chrome.mjs';

const VIEWPORT = { width: 1280, height: 800 };

/** Launches Debian's (or the found) Chromium headless with the project's flags. */
export async function launchBrowser() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS, defaultViewport: VIEWPORT });
}

const PICK = {
  cpu: 'TaskDuration',
  script: 'ScriptDuration',
  layout: 'LayoutDuration',
  style: 'RecalcStyleDuration',
};

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Milliseconds of each CPU metric between two snapshots. */
function cpuDelta(before, after) {
  return Object.fromEntries(Object.entries(PICK).map(([key, name]) => [key, ((after[name] ?? 0) - (before[name] ?? 0)) * 1000]));
}

/**
 * Loads `url` once in a fresh context and, when `action` is set, runs the page's action.
 * @returns {Promise<{ load: object, action?: object, check?: object, info: object, errors: string[] }>}
 */
export async function measureRun(browser, url, { action = true, timeout = 120_000 } = {}) {
  const context = await browser.createBrowserContext();
  const errors = [];
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
    });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

    const m0 = await metrics(cdp);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    const info = await withTimeout(page.evaluate(() => window.__benchDone), timeout, `${url}: never signalled ready`);
    const m1 = await metrics(cdp);
    if (info.error) throw new Error(`${url}: ${info.error}`);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await metrics(cdp)).JSHeapUsedSize;
    const load = { ...cpuDelta(m0, m1), wall: info.wall, heap, nodes: m1.Nodes };

    if (!action) return { load, info, errors };
    // Let the load's leftovers (idle tasks, observers) finish before timing the interaction.
    await page.evaluate(() => new Promise((resolve) => setTimeout(() => window.__afterFrame().then(resolve), 200)));
    const m2 = await metrics(cdp);
    const wall = await page.evaluate(() => window.__benchAction());
    const m3 = await metrics(cdp);
    const check = await page.evaluate(() => window.__benchCheck());
    return { load, action: { ...cpuDelta(m2, m3), wall }, check, info, errors };
  } finally {
    await context.close().catch(() => {});
  }
}

/** Loads the probe page and returns what it reports (the tags the bundle registers). */
export async function probe(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return await withTimeout(page.evaluate(() => window.__benchDone), 30_000, 'probe page never signalled ready');
  } finally {
    await context.close().catch(() => {});
  }
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms))),
  ]);
}
