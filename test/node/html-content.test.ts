/// <reference types="node" />
// HTML content ("format": "html") on Node: the parse5 reader (the same cases the browsers answer), the reader
// registry, validate() and the CLI, structured data, the WordPress and Drupal fixtures, and the import graph that
// keeps parse5 out of every browser entry.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { nodeHtmlReader, useNodeHtmlReader } from '../../src/internal/rich-text/html-reader-node.js';
import { htmlReader, setHtmlReader } from '../../src/internal/rich-text/html-reader.js';
import { readRichText } from '../../src/internal/rich-text/read.js';
import { toPlainText } from '../../src/internal/rich-text/markdown.js';
import type { RichBlock } from '../../src/internal/rich-text/ast.js';
import { validate as validateAnywhere } from '../../src/validate.js';
import { validate } from '../../src/validate-node.js';
import { toJsonLd } from '../../src/structured-data-node.js';
import { validateFaqContent } from '../../src/components/faq-accordion/faq-accordion.content.js';
import { validateCooperationTableContent } from '../../src/components/cooperation-table/cooperation-table.content.js';
import { validateMisconceptionContent } from '../../src/components/misconception-card/misconception-card.content.js';
import { validateTrackerContent } from '../../src/components/indicator-tracker/indicator-tracker.content.js';
import { runCli } from '../../src/cli/validate-command.js';
import type { InvalidContentError} from '../../src/ssr.js';
import { renderToString } from '../../src/ssr.js';
import { DEEP_HTML, PLAIN_CASES, READER_CASES } from '../internal/html-reader-cases.js';

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const CMS = 'examples/content/cms';

describe('HTML reader on Node (parse5)', () => {
  for (const { name, html, blocks } of READER_CASES) {
    it(`reads ${name} as the browsers do`, () => assert.deepEqual(nodeHtmlReader.blocks(html), blocks));
  }

  it('decodes plain text: character references decoded, tags and comments kept as text', () => {
    for (const { text, plain } of PLAIN_CASES) assert.equal(nodeHtmlReader.text(text), plain, JSON.stringify(text));
  });

  it('reads a document nested thousands of levels deep without exhausting the stack', () => {
    assert.deepEqual(nodeHtmlReader.blocks(DEEP_HTML), [{ type: 'paragraph', children: [{ type: 'text', value: 'bottom' }] }]);
    // parse5 keeps every level (browsers cap the depth); the walk has no recursion to overflow.
    const deeper = `${'<b>'.repeat(100000)}x`;
    assert.equal(toPlainText(nodeHtmlReader.blocks(deeper)), 'x');
  });
});

describe('HTML reader registry on Node', () => {
  it('has no reader until a Node entry point installs parse5: HTML content is then an error at format', () => {
    setHtmlReader(undefined);
    const none = htmlReader();
    assert.equal(typeof none, 'string');
    assert.match(none as string, /no HTML parser/);
    assert.deepEqual(readRichText('<p>x</p>', 'html'), []);
    const result = validateAnywhere('faq-accordion', { format: 'html', items: [{ question: 'Q', answer: '<p>A</p>' }] });
    assert.deepEqual(result, { ok: false, errors: [{ path: 'format', message: none }] });
    // Markdown content needs no reader.
    assert.deepEqual(validateAnywhere('faq-accordion', { items: [{ question: 'Q', answer: 'A' }] }), { ok: true, errors: [] });
    // validate-node.js (what `explainer-elements/validate.js` resolves to under Node) installs parse5 on first use.
    assert.deepEqual(validate('faq-accordion', { format: 'html', items: [{ question: 'Q', answer: '<p>A</p>' }] }), { ok: true, errors: [] });
    assert.equal(htmlReader(), nodeHtmlReader);
  });
});

/** Content with HTML in every field of every component: rich fields with markup, plain fields with references. */
const RICH = '<p>Germany&#8217;s <strong>role</strong> <a href="https://example.org/a" onclick="x()">link</a></p><ul><li>one</li></ul><script>top.__xss=1</script>';
const PLAIN = 'ASEAN&#8217;s &amp; <b>Germany</b>';
const DECODED = 'ASEAN\u2019s & <b>Germany</b>';

