// The React wrapper tests, for any React version: rendering with `data` from the example content, events as
// `onExplainer...` props after a real click, a provider's settings, and server rendering to the bare tag.
// No JSX: React.createElement, so the test runner's esbuild needs no JSX setup.
import { expect } from '@open-wc/testing';
import type ReactType from 'react';
import type { createRoot as CreateRoot } from 'react-dom/client';
import type { renderToString as RenderToString } from 'react-dom/server';
import type { ExplainerReactWrappers } from '../../src/react-wrappers.js';
import type { FaqContent } from '../../src/components/faq-accordion/faq-accordion.content.js';
import type { CooperationTableContent } from '../../src/components/cooperation-table/cooperation-table.content.js';
import type { MisconceptionContent } from '../../src/components/misconception-card/misconception-card.content.js';
import type { TrackerContent } from '../../src/components/indicator-tracker/indicator-tracker.content.js';
import type { ExplainerToggleDetail } from '../../src/internal/events.js';
import type { ExplainerSortDetail } from '../../src/components/cooperation-table/cooperation-table.events.js';
import type { ExplainerRevealDetail } from '../../src/components/misconception-card/misconception-card.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, text, waitFor } from '../helpers/dom.js';

export interface ReactUnderTest {
  version: string;
  React: typeof ReactType;
  createRoot: typeof CreateRoot;
  renderToString: typeof RenderToString;
  wrappers: ExplainerReactWrappers;
}

interface Content {
  faq: FaqContent;
  table: CooperationTableContent;
  cards: MisconceptionContent;
  tracker: TrackerContent;
}

async function loadContent(): Promise<Content> {
  const full = await fetch('/examples/content/indicator-tracker-full.json');
  return {
    faq: await exampleContent<FaqContent>('faq-accordion'),
    table: await exampleContent<CooperationTableContent>('cooperation-table'),
    cards: await exampleContent<MisconceptionContent>('misconception-card'),
    tracker: (await full.json()) as TrackerContent,
  };
}

