/// <reference types="node" />
// renderToString() (explainer-elements/ssr.js) in Node: the fragment's shape for every example, settings as
// attributes (locale, heading level, the caller's attributes), locale modules loaded by name, content refused with
// its errors, bad options refused, structured data, a missing renderer, and hostile content (the XSS corpus in every
// field) that never ends the inline JSON script or becomes markup.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { InvalidContentError, renderToString } from '../../src/ssr.js';
import { moduleNames } from '../../src/server/locale.js';
import { loadRenderer } from '../../src/server/renderer.js';
import { componentTags, validate } from '../../src/validate.js';
import { toJsonLd } from '../../src/structured-data.js';
import { XSS_PAYLOADS } from '../security/xss-payloads.js';

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const example = (tag: string) => read(`examples/content/asean-germany/${tag}.json`);
const full = read('examples/content/indicator-tracker-full.json');

/** The fragment's parts: opening tag, shadow root template, inline JSON text, and what follows the element. */
function parts(html: string, tag: string) {
  const match = new RegExp(`^<${tag}( [^>]*)?><template shadowroot="open" shadowrootmode="open">([^]*)</template><script type="application/json">([^]*?)</script></${tag}>([^]*)$`).exec(html);
  assert.ok(match, `the fragment's shape: ${html.slice(0, 200)}…${html.slice(-200)}`);
  return { attributes: match[1] ?? '', shadow: match[2]!, json: match[3]!, after: match[4]! };
}

const count = (text: string, needle: RegExp) => (text.match(needle) ?? []).length;