const htmlContent = {
  faq: { format: 'html', title: PLAIN, intro: RICH, items: [{ question: PLAIN, answer: RICH }] },
  table: {
    format: 'html',
    title: PLAIN,
    caption: PLAIN,
    columns: [{ key: 'area', label: PLAIN, rowHeader: true }, { key: 'de', label: PLAIN }],
    rows: [{ area: RICH, de: RICH }],
    notes: [RICH, RICH],
  },
  cards: { format: 'html', title: PLAIN, intro: RICH, items: [{ misconception: PLAIN, reality: RICH, sources: [{ label: PLAIN, url: 'https://example.org/?a=1&b=2' }] }] },
  card: { format: 'html', misconception: PLAIN, reality: RICH },
  tracker: {
    format: 'html',
    title: PLAIN,
    intro: RICH,
    statuses: { open: { label: PLAIN, tone: 'info' } },
    indicators: [{ label: PLAIN, description: RICH, status: 'open', progress: { value: 1, max: 4, label: PLAIN }, evidence: [{ date: '2026-01-01', text: RICH, url: '/e?a=1&b=2' }] }],
  },
};

describe('validate() and the validators with "format": "html"', () => {
  it('accept HTML in every field of every component, and decode every plain-text field', () => {
    useNodeHtmlReader();
    for (const [tag, content] of [
      ['faq-accordion', htmlContent.faq],
      ['cooperation-table', htmlContent.table],
      ['misconception-card', htmlContent.cards],
      ['misconception-card', htmlContent.card],
      ['indicator-tracker', htmlContent.tracker],
    ] as const) {
      assert.deepEqual(validate(tag, content), { ok: true, errors: [] }, tag);
    }
    const faq = validateFaqContent(htmlContent.faq).value!;
    assert.equal(faq.format, 'html');
    assert.equal(faq.title, DECODED);
    assert.equal(faq.items[0]!.question, DECODED);
    assert.equal(faq.items[0]!.answer, RICH, 'rich text is kept as written: the components read it at render');
    assert.equal(faq.intro, RICH);
    const table = validateCooperationTableContent(htmlContent.table).value!;
    assert.deepEqual([table.title, table.caption, ...table.columns.map((c) => c.label)], [DECODED, DECODED, DECODED, DECODED]);
    assert.deepEqual([table.rows[0]!.area, table.notes], [RICH, [RICH, RICH]]);
    assert.equal(table.format, 'html');
    const cards = validateMisconceptionContent(htmlContent.cards).value!;
    assert.deepEqual([cards.format, cards.title, cards.items[0]!.misconception, cards.items[0]!.sources![0]!.label], ['html', DECODED, DECODED, DECODED]);
    // URLs are data, not text: taken as written (an escaped `&amp;` would be refused by the URL policy).
    assert.equal(cards.items[0]!.sources![0]!.url, 'https://example.org/?a=1&b=2');
    const single = validateMisconceptionContent(htmlContent.card).value!;
    assert.deepEqual(single, { items: [{ misconception: DECODED, reality: RICH }], format: 'html' });
    const tracker = validateTrackerContent(htmlContent.tracker).value!;
    const indicator = tracker.indicators[0]!;
    assert.deepEqual([tracker.format, tracker.title, indicator.label, tracker.statuses!.open!.label, indicator.progress!.label], ['html', DECODED, DECODED, DECODED, DECODED]);
    assert.deepEqual([indicator.description, indicator.evidence![0]!.text, indicator.evidence![0]!.url], [RICH, RICH, '/e?a=1&b=2']);
  });

  it('leave Markdown content as it was: no format in the result, references and tags as written', () => {
    const value = validateFaqContent({ title: PLAIN, items: [{ question: PLAIN, answer: '**A**' }] }).value!;
    assert.deepEqual(value, { title: PLAIN, items: [{ question: PLAIN, answer: '**A**' }] });
    assert.deepEqual(validateFaqContent({ format: 'markdown', items: [{ question: 'Q', answer: 'A' }] }).value, { items: [{ question: 'Q', answer: 'A' }] });
    assert.deepEqual(validateFaqContent({ format: null, items: [{ question: 'Q', answer: 'A' }] }).value, { items: [{ question: 'Q', answer: 'A' }] });
  });

  it('refuse an unknown format as a whole (the text could not be read as meant)', () => {
    for (const format of ['HTML', 'htm', 'text', 1, true, [], {}]) {
      for (const tag of ['faq-accordion', 'cooperation-table', 'misconception-card', 'indicator-tracker']) {
        const result = validate(tag, { format, items: [], indicators: [], columns: [], rows: [] });
        assert.equal(result.errors.length, 1, `${tag} ${JSON.stringify(format)}`);
        assert.equal(result.errors[0]!.path, 'format');
        assert.match(result.errors[0]!.message, /^expected one of "markdown", "html", got /);
      }
    }
  });

  it('drop an item whose required field shows no text once read as HTML, naming the field', () => {
    useNodeHtmlReader();
    const result = validate('faq-accordion', {
      format: 'html',
      items: [
        { question: 'Kept', answer: '<p>Yes</p>' },
        { question: 'Q2', answer: '<figure><img src="a.png" alt="only an image"></figure><!-- wp:spacer -->' },
        { question: '&nbsp;', answer: '<p>A</p>' },
        { question: 'Q4', answer: '<script>top.__xss=1</script>' },
      ],
    });
    assert.deepEqual(result.errors, [
      { path: 'items[1].answer', message: 'has no text once read as HTML' },
      { path: 'items[2].question', message: 'has no text once read as HTML' },
      { path: 'items[3].answer', message: 'has no text once read as HTML' },
    ]);
    const tracker = validate('indicator-tracker', { format: 'html', indicators: [{ label: 'L', description: 'D', evidence: [{ date: '2026-01-01', text: '<img src=x>' }] }] });
    assert.deepEqual(tracker.errors, [
      { path: 'indicators[0].evidence[0].text', message: 'has no text once read as HTML' },
      { path: 'indicators', message: 'has no valid item' },
    ]);
  });
});

