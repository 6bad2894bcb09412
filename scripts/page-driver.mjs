// Opens pages in any of the three engines for the smoke tests (plain-HTML example, consumer test), behind one small
// interface: `const browser = await launchEngine('firefox'); const page = await browser.open(url);
// await page.evaluate(fn, ...args); await page.close(); await browser.close()`.
//   chromium, firefox: puppeteer-core (Firefox over WebDriver BiDi)
//   webkit:            WebKitWebDriver + MiniBrowser under Xvfb, through webdriverio (as the test runner does)
// What a page reports (errors, unhandled rejections, console.error, explainer-error events) is collected by the probe
// script that serveStatic({ probe: true }) puts first in every HTML page, the same way in every engine.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROME_ARGS } from './find-chrome.mjs';
import { ENGINE_HINTS, findEngines } from './engines.mjs';
import { startWebKitDriver, webkitCapabilities } from './webkit-driver.mjs';

/** The engines installed here, in order; `required` (CI) makes a missing one an error. */
export function availableEngines({ required = false } = {}) {
  const found = findEngines();
  const engines = [];
  for (const engine of ['chromium', 'firefox', 'webkit']) {
    const ok = engine === 'webkit' ? found.webkit && found.xvfb : found[engine];
    if (ok) engines.push(engine);
    else if (required) throw new Error(`${engine} is not installed: ${ENGINE_HINTS[engine]}`);
    else console.log(`(${engine} not installed, not checked: ${ENGINE_HINTS[engine]})`);
  }
  return engines;
}

async function launchPuppeteer(engine) {
  const found = findEngines();
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? { browser: 'firefox', executablePath: found.firefox, headless: true }
      : { executablePath: found.chromium, headless: true, args: CHROME_ARGS },
  );
  return {
    engine,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return {
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchWebKit() {
  const driver = await startWebKitDriver();
  let session;
  try {
    session = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'error',
      capabilities: webkitCapabilities(driver.browser),
    });
  } catch (error) {
    await driver.stop();
    throw error;
  }
  return {
    engine: 'webkit',
    async open(url) {
      await session.url(url);
      return {
        // WebDriver passes a function's source and its JSON arguments, like puppeteer; promises are awaited.
        evaluate: (fn, ...args) => session.execute(fn, ...args),
        close: () => session.url('about:blank'),
      };
    },
    async close() {
      await session.deleteSession().catch(() => {});
      await driver.stop();
    },
  };
}

/** Launches one engine. */
export function launchEngine(engine) {
  return engine === 'webkit' ? launchWebKit() : launchPuppeteer(engine);
}

/**
 * The probe served at /__probe__.js and loaded first by every HTML page when serveStatic runs with `probe: true`:
 * it records page errors, unhandled rejections, console.error calls and `explainer-error` events.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = (window.__explainerProbe = { errors: [], explainerErrors: [] });
  addEventListener('error', (e) => probe.errors.push('page error: ' + (e.message || (e.target && e.target.src) || 'resource failed')), true);
  addEventListener('unhandledrejection', (e) => probe.errors.push('unhandled rejection: ' + String(e.reason)));
  const error = console.error.bind(console);
  console.error = (...args) => { probe.errors.push('console error: ' + args.map(String).join(' ')); error(...args); };
  // The package's own warnings (such as server markup rendered again instead of hydrated) count too.
  const warn = console.warn.bind(console);
  console.warn = (...args) => { if (String(args[0]).startsWith('explainer-elements:')) probe.errors.push('console warning: ' + args.map(String).join(' ')); warn(...args); };
  document.addEventListener('explainer-error', (e) => probe.explainerErrors.push(e.detail));
})();`;
