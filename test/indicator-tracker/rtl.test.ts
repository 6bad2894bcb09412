import { expect, html } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import type { IndicatorTracker } from '../../src/indicator-tracker.js';
import { part, parts, settle } from '../helpers/dom.js';
import { fromEnd, fromStart, horizontalSense, renderBoth, verticalSense, type Dir } from '../helpers/rtl.js';
import { NOW } from './fixtures.js';

const DIRS: Dir[] = ['ltr', 'rtl'];

/** Three indicators, one per trend direction, with progress and evidence. */
const content = {
  indicators: (['up', 'flat', 'down'] as const).map((direction, i) => ({
    id: direction,
    label: `Indicator ${direction}`,
    description: 'What to watch.',
    status: 'on-track',
    trend: { direction },
    progress: { value: [30, 60, 90][i]! },
    evidence: [{ date: '2026-01-10', text: 'A first step.' }, { date: '2026-02-10', text: 'A second step.' }],
  })),
};

const render = () =>
  renderBoth<IndicatorTracker>('indicator-tracker', () => html`<indicator-tracker now=${NOW} .data=${content}></indicator-tracker>`);

const trendIcon = (el: IndicatorTracker, direction: string) => el.shadowRoot!.querySelector(`[part~="trend-icon"][data-shape="${direction}"]`)!;

describe('indicator-tracker: right-to-left', () => {
  it('fills progress bars from the inline start', async () => {
    const els = await render();
    for (const dir of DIRS) {
      parts(els[dir], 'progress-bar').forEach((bar, i) => {
        const fill = bar.querySelector('[part="progress-fill"]')!;
        expect(fromStart(fill, bar, dir), `${dir}: touches the start`).to.be.closeTo(0, 1);
        const share = fill.getBoundingClientRect().width / bar.getBoundingClientRect().width;
        expect(share, `${dir}: ${[30, 60, 90][i]}%`).to.be.closeTo([0.3, 0.6, 0.9][i]!, 0.01);
        expect(fromEnd(fill, bar, dir), `${dir}: leaves the end empty`).to.be.greaterThan(5);
      });
    }
    // In right-to-left text: the fill's right edge is the bar's right edge.
    const bar = part(els.rtl, 'progress-bar');
    expect(part(els.rtl, 'progress-fill').getBoundingClientRect().right).to.be.closeTo(bar.getBoundingClientRect().right, 1);
  });

  it('mirrors the "steady" arrow, which points sideways, and not the up and down arrows', async () => {
    const els = await render();
    expect(DIRS.map((dir) => horizontalSense(trendIcon(els[dir], 'flat'))), 'steady: forward is right, then left').to.deep.equal([1, -1]);
    for (const direction of ['up', 'down']) {
      expect(DIRS.map((dir) => [horizontalSense(trendIcon(els[dir], direction)), verticalSense(trendIcon(els[dir], direction))]), direction).to.deep.equal([
        [1, 1],
        [1, 1],
      ]);
    }
    // Mirrored in place: the icon keeps its box, at the inline start of the trend line.
    for (const dir of DIRS) {
      const icon = trendIcon(els[dir], 'flat');
      expect(fromStart(icon, icon.closest('[part~="trend"]')!, dir), dir).to.be.closeTo(0, 1);
    }
  });

  it('puts the name at the inline start and the status tag at the inline end of each header', async () => {
    const els = await render();
    for (const dir of DIRS) {
      const header = part(els[dir], 'indicator-header');
      expect(fromStart(header.firstElementChild!, header, dir), `${dir}: name`).to.be.closeTo(0, 1);
      expect(fromEnd(part(els[dir], 'status'), header, dir), `${dir}: status`).to.be.closeTo(0, 1);
    }
  });

  it('draws the evidence timeline on the inline-start side, its dots on the line', async () => {
    const els = await render();
    for (const dir of DIRS) {
      const details = part<HTMLDetailsElement>(els[dir], 'evidence');
      details.open = true;
      await settle(els[dir]);
      const list = part(els[dir], 'evidence-list');
      const style = getComputedStyle(list);
      const [start, end] = dir === 'ltr' ? [style.borderLeftWidth, style.borderRightWidth] : [style.borderRightWidth, style.borderLeftWidth];
      expect([start, end], `${dir}: timeline border`).to.deep.equal(['2px', '0px']);
      const item = part(els[dir], 'evidence-item');
      // The text keeps its distance from the line (the left-to-right padding, mirrored).
      const padding = parseFloat(getComputedStyle(part(els.ltr, 'evidence-item')).paddingLeft);
      expect(padding).to.be.greaterThan(4);
      expect(fromStart(part(els[dir], 'evidence-date'), item, dir), `${dir}: text after the line`).to.be.closeTo(padding, 1);
      // The dot (a pseudo-element) is centred on the 2px line at the list's inline-start edge.
      const dot = getComputedStyle(item, '::before');
      const itemBox = item.getBoundingClientRect();
      const left = itemBox.left + parseFloat(dot.left);
      const centre = left + (parseFloat(dot.width) + parseFloat(dot.borderLeftWidth) + parseFloat(dot.borderRightWidth)) / 2;
      const listBox = list.getBoundingClientRect();
      const line = dir === 'ltr' ? listBox.left + 1 : listBox.right - 1;
      expect(centre, `${dir}: dot on the line`).to.be.closeTo(line, 1.5);
    }
  });
});
