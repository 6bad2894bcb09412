#!/usr/bin/env node
// `npm run test:examples` (after `npm run build`): opens examples/plain-html/index.html, which loads the built
// dist/bundle.js with no build step, in every engine installed (Chromium, Firefox, WebKit; all three required when
// REQUIRE_ENGINES=1, as in CI), and checks that every component rendered from its inline JSON (and the one loaded by
// `src`), with no error and no axe-core violation. It also builds the server-rendered example (`npm run example:ssr`,
// with the built dist/ssr.js) and checks that bundle.js hydrates every component of it (not rendered again), with
// no error or warning and no axe-core violation; and the same checks through the built (minified) dist/autoloader.js
// and dist/cdn/ chunks: examples/plain-html/autoloader.html, and the server-rendered example loading the autoloader
// instead of bundle.js (hydrated, not rendered again). Prints `examples: N passed, N failed`.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';
import { checkPage, plainHtmlExpectations } from './page-check.mjs';
import { availableEngines, launchEngine } from './page-driver.mjs';

if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync('dist/bundle.js') || !existsSync('dist/autoloader.js')) {
  console.error('examples: dist/bundle.js or dist/autoloader.js is missing: run `npm run build` first');
  process.exit(1);
}

const title = async (name) => JSON.parse(await readFile(`examples/content/asean-germany/${name}.json`, 'utf8')).title;
// The server-rendered example, built now from the example content with the Node API (dist/ssr.js), and the same page
// loading the autoloader instead of bundle.js (it must load hydration support first, and hydrate as the bundle does).
await import('../examples/ssr/build.mjs');
const ssrPage = await readFile('examples/ssr/out/index.html', 'utf8');
const ssrAutoloaded = ssrPage.replace('src="../../../dist/bundle.js"', 'src="../../../dist/autoloader.js"');
if (ssrAutoloaded === ssrPage) throw new Error('examples: examples/ssr/out/index.html no longer loads ../../../dist/bundle.js');
await writeFile('examples/ssr/out/autoloader.html', ssrAutoloaded);
const pages = [
  { path: '/examples/plain-html/index.html', expected: await plainHtmlExpectations() },
  // The same sections, in the same order.
  { path: '/examples/ssr/out/index.html', expected: await plainHtmlExpectations(), serverRendered: true },
  { path: '/examples/ssr/out/autoloader.html', expected: await plainHtmlExpectations(), serverRendered: true },
  {
    path: '/examples/plain-html/autoloader.html',
    expected: [
      { tag: 'cooperation-table', title: await title('cooperation-table') },
      { tag: 'faq-accordion', title: await title('faq-accordion') },
    ],
  },
];
const server = await serveStatic('.', { probe: true });
let passed = 0;
let failed = 0;
try {
  for (const engine of availableEngines({ required: process.env.REQUIRE_ENGINES === '1' })) {
    let browser;
    try {
      browser = await launchEngine(engine);
      for (const { path, expected, serverRendered } of pages) {
        const problems = await checkPage(browser, `${server.url}${path}`, expected, { serverRendered });
        if (problems.length === 0) {
          passed += 1;
          console.log(`  ok   ${engine}: ${path}`);
        } else {
          failed += 1;
          console.log(`  FAIL ${engine}: ${path}\n${problems.map((p) => `       ${p}`).join('\n')}`);
        }
      }
    } catch (error) {
      failed += 1;
      console.log(`  FAIL ${engine}: ${error instanceof Error ? error.message : error}`);
    } finally {
      await browser?.close();
    }
  }
} catch (error) {
  failed += 1;
  console.log(`  FAIL ${error instanceof Error ? error.message : error}`);
} finally {
  await server.close();
}
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