describe('renderToString()', () => {
  for (const tag of componentTags) {
    it(`${tag}: the element, its declarative shadow root with styles and Lit's markers, and the content as inline JSON`, async () => {
      const content = example(tag);
      const html = await renderToString(tag, content);
      const { attributes, shadow, json, after } = parts(html, tag);
      assert.match(attributes, /^ lang="en" heading-level="2"/);
      assert.match(shadow, /^<style>\s*:host\s*\{/);
      assert.match(shadow, /<!--lit-part [^>]+-->/, 'hydration markers inside the shadow root');
      assert.ok(shadow.includes(String(content.title)), 'the title');
      assert.deepEqual(JSON.parse(json), content);
      assert.equal(after, '');
      assert.equal(count(html, /<script/g), 1);
      assert.equal(count(html, /<template/g), 1);
    });
  }

  it('renders every item, closed panels as hidden="until-found" and closed evidence as a closed <details>', async () => {
    const faq = example('faq-accordion');
    const html = await renderToString('faq-accordion', faq);
    assert.equal(count(html, /part="answer"/g), (faq.items as unknown[]).length);
    assert.equal(count(html, /\shidden="until-found"/g), (faq.items as unknown[]).length);
    const tracker = await renderToString('indicator-tracker', full, { attributes: { now: '2026-03-01' } });
    assert.ok(count(tracker, /<details part="evidence"/g) > 0);
    assert.equal(count(tracker, /<details[^>]* open/g), 0);
    const cards = await renderToString('misconception-card', example('misconception-card'), { attributes: { reveal: true } });
    assert.equal(count(cards, /part="reality"[^>]*\shidden="until-found"/g), (example('misconception-card').items as unknown[]).length);
  });

  it('renders with label overrides given as the labels option, and refuses labels that are not labels', async () => {
    const faq = example('faq-accordion');
    const labels = { 'faq.showAll': 'Expand all[ answers: {title}]', 'common.loading': { one: 'x', other: 'y' } };
    const { shadow } = parts(await renderToString('faq-accordion', faq, { labels }), 'faq-accordion');
    assert.match(shadow, /aria-label="Expand all answers: Frequently Asked Questions"/);
    assert.ok(!shadow.includes('Show all'), 'the default label is gone');
    // The same content without the option keeps the default, and the option writes no attribute.
    assert.match(await renderToString('faq-accordion', faq), /aria-label="Show all answers: Frequently Asked Questions"/);
    assert.ok(!parts(await renderToString('faq-accordion', faq, { labels }), 'faq-accordion').attributes.includes('labels'));
    for (const bad of [[], 'Expand', { 'faq.showAll': 3 }, { 'faq.showAll': { one: 'a' } }]) {
      await assert.rejects(renderToString('faq-accordion', faq, { labels: bad as never }), TypeError, JSON.stringify(bad));
    }
  });

  it("gives every data cell of a table its stacked label: the server cannot know the reader's width", async () => {
    const table = example('cooperation-table') as { rows: unknown[]; columns: { rowHeader?: boolean }[] };
    const dataColumns = table.columns.filter((c) => !c.rowHeader).length;
    for (const layout of ['auto', 'table', 'stacked']) {
      const html = await renderToString('cooperation-table', table, { attributes: { layout } });
      assert.equal(count(html, /<span part="stacked-label"/g), table.rows.length * dataColumns, layout);
    }
  });

  it('writes the locale as lang, loads its module by name (de-AT loads de, every shipped language) and falls back to English', async () => {
    const faq = example('faq-accordion');
    const de = await renderToString('faq-accordion', faq, { locale: 'de' });
    assert.match(de, /^<faq-accordion lang="de"/);
    assert.ok(de.includes('Alle Antworten anzeigen'), 'German label');
    const at = await renderToString('faq-accordion', faq, { locale: 'de_AT' });
    assert.match(at, /^<faq-accordion lang="de-AT"/);
    assert.ok(at.includes('Alle Antworten anzeigen'));
    const unknown = await renderToString('faq-accordion', faq, { locale: 'tlh' });
    assert.match(unknown, /^<faq-accordion lang="tlh"/);
    assert.ok(unknown.includes('Show all'), 'English, key by key');
    // Every shipped language: its own words on the show-all button, not English ones.
    const name = (html: string) => /part="toggle-all"[^>]*aria-label="([^"]+)"/.exec(html)?.[1];
    const english = name(await renderToString('faq-accordion', faq));
    const shipped = readdirSync('src/locales').map((f) => f.replace(/\.ts$/, '')).filter((l) => l !== 'en');
    assert.ok(shipped.length >= 13, `${shipped.length} locale modules`);
    for (const locale of shipped) {
      const html = await renderToString('faq-accordion', faq, { locale });
      assert.match(html, new RegExp(`^<faq-accordion lang="${locale}"`));
      assert.notEqual(name(html), english, locale);
    }
    assert.deepEqual(moduleNames('pt-BR'), ['pt-BR', 'pt-br', 'pt']);
    assert.deepEqual(moduleNames('en-GB'), ['en-GB', 'en-gb']);
    await assert.rejects(renderToString('faq-accordion', faq, { locale: 'not a locale!' }), RangeError);
  });

  it('writes the heading level as heading-level, titles at that level and items one below', async () => {
    const html = await renderToString('faq-accordion', example('faq-accordion'), { headingLevel: 4 });
    assert.match(html, /^<faq-accordion lang="en" heading-level="4"/);
    assert.match(html, /<h4 part="title"/);
    assert.match(html, /<h5 part="question-heading"/);
    for (const bad of [0, 7, 2.5, Number.NaN]) {
      await assert.rejects(renderToString('faq-accordion', example('faq-accordion'), { headingLevel: bad }), RangeError, String(bad));
    }
  });

  it("writes the caller's attributes, escaped, and refuses names that are not plain attributes", async () => {
    const table = example('cooperation-table');
    const html = await renderToString('cooperation-table', table, {
      attributes: { sortable: true, filterable: false, sort: 'area:desc', 'data-x': 3, class: 'a"><script>x</script>', hidden: null },
    });
    const { attributes } = parts(html, 'cooperation-table');
    assert.match(attributes, / sortable(?=[ >]|$)/);
    assert.doesNotMatch(attributes, /filterable|hidden/);
    assert.match(attributes, / sort="area:desc"/);
    assert.match(attributes, / data-x="3"/);
    assert.match(attributes, / class="a&quot;&gt;&lt;script&gt;x&lt;\/script&gt;"/);
    assert.equal(count(html, /<script/g), 1);
    // Sorted on the server: the row headers in descending order.
    const rows = [...html.matchAll(/part="row-header"[^>]*>(?:<!--[^>]*-->)*(?:<p>)?(?:<!--[^>]*-->)*([^<]+)/g)].map((m) => m[1]);
    assert.deepEqual(rows, [...rows].sort().reverse());
    for (const name of ['lang', 'heading-level', 'src', 'onclick', 'a b', 'x"', '']) {
      await assert.rejects(renderToString('cooperation-table', table, { attributes: { [name]: 'x' } }), TypeError, name);
    }
    await assert.rejects(renderToString('cooperation-table', table, { attributes: { x: {} as unknown as string } }), TypeError);
  });

  it('the tracker carries rendered-at (the server clock) unless now is given', async () => {
    const before = Date.now();
    const html = await renderToString('indicator-tracker', full);
    const at = /rendered-at="([^"]+)"/.exec(html)?.[1];
    assert.ok(at && Date.parse(at) >= before - 1000 && Date.parse(at) <= Date.now(), at);
    const fixed = await renderToString('indicator-tracker', full, { attributes: { now: '2026-03-01' } });
    assert.doesNotMatch(fixed, /rendered-at/);
    assert.match(fixed, / now="2026-03-01"/);
  });

  it('refuses invalid content with every error, an invalid item too, and unknown tags', async () => {
    for (const [tag, content] of [
      ['faq-accordion', { items: [{ question: 'Q' }] }],
      ['faq-accordion', { items: [{ question: 'Q', answer: 'A' }, { question: 'Q2', answer: 3 }] }],
      ['cooperation-table', 'not an object'],
      ['misconception-card', { items: [] }],
    ] as const) {
      const expected = validate(tag, content).errors;
      assert.ok(expected.length > 0);
      await assert.rejects(renderToString(tag, content), (error: unknown) => {
        assert.ok(error instanceof InvalidContentError);
        assert.equal(error.name, 'InvalidContentError');
        assert.equal(error.tag, tag);
        assert.deepEqual(error.errors, expected);
        assert.ok(error.message.includes(`${expected[0]!.path}: ${expected[0]!.message}`));
        return true;
      });
    }
    await assert.rejects(renderToString('faq-accordeon', example('faq-accordion')), TypeError);
  });

  it('jsonLd: the structured data after the element, for the FAQ and the cards only', async () => {
    const faq = example('faq-accordion');
    const { after } = parts(await renderToString('faq-accordion', faq, { jsonLd: { url: 'https://example.org/x' } }), 'faq-accordion');
    const ld = /^<script type="application\/ld\+json" data-explainer-json-ld>([^]*)<\/script>$/.exec(after);
    assert.ok(ld, after.slice(0, 200));
    assert.deepEqual(JSON.parse(ld[1]!), toJsonLd('faq-accordion', faq, { url: 'https://example.org/x' }));
    const cards = example('misconception-card');
    const de = parts(await renderToString('misconception-card', cards, { locale: 'de', jsonLd: true }), 'misconception-card');
    assert.deepEqual(JSON.parse(/>([^]*)<\/script>$/.exec(de.after)![1]!), toJsonLd('misconception-card', cards, { locale: 'de' }));
    assert.equal(parts(await renderToString('cooperation-table', example('cooperation-table'), { jsonLd: true }), 'cooperation-table').after, '');
  });

  it('says how to install the renderer when it is missing', async () => {
    // What Node throws when a package is not installed.
    const missing = () => Promise.reject(Object.assign(new Error("Cannot find package '@lit-labs/ssr'"), { code: 'ERR_MODULE_NOT_FOUND' }));
    await assert.rejects(loadRenderer(missing), (error: Error) => {
      assert.equal(error.message, 'explainer-elements/ssr.js needs @lit-labs/ssr, an optional peer dependency: npm install @lit-labs/ssr@~4.1.0');
      assert.equal((error.cause as { code: string }).code, 'ERR_MODULE_NOT_FOUND');
      return true;
    });
    // Any other failure is passed on as it is.
    const broken = new Error('broken');
    await assert.rejects(loadRenderer(() => Promise.reject(broken)), (error) => error === broken);
  });
});

