// Checks a page that embeds the components (the plain-HTML example, the consumer test's pages) in any engine (see
// page-driver.mjs; serve it with serveStatic({ probe: true })): no page error or console error, every expected
// component rendered its title into its shadow root, no `explainer-error`, every element with `structured-data`
// followed by its JSON-LD script (valid JSON), and axe-core finds no violation (WCAG 2.2 AA and best practices, shadow
// DOM included).
import { readFile } from 'node:fs/promises';

/** Polls `fn` in the page until it returns true or `timeout` ms pass. */
async function waitFor(page, fn, args, timeout) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await page.evaluate(fn, ...args)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * @param {{ open(url: string): Promise<{ evaluate: Function, close(): Promise<void> }> }} browser from launchEngine()
 * @param {string} url
 * @param {{ tag: string, title: string }[]} expected components, in document order, with the title each must show
 * @param {{ serverRendered?: boolean }} [options] `serverRendered`: the components were rendered on a server, and
 *   must have been hydrated (live, their shadow roots still the server's: its `<style>` first) rather than rendered again
 * @returns {Promise<string[]>} the problems found (empty when the page is fine)
 */
export async function checkPage(browser, url, expected, { serverRendered = false } = {}) {
  const page = await browser.open(url);
  const problems = [];
  try {
    const probed = await page.evaluate(() => typeof window.__explainerProbe === 'object');
    if (!probed) problems.push('the page probe did not run (serve the page with serveStatic({ probe: true }))');
    const tags = [...new Set(expected.map((e) => e.tag))];
    const rendered = await waitFor(
      page,
      (tags) => tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector('[part~="title"]'))),
      [tags],
      15000,
    );
    if (!rendered) problems.push('timed out waiting for every component to render');
    // Key order normalised: WebDriver may hand objects back with their keys in another order.
    const titles = (await page.evaluate(
      (tags) =>
        [...document.querySelectorAll(tags.join(','))].map((el) => ({
          tag: el.localName,
          title: el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        })),
      tags,
    )).map(({ tag, title }) => ({ tag, title }));
    if (JSON.stringify(titles) !== JSON.stringify(expected)) {
      problems.push(`rendered ${JSON.stringify(titles)}, expected ${JSON.stringify(expected)}`);
    }
    if (serverRendered) {
      const live = await waitFor(page, (tags) => [...document.querySelectorAll(tags.join(','))].every((el) => el.hasUpdated === true), [tags], 15000);
      if (!live) problems.push('timed out waiting for every server-rendered component to hydrate');
      // Hydration keeps the server's nodes, the <style> it wrote included; a render from scratch adopts style sheets instead.
      const kept = await page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].filter((el) => el.shadowRoot?.firstElementChild?.localName !== 'style').map((el) => el.localName), tags);
      if (kept.length > 0) problems.push(`not hydrated (rendered again): ${kept.join(', ')}`);
    }
    // The `structured-data` attribute: one JSON-LD script right after each element that has it (built on demand).
    const jsonLd = await waitFor(
      page,
      () => {
        const owners = [...document.querySelectorAll('[structured-data]')];
        const scripts = document.querySelectorAll('script[type="application/ld+json"][data-explainer-json-ld]');
        return (
          owners.length === scripts.length &&
          owners.every((el) => el.nextElementSibling?.matches('script[data-explainer-json-ld]') && JSON.parse(el.nextElementSibling.text))
        );
      },
      [],
      5000,
    );
    if (!jsonLd) problems.push('no JSON-LD script after every element with structured-data');
    const violations = await page.evaluate(async () => {
      await new Promise((resolve, reject) => {
        const script = Object.assign(document.createElement('script'), { src: '/__axe__.js' });
        script.onload = resolve;
        script.onerror = () => reject(new Error('axe-core did not load'));
        document.head.append(script);
      });
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
    const report = await page.evaluate(() => window.__explainerProbe ?? { errors: [], explainerErrors: [] });
    problems.push(...report.errors);
    if (report.explainerErrors.length > 0) problems.push(`explainer-error: ${JSON.stringify(report.explainerErrors)}`);
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
