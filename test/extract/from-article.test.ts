import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { extractArticle } from '../../src/extract.js';
import { part, parts, settle, text } from '../helpers/dom.js';

// extractArticle() in the browser, on the seed article as served, feeding the four components through `data`:
// each renders every item with no error, as the "From article to components" story shows.
describe('extractArticle() in the browser: the seed article to four components', () => {
  let article: string;
  before(async () => {
    article = await (await fetch('/examples/articles/asean-germany-explainer.txt')).text();
  });

  it('builds content that each component renders in full, with no explainer-error', async () => {
    const { sections, found } = extractArticle(article);
    expect(found.map((s) => s.tag)).to.deep.equal(['cooperation-table', 'misconception-card', 'indicator-tracker', 'faq-accordion']);
    const errors: Event[] = [];
    const page = await fixture(html`<div @explainer-error=${(e: Event) => errors.push(e)}>
      <cooperation-table .data=${sections['cooperation-table']}></cooperation-table>
      <misconception-card .data=${sections['misconception-card']}></misconception-card>
      <indicator-tracker .data=${sections['indicator-tracker']}></indicator-tracker>
      <faq-accordion .data=${sections['faq-accordion']}></faq-accordion>
    </div>`);
    const [table, cards, tracker, faq] = ['cooperation-table', 'misconception-card', 'indicator-tracker', 'faq-accordion'].map((tag) => page.querySelector(tag)!);
    for (const el of [table, cards, tracker, faq]) await settle(el!);
    expect(errors).to.have.length(0);
    expect(parts(table!, 'row')).to.have.length(4);
    expect(parts(cards!, 'card')).to.have.length(3);
    expect(parts(tracker!, 'indicator')).to.have.length(3);
    expect(parts(faq!, 'question').map((q) => text(q))).to.deep.equal(sections['faq-accordion']!.items.map((i) => i.question));
    expect(text(part(faq!, 'title'))).to.equal('Frequently Asked Questions');
    expect(text(part(tracker!, 'title'))).to.equal('The Path Forward: Milestones and Expectations');
    // No status was invented, so the tracker shows none.
    expect(parts(tracker!, 'status')).to.have.length(0);
  });
});

// The same readers in the browser as in Node (Unicode classes, matchAll, Object.hasOwn...): the fixture articles
// of the Node tests give the same sections and warnings here.
describe('extractArticle() in the browser: the fixture articles', () => {
  const expected: Record<string, { names: string[]; warnings: number[] }> = {
    'solar-markdown.md': { names: ['cooperation-table', 'faq-accordion', 'misconception-card', 'indicator-tracker'], warnings: [] },
    'bold-faq.md': { names: ['faq-accordion'], warnings: [] },
    'q-and-a.txt': { names: ['faq-accordion'], warnings: [] },
    'myth-fact.txt': { names: ['misconception-card'], warnings: [10] },
    'what-to-watch.txt': { names: ['indicator-tracker'], warnings: [7] },
    'table-no-outer-pipes.md': { names: ['cooperation-table'], warnings: [11, 12] },
    'nothing.txt': { names: [], warnings: [] },
    'edge-cases.md': { names: ['cooperation-table', 'cooperation-table-2', 'faq-accordion', 'misconception-card'], warnings: [9, 13, 26, 30, 34, 38] },
  };
  for (const [name, { names, warnings }] of Object.entries(expected)) {
    it(`${name}: ${names.join(', ') || 'nothing'}`, async () => {
      const source = await (await fetch(`/test/node/fixtures/articles/${name}`)).text();
      const result = extractArticle(source, { syntax: name.endsWith('.md') ? 'markdown' : 'text' });
      expect(result.found.map((s) => s.name)).to.deep.equal(names);
      expect(result.warnings.map((w) => w.line)).to.deep.equal(warnings);
    });
  }

  it('slugs ids from any script, accents dropped', () => {
    const { sections } = extractArticle('## FAQ\n\n### Où est la réunion ?\n\nÀ Jakarta.\n\n### 会议在哪里？?\n\n在雅加达。\n');
    expect(sections['faq-accordion']!.items.map((i) => i.id)).to.deep.equal(['ou-est-la-reunion', '会议在哪里']);
  });
});