/** Content with `payload` in every text field the component shows (and ids where an id may hold it). */
function hostile(tag: string, p: string): unknown {
  const id = /^[^\s#]{1,200}$/u.test(p) ? p : 'x';
  switch (tag) {
    case 'faq-accordion':
      return { title: p, intro: p, items: [{ id, question: p, answer: p }] };
    case 'cooperation-table':
      return { title: p, caption: p, columns: [{ key: 'area', label: p, rowHeader: true }, { key: 'v', label: p }], rows: [{ area: p, v: p }], notes: [p] };
    case 'misconception-card':
      return { title: p, intro: p, items: [{ id, misconception: p, reality: p, verdict: 'false', sources: [{ label: p, url: p }] }] };
    default:
      return {
        title: p,
        intro: p,
        statuses: { s: { label: p, tone: 'info' } },
        indicators: [{ id, label: p, description: p, status: 's', progress: { value: 1, max: 2, label: p }, evidence: [{ date: '2026-01-01', text: p, url: p }] }],
      };
  }
}

describe('renderToString(): the XSS corpus in every field', () => {
  for (const tag of componentTags) {
    it(`${tag}: no payload ends the inline JSON or becomes markup, and the JSON reads back as given`, async () => {
      for (const { text } of XSS_PAYLOADS) {
        const content = hostile(tag, text);
        assert.equal(validate(tag, content).ok, true, `${tag}: valid content for ${JSON.stringify(text.slice(0, 40))}`);
        const html = await renderToString(tag, content, { attributes: tag === 'indicator-tracker' ? { filterable: true, now: '2026-06-01' } : {}, jsonLd: true });
        const { shadow, json, after } = parts(html, tag);
        const where = `${tag}: ${JSON.stringify(text.slice(0, 60))}`;
        assert.deepEqual(JSON.parse(json), content, where);
        assert.doesNotMatch(json, /[<>&\u2028\u2029]/, where);
        // Every `<` of content is escaped, so each tag in the shadow root is the component's own: none that runs or
        // loads anything, and no event-handler attribute.
        const tags = [...shadow.matchAll(/<([a-z][a-z0-9-]*)(\s[^>]*)?>/gi)];
        assert.deepEqual(tags.filter(([, name]) => /^(script|template|iframe|img|object|embed|link|meta|base|form)$/i.test(name!)).map(([t]) => t), [], where);
        assert.deepEqual(tags.filter(([, , attrs]) => /\son[a-z]+\s*=/i.test((attrs ?? '').replace(/"[^"]*"/g, '""'))).map(([t]) => t), [], where);
        assert.equal(count(shadow, /<style>/g), 1, where);
        // The structured data, when there is some, is escaped the same way.
        if (after) assert.doesNotMatch(/>([^]*)<\/script>$/.exec(after)![1]!, /[<>&\u2028\u2029]/, where);
        assert.equal(count(html, /<\/script/gi), after ? 2 : 1, where);
      }
    });
  }
});
