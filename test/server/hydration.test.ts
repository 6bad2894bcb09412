import { expect } from '@open-wc/testing';
import type { RenderOptions } from '../../src/ssr.js';
import { waitFor } from '../helpers/dom.js';
import {
  allNodes,
  example,
  examplePage,
  formState,
  fullTracker,
  hostAttributes,
  hydrate,
  nextFrames,
  openFrame,
  pageHtml,
  serializeRoot,
  serverHtml,
  TAGS,
  type Frame,
} from './ssr-frame.js';

/**
 * Hydration: a page of server-rendered components becomes live when the bundle loads, keeping every node the server
 * wrote, and its first render changes nothing: no attribute, `hidden`, `aria-*`, text or form state.
 */

interface Snapshot {
  html: string[];
  attributes: string[][];
  forms: string[][];
  nodes: Node[][];
}

function snapshot(frame: Frame): Snapshot {
  const els = frame.elements();
  return {
    html: els.map((el) => serializeRoot(el.shadowRoot!)),
    attributes: els.map(hostAttributes),
    forms: els.map((el) => formState(el.shadowRoot!)),
    nodes: els.map((el) => [el, el.shadowRoot!, ...allNodes(el.shadowRoot!), ...allNodes(el)]),
  };
}

describe('server rendering: hydration keeps the server markup', function () {
  this.timeout(30000);
  let frame: Frame;
  afterEach(() => frame?.remove());

  it('turns every example component live without replacing or changing a node', async () => {
    frame = await openFrame(pageHtml(await examplePage()));
    const before = snapshot(frame);
    expect(frame.elements().map((el) => el.localName)).to.deep.equal([...TAGS]);
    // Before the script: the declarative shadow roots are there, and nothing is defined.
    for (const el of frame.elements()) {
      expect(el.shadowRoot, el.localName).to.exist;
      expect(frame.win.customElements.get(el.localName), el.localName).to.equal(undefined);
    }
    const loads: string[] = [];
    frame.doc.addEventListener('explainer-load', (e) => loads.push((e.target as Element).localName));

    await hydrate(frame);
    const after = snapshot(frame);
    for (const [i, tag] of TAGS.entries()) {
      const el = frame.elements()[i] as HTMLElement & { hasUpdated: boolean };
      expect(el.hasUpdated, `${tag} is live`).to.be.true;
      expect(after.html[i], `${tag}: shadow root`).to.equal(before.html[i]);
      expect(after.attributes[i], `${tag}: host attributes`).to.deep.equal(before.attributes[i]);
      expect(after.forms[i], `${tag}: form state`).to.deep.equal(before.forms[i]);
      expect(after.nodes[i]!.length, `${tag}: node count`).to.equal(before.nodes[i]!.length);
      const replaced = after.nodes[i]!.filter((node, n) => node !== before.nodes[i]![n]);
      expect(replaced.length, `${tag}: nodes replaced`).to.equal(0);
    }
    expect(loads.sort(), 'explainer-load, once per element').to.deep.equal([...TAGS].sort());
    expect(frame.problems).to.deep.equal([]);
  });

  it("hydrates a wide table's server-written stacked labels as they are: stacking later makes no cell again", async () => {
    frame = await openFrame(pageHtml(await serverHtml('cooperation-table', await example('cooperation-table'))));
    const [el] = frame.elements() as (HTMLElement & { stacked: boolean })[];
    const cells = () => Array.from(el!.shadowRoot!.querySelectorAll('td'));
    await hydrate(frame);
    const before = cells();
    expect(el!.stacked, 'wide: the table layout').to.be.false;
    expect(el!.shadowRoot!.querySelectorAll('[part="stacked-label"]').length).to.equal(before.length);
    frame.doc.body.style.width = '300px';
    await waitFor(() => el!.stacked, 2000, 'stacked');
    await nextFrames(frame.win, 2);
    expect(cells().filter((cell, i) => cell !== before[i]).length, 'cells made again').to.equal(0);
  });

  it('keeps label overrides: the labels option on the server, the same labels from a provider in the browser', async () => {
    const labels = { 'faq.showAll': 'Expand all[ answers: {title}]', 'table.filter': 'Search rows' };
    const fragments = [
      await serverHtml('faq-accordion', await example('faq-accordion'), { labels }),
      await serverHtml('cooperation-table', await example('cooperation-table'), { labels, attributes: { filterable: true } }),
    ];
    const attribute = JSON.stringify(labels).replace(/'/g, '&#39;');
    frame = await openFrame(pageHtml(`<explainer-provider labels='${attribute}'>${fragments.join('\n')}</explainer-provider>`));
    const before = snapshot(frame);
    expect(before.html[0]).to.contain('Expand all');
    expect(before.html[1]).to.contain('Search rows');
    await hydrate(frame);
    const after = snapshot(frame);
    frame.elements().forEach((el, i) => {
      expect(after.html[i], `${el.localName}: shadow root`).to.equal(before.html[i]);
      expect(after.nodes[i]!.filter((node, n) => node !== before.nodes[i]![n]).length, `${el.localName}: nodes replaced`).to.equal(0);
    });
    expect(frame.problems).to.deep.equal([]);
  });

  /** Other settings: each case is a page of fragments, and hydration must leave all of them as they are. */
  const cases: [name: string, fragments: () => Promise<[tag: string, content: unknown, options: RenderOptions][]>][] = [
    [
      'German, heading level 4, and every layout attribute',
      async () => [
        ['faq-accordion', await example('faq-accordion'), { locale: 'de', headingLevel: 4, attributes: { single: true } }],
        ['cooperation-table', await example('cooperation-table'), { locale: 'de', headingLevel: 4, attributes: { sortable: true, sort: 'area:desc', highlight: 'benefit', 'sticky-row-header': true, filterable: true } }],
        ['cooperation-table', await example('cooperation-table'), { locale: 'de-AT', attributes: { layout: 'stacked', sortable: true, downloadable: true } }],
        ['misconception-card', await example('misconception-card'), { locale: 'de', headingLevel: 4, attributes: { order: 'fact-first', icons: 'none' } }],
        // No `now`: the server writes rendered-at, and the first render reads that clock.
        ['indicator-tracker', await fullTracker(), { locale: 'de', headingLevel: 4, attributes: { filterable: true, filter: 'stalled' } }],
      ],
    ],
    [
      'reveal, a single card, and the full tracker in English',
      async () => {
        const cards = await example('misconception-card');
        return [
          ['misconception-card', cards, { attributes: { reveal: true, 'structured-data': true } }],
          ['misconception-card', (cards.items as unknown[])[1], { headingLevel: 3, attributes: { reveal: true } }],
          ['faq-accordion', await example('faq-accordion'), { attributes: { 'copy-links': true, 'structured-data': true } }],
          ['indicator-tracker', await fullTracker(), { attributes: { filterable: true } }],
        ];
      },
    ],
  ];

  for (const [name, fragments] of cases) {
    it(`changes nothing on hydration: ${name}`, async () => {
      const html = await Promise.all((await fragments()).map(([tag, content, options]) => serverHtml(tag, content, options)));
      frame = await openFrame(pageHtml(html.join('\n')));
      const before = snapshot(frame);
      await hydrate(frame);
      const after = snapshot(frame);
      frame.elements().forEach((el, i) => {
        const what = `${i}: ${el.localName}`;
        expect(after.html[i], `${what}: shadow root`).to.equal(before.html[i]);
        expect(after.attributes[i], `${what}: host attributes`).to.deep.equal(before.attributes[i]);
        expect(after.forms[i], `${what}: form state`).to.deep.equal(before.forms[i]);
        expect(after.nodes[i]!.filter((node, n) => node !== before.nodes[i]![n]).length, `${what}: nodes replaced`).to.equal(0);
      });
      expect(frame.problems).to.deep.equal([]);
    });
  }
});
