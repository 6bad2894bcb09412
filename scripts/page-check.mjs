// Checks a page that embeds the components (the plain-HTML example, the consumer test's page) in Chromium:
// no page error or console error, every expected component rendered its title into its shadow root, no
// `explainer-error`, every element with `structured-data` followed by its JSON-LD script (valid JSON), and axe-core
// finds no violation (WCAG 2.2 AA and best practices, shadow DOM included).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ tag: string, title: string }[]} expected components, in document order, with the title each must show
 * @returns {Promise<string[]>} the problems found (empty when the page is fine)
 */
export async function checkPage(browser, url, expected) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.__explainerErrors = [];
    document.addEventListener('explainer-error', (e) => window.__explainerErrors.push(e.detail));
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle0' });
    const tags = [...new Set(expected.map((e) => e.tag))];
    await page
      .waitForFunction(
        (tags) => tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector('[part~="title"]'))),
        { timeout: 10000 },
        tags,
      )
      .catch(() => problems.push('timed out waiting for every component to render'));
    const titles = await page.evaluate(
      (tags) =>
        [...document.querySelectorAll(tags.join(','))].map((el) => ({
          tag: el.localName,
          title: el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        })),
      tags,
    );
    if (JSON.stringify(titles) !== JSON.stringify(expected)) {
      problems.push(`rendered ${JSON.stringify(titles)}, expected ${JSON.stringify(expected)}`);
    }
    // The `structured-data` attribute: one JSON-LD script right after each element that has it (built on demand).
    const jsonLd = () => {
      const owners = [...document.querySelectorAll('[structured-data]')];
      const scripts = document.querySelectorAll('script[type="application/ld+json"][data-explainer-json-ld]');
      return owners.length === scripts.length && owners.every((el) => el.nextElementSibling?.matches('script[data-explainer-json-ld]') && JSON.parse(el.nextElementSibling.text));
    };
    await page.waitForFunction(jsonLd, { timeout: 5000 }).catch(() => problems.push('no JSON-LD script after every element with structured-data'));
    const errors = await page.evaluate(() => window.__explainerErrors);
    if (errors.length > 0) problems.push(`explainer-error: ${JSON.stringify(errors)}`);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
  } finally {
    await page.close();
  }
  return problems;
}

/** The components of the plain-HTML example and the titles they must show, from the example content files. */
export async function plainHtmlExpectations(contentDir = 'examples/content') {
  const title = async (name) => JSON.parse(await readFile(`${contentDir}/${name}.json`, 'utf8')).title;
  return [
    { tag: 'cooperation-table', title: await title('asean-germany/cooperation-table') },
    { tag: 'faq-accordion', title: await title('asean-germany/faq-accordion') },
    { tag: 'misconception-card', title: await title('asean-germany/misconception-card') },
    { tag: 'indicator-tracker', title: await title('asean-germany/indicator-tracker') },
    { tag: 'indicator-tracker', title: await title('indicator-tracker-full') },
  ];
}
