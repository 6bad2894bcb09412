// The three browser engines the suite runs in, and how to find each on this machine.
//   chromium: Chrome or Chromium (CHROME_PATH, then the usual install paths), through @web/test-runner-chrome.
//   firefox:  Firefox (FIREFOX_PATH, then Debian's firefox-esr), through @web/test-runner-chrome's puppeteer-core
//             launcher speaking WebDriver BiDi (`browser: 'firefox'`): no browser download, no full puppeteer.
//   webkit:   WebKitGTK's WebDriver server (WEBKIT_WEBDRIVER, then `WebKitWebDriver` on PATH) driving MiniBrowser,
//             through @web/test-runner-webdriver; it needs an X display (Xvfb, started by scripts/test.mjs).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** `name` on PATH, or undefined. */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function firstExisting(paths) {
  return paths.find((path) => path && existsSync(path));
}

export function findFirefox() {
  return firstExisting([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
}

/** MiniBrowser of WebKitGTK (Debian's webkit2gtk-driver installs it beside the driver). */
export function findMiniBrowser() {
  return firstExisting([
    process.env.WEBKIT_BROWSER,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  ]);
}

export function findWebKitDriver() {
  const driver = firstExisting([process.env.WEBKIT_WEBDRIVER]) ?? onPath('WebKitWebDriver');
  const browser = findMiniBrowser();
  return driver && browser ? { driver, browser } : undefined;
}

/** What each engine needs, found or not: `{ chromium: path?, firefox: path?, webkit: { driver, browser }?, xvfb: path? }`. */
export function findEngines() {
  return {
    chromium: findChrome(),
    firefox: findFirefox(),
    webkit: findWebKitDriver(),
    xvfb: onPath('Xvfb'),
  };
}

/** One line per missing engine: how to install it. */
export const ENGINE_HINTS = {
  chromium: 'sudo apt-get install -y chromium (or set CHROME_PATH)',
  firefox: 'sudo apt-get install -y firefox-esr (or set FIREFOX_PATH)',
  webkit: 'sudo apt-get install -y webkit2gtk-driver xvfb (or set WEBKIT_WEBDRIVER and WEBKIT_BROWSER)',
};