describe('explainer-elements validate (CLI) with HTML content', () => {
  const io = (files: Record<string, string>) => {
    const out: string[] = [];
    return {
      out,
      io: {
        readFile: (path: string) => (path in files ? Promise.resolve(files[path]!) : Promise.reject(new Error('ENOENT'))),
        out: (line: string) => out.push(line),
        err: (line: string) => out.push(`stderr: ${line}`),
      },
    };
  };

  it('validates HTML content with parse5: exit 0 for good files, 1 with the path of an empty HTML field', async () => {
    setHtmlReader(undefined);
    const good = io({ 'faq-accordion.json': JSON.stringify(htmlContent.faq), 'indicator-tracker.json': JSON.stringify(htmlContent.tracker) });
    assert.equal(await runCli(['validate', 'faq-accordion.json', 'indicator-tracker.json'], good.io), 0);
    assert.deepEqual(good.out, []);
    const bad = io({ 'faq-accordion.json': JSON.stringify({ format: 'html', items: [{ question: 'Q', answer: '<p> </p><br>' }] }) });
    assert.equal(await runCli(['validate', 'faq-accordion.json'], bad.io), 1);
    assert.deepEqual(bad.out, ['faq-accordion.json: items[0].answer: has no text once read as HTML', 'faq-accordion.json: items: has no valid item']);
  });

  it('runs as a real process on the WordPress and Drupal examples', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'validate', `${CMS}/faq-accordion-wordpress.json`, `${CMS}/misconception-card-drupal.json`], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const file = join(mkdtempSync(join(tmpdir(), 'explainer-html-')), 'faq-accordion.json');
    writeFileSync(file, JSON.stringify({ format: 'html', items: [{ question: 'Q', answer: '<iframe src="x"></iframe>' }, { question: '<b></b>', answer: 'A' }] }));
    const broken = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'validate', file], { encoding: 'utf8' });
    assert.equal(broken.status, 1, broken.stderr);
    assert.deepEqual(broken.stdout.trim().split('\n'), [
      `${file}: items[0].answer: has no text once read as HTML`,
    ]);
  });
});

