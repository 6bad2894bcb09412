import { expect } from '@open-wc/testing';
import { ALL_CONTROLS, example, fullTracker, hydrate, NOW, openFrame, pageHtml, serverHtml, visibleText, type Frame, type Tag } from './ssr-frame.js';

/**
 * Server HTML read with scripting off (an iframe sandboxed without `allow-scripts`: scripting is off in it and
 * `@media (scripting: none)` matches, in every engine): every part of the content shows, in the same order as with
 * script once everything is opened, and no control that needs script is visible.
 */

/** Controls that need script, per component: none may be visible without it (all are visible with it). */
const CONTROLS: Record<Tag, string[]> = {
  'faq-accordion': ['[part~="toggle-all"]', '[part~="copy-link"]', '[part~="icon"]'],
  'cooperation-table': ['[part~="toolbar"]', '[part~="filter-input"]', '[part~="download"]', '[part~="sort-button"]'],
  'misconception-card': ['[part~="reveal-button"]'],
  'indicator-tracker': ['[part~="filter"]', '[part~="filter-select"]', '[part~="filter-status"]'],
};

/** Text that belongs to a control, not to the content: left out of the comparison (its text changes with its state). */
const CONTROL_TEXT = '[part~="toolbar"], [part~="copy-link"], [part~="reveal-button"], [part~="filter"]';

type Opener = HTMLElement & { updateComplete: Promise<unknown>; expandAll?(): void; revealAll?(): void };

/** Opens everything that opens in a live frame: answers, realities, evidence; clears the tracker's filter. */
async function openEverything(frame: Frame): Promise<void> {
  for (const el of frame.elements() as Opener[]) {
    el.expandAll?.();
    el.revealAll?.();
    el.removeAttribute('filter');
    await el.updateComplete;
    for (const details of Array.from(el.shadowRoot!.querySelectorAll('details'))) details.open = true;
    await el.updateComplete;
  }
}

const visible = (el: Element, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll(selector)).filter((node) => node.checkVisibility({ visibilityProperty: true }));

describe('server rendering: readers without script', function () {
  this.timeout(30000);
  const frames: Frame[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  const cases: [name: string, allControls: boolean, fragments: () => Promise<[Tag, unknown, Parameters<typeof serverHtml>[2]][]>][] = [
    [
      'the example content (the tracker with every field), every control on',
      true,
      async () => [
        ['faq-accordion', await example('faq-accordion'), { attributes: ALL_CONTROLS['faq-accordion'] }],
        ['cooperation-table', await example('cooperation-table'), { attributes: ALL_CONTROLS['cooperation-table'] }],
        ['misconception-card', await example('misconception-card'), { attributes: ALL_CONTROLS['misconception-card'] }],
        ['indicator-tracker', await fullTracker(), { attributes: ALL_CONTROLS['indicator-tracker'] }],
      ],
    ],
    [
      'German, stacked table, fact-first cards, a tracker with a filter set and all its evidence',
      false,
      async () => [
        ['faq-accordion', await example('faq-accordion'), { locale: 'de', attributes: { single: true } }],
        ['cooperation-table', await example('cooperation-table'), { locale: 'de', attributes: { layout: 'stacked', sortable: true, filterable: true } }],
        ['misconception-card', await example('misconception-card'), { locale: 'de', attributes: { order: 'fact-first' } }],
        ['indicator-tracker', await fullTracker(), { locale: 'de', attributes: { filterable: true, filter: 'stalled', now: NOW } }],
      ],
    ],
  ];

  for (const [name, allControls, fragments] of cases) {
    it(`shows all the content, in order, and no script-only control: ${name}`, async () => {
      const list = await fragments();
      const html = pageHtml((await Promise.all(list.map(([tag, content, options]) => serverHtml(tag, content, options)))).join('\n'));
      const off = await openFrame(html, { sandbox: 'allow-same-origin' });
      const on = await openFrame(html);
      frames.push(off, on);
      expect(off.win.matchMedia('(scripting: none)').matches, 'scripting is off in the sandboxed frame').to.be.true;
      expect(on.win.matchMedia('(scripting: none)').matches, 'scripting is on in the other').to.be.false;
      await hydrate(on);
      await openEverything(on);
      // With every control on and script, each is there and visible (so the selectors are right).
      list.forEach(([tag], i) => {
        for (const selector of CONTROLS[tag]) {
          const nodes = on.elements()[i]!.shadowRoot!.querySelectorAll(selector);
          if (!allControls) continue;
          expect(nodes.length, `with script: ${tag} ${selector}`).to.be.greaterThan(0);
          expect(visible(on.elements()[i]!, selector).length, `with script: ${tag} ${selector} visible`).to.be.greaterThan(0);
        }
      });
      list.forEach(([tag], i) => {
        const without = off.elements()[i]!;
        const withScript = on.elements()[i]!;
        for (const selector of CONTROLS[tag]) expect(visible(without, selector), `without script: ${tag} ${selector}`).to.deep.equal([]);
        const text = visibleText(without.shadowRoot!, CONTROL_TEXT);
        expect(text, `${tag}: the text without script`).to.deep.equal(visibleText(withScript.shadowRoot!, CONTROL_TEXT));
        expect(text.length, `${tag}: text shown`).to.be.greaterThan(5);
      });
      // The parts that start closed with script are all there to read without it.
      const [faq, table, cards, tracker] = off.elements();
      const content = list.map(([, c]) => c as Record<string, unknown[]>);
      expect(visible(faq!, '[part~="answer-body"]').length).to.equal(content[0]!.items!.length);
      expect(visible(table!, '[part~="row"]').length).to.equal(content[1]!.rows!.length);
      expect(visible(cards!, '[part~="reality-body"]').length).to.equal(content[2]!.items!.length);
      expect(visible(tracker!, '[part~="indicator"]').length).to.equal(content[3]!.indicators!.length);
      const evidence = (content[3]!.indicators as { evidence?: unknown[] }[]).reduce((n, item) => n + (item.evidence?.length ?? 0), 0);
      expect(visible(tracker!, '[part~="evidence-item"]').length).to.equal(evidence);
    });
  }

  it('realities behind reveal buttons all show without script', async () => {
    const cards = await example('misconception-card');
    const html = pageHtml(await serverHtml('misconception-card', cards, { attributes: { reveal: true } }));
    const off = await openFrame(html, { sandbox: 'allow-same-origin' });
    frames.push(off);
    const el = off.elements()[0]!;
    const realities = Array.from(el.shadowRoot!.querySelectorAll('[part~="reality"]'));
    // Closed in the markup (as the live component starts), and shown all the same.
    expect(realities.every((r) => r.getAttribute('hidden') === 'until-found')).to.be.true;
    expect(visible(el, '[part~="reality-body"]').length).to.equal((cards.items as unknown[]).length);
    expect(visible(el, '[part~="reveal-button"]')).to.deep.equal([]);
  });
});
