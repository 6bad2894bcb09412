#!/usr/bin/env node
// Storybook smoke test: opens every story of the static build (storybook-static/) in Chromium and fails on any
// page error, console error or axe-core violation. Stories whose id contains "error" may log failed loads
// (they fetch missing files on purpose). Prints `N passed, N failed` last.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const server = await serveStatic('storybook-static');
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
let passed = 0;
let failed = 0;

async function check(story) {
  const page = await browser.newPage();
  const problems = [];
  const mayFailLoads = /error/i.test(story.id);
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (mayFailLoads && /Failed to load resource/.test(msg.text())) return;
    problems.push(`console error: ${msg.text()}`);
  });
  await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0', timeout: 60000 });
  await page.waitForSelector('#storybook-root *, #storybook-docs *', { timeout: 10000 }).catch(() => problems.push('nothing rendered'));
  // Let components finish fetching and rendering.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 150)));
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('#storybook-root'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  problems.push(...violations.map((v) => `axe: ${v}`));
  const rendered = await page.evaluate(() => {
    const root = document.querySelector('#storybook-root');
    return [...(root?.querySelectorAll('*') ?? [])].some((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
  });
  if (!rendered) problems.push('no component rendered any content');
  await page.close();
  return problems;
}

// A few pages at a time: each story loads in a fresh page, and most of the time is spent waiting.
const CONCURRENCY = Number(process.env.SMOKE_CONCURRENCY ?? 3);
try {
  const queue = [...stories];
  const results = new Map();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let story = queue.shift(); story; story = queue.shift()) {
        results.set(story.id, await check(story).catch((error) => [`could not be checked: ${error.message}`]));
      }
    }),
  );
  for (const story of stories) {
    const problems = results.get(story.id);
    if (problems.length === 0) {
      passed += 1;
      console.log(`  ok   ${story.id}`);
    } else {
      failed += 1;
      console.log(`  FAIL ${story.id}\n${problems.map((p) => `       ${p}`).join('\n')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`storybook: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
