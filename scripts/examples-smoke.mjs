#!/usr/bin/env node
// `npm run test:examples` (after `npm run build`): opens examples/plain-html/index.html, which loads the built
// dist/bundle.js with no build step, in Chromium, and checks that every component rendered from its inline JSON
// (and the one loaded by `src`), with no error and no axe-core violation. Prints `examples: N passed, N failed`.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';
import { checkPage, plainHtmlExpectations } from './page-check.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync('dist/bundle.js')) {
  console.error('examples: dist/bundle.js is missing: run `npm run build` first');
  process.exit(1);
}

const pages = [{ path: '/examples/plain-html/index.html', expected: await plainHtmlExpectations() }];
const server = await serveStatic('.');
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
let passed = 0;
let failed = 0;
try {
  for (const { path, expected } of pages) {
    const problems = await checkPage(browser, `${server.url}${path}`, expected);
    if (problems.length === 0) {
      passed += 1;
      console.log(`  ok   ${path}`);
    } else {
      failed += 1;
      console.log(`  FAIL ${path}\n${problems.map((p) => `       ${p}`).join('\n')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
