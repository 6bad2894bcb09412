/// <reference types="node" />
// `explainer-elements render`: the fragment on stdout and exit 0; invalid content on stderr as `file: path: message`
// and exit 1; usage errors and exit 2; the options (component, locale, heading level, attributes, JSON-LD); and the
// command line as a real process.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand, USAGE } from '../../src/cli/commands.js';
import { RENDER_USAGE, runRender } from '../../src/cli/render-command.js';
import { renderToString } from '../../src/ssr.js';
import { componentTags } from '../../src/validate.js';
import { memoryIo } from './cli-io.js';

const examples = 'examples/content/asean-germany';
const example = (tag: string) => readFileSync(`${examples}/${tag}.json`, 'utf8');

const io = memoryIo;

describe('explainer-elements render (CLI)', () => {
  for (const tag of componentTags) {
    it(`${tag}.json: the component from the file name, the fragment on stdout, exit 0`, async () => {
      const t = io({ [`content/${tag}.json`]: example(tag) });
      assert.equal(await runRender([`content/${tag}.json`, ...(tag === 'indicator-tracker' ? ['--attr', 'now=2026-06-01'] : [])], t.io), 0);
      assert.deepEqual(t.err, []);
      assert.equal(t.out.length, 1);
      // What renderToString() gives (ids aside: each render takes the next instance number).
      const options = tag === 'indicator-tracker' ? { attributes: { now: '2026-06-01' } } : {};
      const ids = (html: string) => html.replace(new RegExp(`${tag}-[0-9a-z]+-`, 'g'), `${tag}-N-`);
      assert.equal(ids(t.out[0]!), ids(await renderToString(tag, JSON.parse(example(tag)), options)));
      assert.match(t.out[0]!, new RegExp(`^<${tag} lang="en" heading-level="2"[^>]*><template shadowroot="open" shadowrootmode="open">`));
      assert.ok(t.out[0]!.endsWith(`</script></${tag}>`));
    });
  }

  it('--component, --locale, --heading-level, --attr (repeated, with and without a value) and --json-ld', async () => {
    const t = io({ 'faq.json': example('faq-accordion'), 'table.json': example('cooperation-table') });
    assert.equal(await runRender(['faq.json', '--component', 'faq-accordion', '--locale', 'de', '--heading-level', '3', '--attr', 'copy-links', '--json-ld'], t.io), 0, t.err.join('\n'));
    const faq = t.out[0]!;
    assert.match(faq, /^<faq-accordion lang="de" heading-level="3" copy-links /);
    assert.ok(faq.includes('Alle Antworten anzeigen'));
    assert.match(faq, /<h3 part="title"/);
    assert.match(faq, /<\/faq-accordion><script type="application\/ld\+json" data-explainer-json-ld>\{"@context":"https:\/\/schema.org","@type":"FAQPage"/);
    assert.equal(await runRender(['table.json', '-c', 'cooperation-table', '--attr', 'sortable', '--attr=sort=area:desc', '--heading-level=4'], t.io), 0, t.err.join('\n'));
    assert.match(t.out[1]!, /^<cooperation-table lang="en" heading-level="4" sortable sort="area:desc"/);
    assert.match(t.out[1]!, /aria-sort="descending"/);
  });

  it('--labels: label overrides from a JSON file', async () => {
    const t = io({ 'faq-accordion.json': example('faq-accordion'), 'labels.json': JSON.stringify({ 'faq.showAll': 'Expand all[ answers: {title}]' }) });
    assert.equal(await runRender(['faq-accordion.json', '--labels', 'labels.json'], t.io), 0, t.err.join('\n'));
    assert.match(t.out[0]!, /aria-label="Expand all answers: Frequently Asked Questions"/);
  });

  it('invalid content: file: path: message on stderr, nothing on stdout, exit 1', async () => {
    const t = io({ 'faq-accordion.json': JSON.stringify({ items: [{ question: 'Q', answer: 'A' }, { question: 'Q2', answer: 3 }] }), 'faq-accordion.bad.json': '{ nope' });
    assert.equal(await runRender(['faq-accordion.json'], t.io), 1);
    assert.deepEqual(t.out, []);
    assert.deepEqual(t.err, ['faq-accordion.json: items[1].answer: expected a string, got a number']);
    assert.equal(await runRender(['faq-accordion.bad.json'], t.io), 1);
    assert.match(t.err[1]!, /^faq-accordion\.bad\.json: \(root\): is not valid JSON/);
  });

  it('usage errors: exit 2 with the reason (and the usage where the arguments are wrong)', async () => {
    const files = { 'faq-accordion.json': example('faq-accordion'), 'notes.json': example('faq-accordion'), 'list.json': '["Expand"]', 'broken.json': '{ nope' };
    for (const [args, message] of [
      [[], /^no file given$/],
      [['faq-accordion.json', 'notes.json'], /^one file at a time \(got 2\)$/],
      [['faq-accordion.json', '--nope'], /^unknown option --nope$/],
      [['faq-accordion.json', '--locale'], /^missing value for --locale$/],
      [['faq-accordion.json', '--heading-level', '7'], /^--heading-level: expected 1 to 6, got "7"$/],
      [['faq-accordion.json', '--json-ld=yes'], /^--json-ld takes no value$/],
      [['faq-accordion.json', '--component', 'faq'], /^unknown component "faq"/],
      [['notes.json'], /^notes\.json: cannot tell which component it is for: pass --component <tag>$/],
      [['missing/faq-accordion.json'], /^missing\/faq-accordion\.json: cannot be read \(ENOENT/],
      [['faq-accordion.json', '--locale', 'not a locale'], /locale "not a locale" is not a BCP 47 language tag/],
      [['faq-accordion.json', '--attr', 'onclick=alert(1)'], /event-handler attributes are not written/],
      [['faq-accordion.json', '--attr', 'src=/other.json'], /"src" would make the browser fetch/],
      [['faq-accordion.json', '--labels', 'broken.json'], /^--labels broken\.json: cannot be read as JSON/],
      [['faq-accordion.json', '--labels', 'missing.json'], /^--labels missing\.json: cannot be read as JSON \(ENOENT/],
      [['faq-accordion.json', '--labels', 'list.json'], /labels must be an object of label texts by key/],
    ] as const) {
      const t = io(files);
      assert.equal(await runRender(args, t.io), 2, args.join(' '));
      assert.deepEqual(t.out, [], args.join(' '));
      assert.match(t.err[0]!, message, args.join(' '));
    }
  });

  it('is a command of explainer-elements, listed in its usage', async () => {
    assert.ok(USAGE.includes(RENDER_USAGE));
    const t = io({ 'faq-accordion.json': example('faq-accordion') });
    assert.equal(await runCommand(['render', 'faq-accordion.json'], t.io), 0);
    assert.match(t.out[0]!, /^<faq-accordion /);
  });

  it('runs as a real process: stdout, stderr and exit codes 0, 1 and 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-render-'));
    const bad = join(dir, 'misconception-card.json');
    writeFileSync(bad, JSON.stringify({ items: [{ misconception: 'M' }] }));
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'render', ...args], { encoding: 'utf8' });
    const good = run(`${examples}/misconception-card.json`, '--attr', 'reveal');
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /^<misconception-card lang="en" heading-level="2" reveal /);
    assert.equal(good.stderr, '');
    const invalid = run(bad);
    assert.equal(invalid.status, 1);
    assert.equal(invalid.stdout, '');
    assert.match(invalid.stderr, new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: items\\[0\\]\\.reality: is required$`, 'm'));
    const usage = run();
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /^no file given/);
  });
});