/** Renders `element` into a fresh container; returns the container and an unmount function. */
function mount(r: ReactUnderTest, element: ReactType.ReactElement): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = r.createRoot(container);
  root.render(element);
  return {
    container,
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

/** The rendered custom element `tag` once its shadow root shows content. */
async function rendered(container: HTMLElement, tag: string): Promise<HTMLElement> {
  await waitFor(() => container.querySelector(tag)?.shadowRoot?.querySelector('[part]'), 3000, `<${tag}> to render`);
  return container.querySelector<HTMLElement>(tag)!;
}

export function wrapperSuite(r: ReactUnderTest): void {
  const { React, wrappers } = r;
  const h = React.createElement;
  let content: Content;
  let cleanup: (() => void)[] = [];

  describe(`React ${r.version} wrappers (@lit/react)`, () => {
    before(async () => {
      content = await loadContent();
    });

    afterEach(() => {
      for (const fn of cleanup) fn();
      cleanup = [];
    });

    function render(element: ReactType.ReactElement): HTMLElement {
      const { container, unmount } = mount(r, element);
      cleanup.push(unmount);
      return container;
    }

    it('runs the expected React version', () => {
      expect(React.version.split('.')[0]).to.equal(r.version);
    });

    it('renders every component from the `data` prop, and calls onExplainerLoad', async () => {
      const loads: string[] = [];
      const onExplainerLoad = (e: CustomEvent<{ count: number }>) => loads.push(`${(e.target as Element).localName}:${e.detail.count}`);
      const container = render(
        h(
          'div',
          null,
          h(wrappers.FaqAccordion, { data: content.faq, onExplainerLoad }),
          h(wrappers.CooperationTable, { data: content.table, onExplainerLoad }),
          h(wrappers.MisconceptionCard, { data: content.cards, onExplainerLoad }),
          h(wrappers.IndicatorTracker, { data: content.tracker, onExplainerLoad, now: new Date('2026-03-15T12:00:00Z') }),
        ),
      );
      const faq = await rendered(container, 'faq-accordion');
      expect(text(part(faq, 'title'))).to.equal(content.faq.title);
      expect(parts(faq, 'question')).to.have.length(content.faq.items.length);
      const table = await rendered(container, 'cooperation-table');
      expect(text(part(table, 'title'))).to.equal(content.table.title);
      const cards = await rendered(container, 'misconception-card');
      expect(text(part(cards, 'title'))).to.equal(content.cards.title);
      const tracker = await rendered(container, 'indicator-tracker');
      expect(text(part(tracker, 'title'))).to.equal(content.tracker.title);
      // Properties, not attributes: the object itself reached the element.
      expect((faq as HTMLElement & { data: unknown }).data).to.equal(content.faq);
      expect(faq.hasAttribute('data')).to.equal(false);
      await waitFor(() => loads.length === 4, 3000, 'four explainer-load events');
      expect(loads.sort()).to.deep.equal([
        `cooperation-table:${content.table.rows.length}`,
        `faq-accordion:${content.faq.items.length}`,
        `indicator-tracker:${content.tracker.indicators.length}`,
        `misconception-card:${content.cards.items.length}`,
      ]);
    });

    it('FaqAccordion: onExplainerToggle receives the toggle after a click', async () => {
      const seen: ExplainerToggleDetail[] = [];
      const container = render(h(wrappers.FaqAccordion, { data: content.faq, onExplainerToggle: (e) => seen.push(e.detail) }));
      const faq = await rendered(container, 'faq-accordion');
      part(faq, 'question').click();
      await waitFor(() => seen.length === 1, 3000, 'explainer-toggle');
      expect(seen[0]).to.include({ id: content.faq.items[0]!.id, index: 0, open: true });
    });

    it('CooperationTable: onExplainerSort receives the sort after a click; boolean props become properties', async () => {
      const seen: ExplainerSortDetail[] = [];
      const container = render(h(wrappers.CooperationTable, { data: content.table, sortable: true, layout: 'table', onExplainerSort: (e) => seen.push(e.detail) }));
      const table = await rendered(container, 'cooperation-table');
      await waitFor(() => parts(table, 'sort-button').length > 0, 3000, 'sort buttons');
      parts(table, 'sort-button')[0]!.click();
      await waitFor(() => seen.length === 1, 3000, 'explainer-sort');
      expect(seen[0]).to.include({ column: content.table.columns[0]!.key, direction: 'asc' });
    });

    it('MisconceptionCard: onExplainerReveal receives the reveal after a click', async () => {
      const seen: ExplainerRevealDetail[] = [];
      const container = render(h(wrappers.MisconceptionCard, { data: content.cards, reveal: true, onExplainerReveal: (e) => seen.push(e.detail) }));
      const cards = await rendered(container, 'misconception-card');
      part(cards, 'reveal-button').click();
      await waitFor(() => seen.length === 1, 3000, 'explainer-reveal');
      expect(seen[0]).to.include({ id: content.cards.items[0]!.id, index: 0, open: true });
    });

    it('IndicatorTracker: onExplainerToggle receives the evidence toggle after a click', async () => {
      const seen: ExplainerToggleDetail[] = [];
      const container = render(
        h(wrappers.IndicatorTracker, { data: content.tracker, now: new Date('2026-03-15T12:00:00Z'), onExplainerToggle: (e) => seen.push(e.detail) }),
      );
      const tracker = await rendered(container, 'indicator-tracker');
      part(tracker, 'evidence-toggle').click();
      await waitFor(() => seen.length === 1, 3000, 'explainer-toggle');
      expect(seen[0]).to.include({ index: 0, open: true });
    });

    it('onExplainerError receives content errors', async () => {
      const seen: string[] = [];
      const bad = { items: [{ question: 'Q' }] } as unknown as FaqContent;
      const container = render(h(wrappers.FaqAccordion, { data: bad, onExplainerError: (e) => seen.push(...e.detail.errors.map((x) => x.path)) }));
      await waitFor(() => seen.length > 0, 3000, 'explainer-error');
      expect(seen).to.include('items[0].answer');
      expect(container.querySelector('faq-accordion')).to.exist;
    });

    it('ExplainerProvider passes its settings to the components inside it', async () => {
      const container = render(h(wrappers.ExplainerProvider, { headingLevel: 4 }, h(wrappers.FaqAccordion, { data: content.faq })));
      const faq = await rendered(container, 'faq-accordion');
      expect(container.querySelector('explainer-provider > faq-accordion')).to.equal(faq);
      await waitFor(() => part(faq, 'title').localName === 'h4', 3000, 'an h4 title');
      expect(part(faq, 'question-heading').localName).to.equal('h5');
    });

    it('renderToString prints the bare tags: properties and listeners are set on the client', () => {
      // React warns that @lit/react's useLayoutEffect does nothing on the server: expected, and kept out of the log.
      const error = console.error;
      console.error = () => undefined;
      let html: string;
      try {
        html = r.renderToString(
          h(wrappers.ExplainerProvider, { locale: 'de' }, h(wrappers.FaqAccordion, { data: content.faq, onExplainerToggle: () => undefined })),
        );
      } finally {
        console.error = error;
      }
      expect(html).to.match(/^<explainer-provider[^>]*>\s*<faq-accordion[^>]*><\/faq-accordion>\s*<\/explainer-provider>$/);
      expect(html).not.to.contain(content.faq.items[0]!.question);
      expect(html).not.to.contain('data=');
    });
  });
}