describe('structured data from HTML content (parse5)', () => {
  it('FAQPage: the question decoded, the answer in the accepted subset with links resolved and markup reduced', () => {
    const data = toJsonLd('faq-accordion', htmlContent.faq, { url: 'https://example.org/page' })!;
    const [question] = data.mainEntity;
    assert.equal(question!.name, DECODED);
    assert.equal(question!.acceptedAnswer.text, '<p>Germany\u2019s <strong>role</strong> <a href="https://example.org/a">link</a></p><ul><li>one</li></ul>');
  });

  it('ClaimReview: the claim decoded, the review body as plain text of the HTML reality', () => {
    const data = toJsonLd('misconception-card', htmlContent.card)!;
    const [review] = data['@graph'];
    assert.equal(review!.claimReviewed, DECODED);
    assert.equal(review!.reviewBody, 'Germany\u2019s role link\n\none');
  });
});

describe('server rendering of HTML content (renderToString, parse5)', () => {
  it('renders the WordPress example: questions decoded, answers in the subset, no image, embed or comment, JSON-LD from HTML', async () => {
    setHtmlReader(undefined);
    const content = json(`${CMS}/faq-accordion-wordpress.json`);
    const html = await renderToString('faq-accordion', content, { jsonLd: { url: 'https://news.example.org/faq/' } });
    // The shadow root's markup without Lit's hydration markers.
    const shadow = html.slice(0, html.indexOf('<script type="application/json">')).replace(/<!--[^]*?-->/g, '');
    assert.ok(shadow.includes('>Why is the meeting between the ASEAN Secretary-General and Germany\u2019s Defense State Secretary important?<'));
    assert.ok(shadow.includes('<p>It signals <strong>Germany\u2019s transition</strong> from'));
    assert.ok(shadow.includes('<p>The meeting at the ASEAN Secretariat in Jakarta.</p>'));
    assert.match(shadow, /<a href="https:\/\/asean.org\/"\s+part="link">ASEAN Secretariat<\/a>/);
    assert.doesNotMatch(shadow, /<img|<iframe|<figure|wp:paragraph|wp-block|&#8217;/);
    const ld = /<script type="application\/ld\+json"[^>]*>([^]*)<\/script>$/.exec(html)![1]!;
    assert.ok(ld.includes('"name":"Why is the meeting between the ASEAN Secretary-General and Germany\u2019s'));
    assert.ok(ld.includes('\\u003cstrong\\u003eGermany\u2019s transition'));
  });

  it('refuses HTML content that validate() refuses, with its errors', async () => {
    await assert.rejects(renderToString('faq-accordion', { format: 'html', items: [{ question: 'Q', answer: '<img src="x.png">' }] }), (error: InvalidContentError) => {
      assert.deepEqual(error.errors, [{ path: 'items[0].answer', message: 'has no text once read as HTML' }, { path: 'items', message: 'has no valid item' }]);
      return true;
    });
  });
});

/** The text of each block, for readable expectations. */
const texts = (blocks: RichBlock[]) => blocks.map((b) => (b.type === 'list' ? b.items.map((item) => toPlainText([{ type: 'paragraph', children: item }])) : toPlainText([b])));

describe('CMS exports: WordPress REST and Drupal JSON:API, mapped to content with "format": "html"', () => {
  it('WordPress: title.rendered -> question, content.rendered -> answer, slug -> id (the mapping in the README)', () => {
    const posts = json(`${CMS}/wordpress-rest-faq.json`) as { slug: string; title: { rendered: string }; content: { rendered: string } }[];
    const mapped = {
      format: 'html',
      title: 'Frequently Asked Questions',
      items: posts.map((post) => ({ id: post.slug, question: post.title.rendered, answer: post.content.rendered })),
    };
    assert.deepEqual(json(`${CMS}/faq-accordion-wordpress.json`), mapped);
    assert.deepEqual(validate('faq-accordion', mapped), { ok: true, errors: [] });
    const faq = validateFaqContent(mapped).value!;
    assert.deepEqual(
      faq.items.map((item) => item.question),
      [
        'Why is the meeting between the ASEAN Secretary-General and Germany\u2019s Defense State Secretary important?',
        'What is \u201cASEAN Centrality\u201d and why does Germany support it?',
        'What are the main security threats that Germany & ASEAN are collaborating on?',
      ],
    );
    const [first, second, third] = faq.items.map((item) => nodeHtmlReader.blocks(item.answer));
    // The image goes, its caption stays as a paragraph of its own.
    assert.deepEqual(texts(first!), [
      'It signals Germany\u2019s transition from a purely trade-based relationship with Southeast Asia to a strategic security partnership.',
      'The meeting at the ASEAN Secretariat in Jakarta.',
      'This helps ASEAN diversify its security partners and provides Germany with a stable foothold in the Indo-Pacific region.',
    ]);
    assert.equal(JSON.stringify(first).includes('asean-germany-meeting'), false, 'no image URL is kept');
    // Block comments go; emphasis and the link stay (without target and rel).
    assert.equal(second!.length, 2);
    assert.deepEqual(second![0], { type: 'paragraph', children: [{ type: 'em', children: [{ type: 'text', value: 'ASEAN Centrality' }] }, { type: 'text', value: ' is the idea that ASEAN should lead the organization and direction of regional security and diplomacy.' }] });
    assert.deepEqual((second![1] as { children: unknown[] }).children.at(-2), { type: 'link', href: 'https://asean.org/', children: [{ type: 'text', value: 'ASEAN Secretariat' }] });
    // The list, the abbreviation's text, the no-break space and arrow; the YouTube iframe goes.
    assert.deepEqual(texts(third!), [
      'The primary focus areas include:',
      ['Maritime security (freedom of navigation)', 'Cybersecurity', 'Combating piracy', 'Humanitarian assistance and disaster relief (HADR)'],
      'Read more in our explainer: Key pillars of cooperation\u00a0\u2192',
    ]);
  });

  it('Drupal: title -> misconception, body.processed -> reality, the path alias -> id, fields -> verdict and date', () => {
    const doc = json(`${CMS}/drupal-jsonapi-fact-checks.json`) as {
      data: { attributes: { title: string; path: { alias: string }; body: { processed: string }; field_verdict: string; field_reviewed: string } }[];
    };
    const mapped = {
      format: 'html',
      title: 'Addressing Common Misconceptions',
      items: doc.data.map(({ attributes: a }) => ({
        id: a.path.alias.split('/').pop(),
        misconception: a.title,
        reality: a.body.processed,
        verdict: a.field_verdict,
        reviewed: a.field_reviewed,
      })),
    };
    assert.deepEqual(json(`${CMS}/misconception-card-drupal.json`), mapped);
    assert.deepEqual(validate('misconception-card', mapped), { ok: true, errors: [] });
    const [first, second, third] = validateMisconceptionContent(mapped).value!.items.map((item) => nodeHtmlReader.blocks(item.reality));
    // <drupal-media> has no text: nothing of it is left.
    assert.deepEqual(texts(first!), [
      'The majority of Europe\'s trade passes through the Indo-Pacific.',
      'A conflict in the South China Sea would trigger a global economic crisis, making regional stability a domestic priority for Germany.',
    ]);
    assert.deepEqual(texts(second!)[1], ['defense capacity building,', 'maritime domain awareness,', 'training for peacekeeping.']);
    // A line break, and a relative link with its title.
    assert.deepEqual((third![1] as { children: unknown[] }).children.slice(-4), [
      { type: 'break' },
      { type: 'text', value: 'Source: ' },
      { type: 'link', href: '/explainers/asean-germany', title: 'ASEAN\u2013Germany explainer', children: [{ type: 'text', value: 'our explainer' }] },
      { type: 'text', value: '.' },
    ]);
  });
});

/**
 * Every module a source file reaches through its imports (relative ones followed; bare ones listed): static and
 * dynamic ones, or with `staticOnly` what a page downloads before any `import()` runs.
 */
function importGraph(entry: string, staticOnly = false): Set<string> {
  const seen = new Set<string>();
  const pending = [resolve(entry)];
  const IMPORT = staticOnly ? /(?:^|[^\w.])(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?['"]([^'"]+)['"]/g : /(?:^|[^\w.])(?:import|export)\s*(?:[^'"()]*?\sfrom\s*)?\(?\s*['"]([^'"]+)['"]/g;
  for (let file; (file = pending.pop()); ) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(file, 'utf8').replace(/\/\*[^]*?\*\/|\/\/.*$/gm, '');
    for (const [, spec] of source.matchAll(IMPORT)) {
      if (spec!.startsWith('.')) pending.push(join(dirname(file), spec!).replace(/\.js$/, '.ts'));
      else seen.add(spec!);
    }
  }
  return seen;
}

describe('parse5 stays out of the browser', () => {
  const reachesParse5 = (graph: Set<string>) => [...graph].filter((m) => m === 'parse5' || m.startsWith('parse5/') || m.endsWith('html-reader-node.ts'));

  it('no browser entry (the root, elements, each tag, the universal validate.js and structured-data.js) reaches parse5', () => {
    const entries = ['index', 'elements', 'faq-accordion', 'cooperation-table', 'misconception-card', 'indicator-tracker', 'explainer-provider', 'validate', 'structured-data', 'extract', 'react'];
    for (const entry of entries) {
      const graph = importGraph(`src/${entry}.ts`);
      assert.ok(graph.size > 1, entry);
      assert.deepEqual(reachesParse5(graph), [], entry);
    }
  });

  it('a component loads the browser reader (the parser walk) on demand only: Markdown pages never download it', () => {
    const lazy = ['html-tree.ts', 'html-reader-dom.ts'];
    for (const tag of ['faq-accordion', 'cooperation-table', 'misconception-card', 'indicator-tracker', 'index']) {
      const eager = [...importGraph(`src/${tag}.ts`, true)];
      const all = [...importGraph(`src/${tag}.ts`)];
      assert.deepEqual(eager.filter((m) => lazy.some((name) => m.endsWith(`rich-text/${name}`))), [], tag);
      assert.ok(eager.some((m) => m.endsWith('rich-text/html-reader-loader.ts')), tag);
      for (const name of lazy) assert.ok(all.some((m) => m.endsWith(`rich-text/${name}`)), `${tag} reaches ${name} through import()`);
    }
  });

  it('the Node entry points and the CLI do (the check sees parse5 where it is)', () => {
    for (const entry of ['src/validate-node.ts', 'src/structured-data-node.ts', 'src/cli/main.ts']) {
      assert.ok(reachesParse5(importGraph(entry)).includes('parse5'), entry);
    }
  });

  it('the pure modules import no Lit: validate(), structured data and the readers', () => {
    for (const entry of ['src/validate-node.ts', 'src/structured-data-node.ts', 'src/internal/rich-text/html-reader.ts']) {
      assert.deepEqual([...importGraph(entry)].filter((m) => m === 'lit' || m.startsWith('lit/') || m.startsWith('@lit/')), [], entry);
    }
  });

  it('package.json resolves validate.js and structured-data.js to their parse5 builds under Node only', () => {
    const pkg = json('package.json') as { exports: Record<string, Record<string, string>>; dependencies: Record<string, string> };
    assert.deepEqual(pkg.exports['./validate.js'], { types: './dist/validate.d.ts', node: './dist/validate-node.js', default: './dist/validate.js' });
    assert.deepEqual(pkg.exports['./structured-data.js'], { types: './dist/structured-data.d.ts', node: './dist/structured-data-node.js', default: './dist/structured-data.js' });
    assert.ok(pkg.dependencies.parse5, 'parse5 is a runtime dependency');
  });
});
