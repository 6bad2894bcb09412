import { expect, html } from '@open-wc/testing';
import { part, parts, waitFor } from '../helpers/dom.js';
import { fromEnd, fromStart, horizontalSense, lineBoxes, renderBoth, transformOf, verticalSense, type Dir } from '../helpers/rtl.js';
import { hiddenSides, seedTable, shadowSides, wideTable, type CooperationTable } from './fixtures.js';

const DIRS: Dir[] = ['ltr', 'rtl'];

/** Transitions off (a token), so shadows show or hide at once; no engine-specific media emulation needed. */
const NO_MOTION = '--explainer-duration: 0s';

/** Scrolls the scroller to its inline start (`'start'`) or end, and waits for the scroll event to be handled. */
async function scrollTo(el: CooperationTable, dir: Dir, where: 'start' | 'end'): Promise<void> {
  const scroller = part(el, 'scroller');
  const max = scroller.scrollWidth - scroller.clientWidth;
  // Right-to-left scroll positions run from 0 (start) to negative values.
  scroller.scrollLeft = where === 'start' ? 0 : dir === 'rtl' ? -max : max;
  const frame = scroller.parentElement!;
  await waitFor(() => frame.hasAttribute('data-scroll-start') === (where === 'end') && frame.hasAttribute('data-scroll-end') === (where === 'start'), 2000, `scrolled to the ${where}`);
}

const renderWide = (attrs: 'sticky' | 'plain' = 'plain') =>
  renderBoth<CooperationTable>(
    'cooperation-table',
    () =>
      attrs === 'sticky'
        ? html`<cooperation-table layout="table" sticky-row-header style=${NO_MOTION} .data=${wideTable}></cooperation-table>`
        : html`<cooperation-table layout="table" style=${NO_MOTION} .data=${wideTable}></cooperation-table>`,
    '320px',
  );

describe('cooperation-table: right-to-left', () => {
  it('starts scrolled to the inline start: the hidden columns are on the inline-end side', async () => {
    const els = await renderWide();
    await waitFor(() => DIRS.every((dir) => part(els[dir], 'scroller').parentElement!.hasAttribute('data-scroll-end')), 2000, 'end shadows');
    expect(hiddenSides(els.ltr)).to.deep.equal(['right']);
    expect(hiddenSides(els.rtl)).to.deep.equal(['left']);
    expect(part(els.rtl, 'scroller').parentElement!.hasAttribute('data-scroll-start'), 'nothing hidden at the start').to.be.false;
  });

  it('shows each scroll shadow on the side where content is hidden, at rest and scrolled to the end', async () => {
    const els = await renderWide();
    for (const dir of DIRS) {
      await waitFor(() => part(els[dir], 'scroller').parentElement!.hasAttribute('data-scroll-end'), 2000, 'end shadow');
      expect(shadowSides(els[dir]), `${dir}, at rest`).to.deep.equal(hiddenSides(els[dir]));
      await scrollTo(els[dir], dir, 'end');
      expect(hiddenSides(els[dir]), `${dir}, scrolled`).to.deep.equal([dir === 'ltr' ? 'left' : 'right']);
      expect(shadowSides(els[dir]), `${dir}, scrolled to the end`).to.deep.equal(hiddenSides(els[dir]));
    }
  });

  it('shows both shadows half-way, and none once scrolled back to the start', async () => {
    const els = await renderWide();
    const el = els.rtl;
    const scroller = part(el, 'scroller');
    const frame = scroller.parentElement!;
    scroller.scrollLeft = -80;
    await waitFor(() => frame.hasAttribute('data-scroll-start') && frame.hasAttribute('data-scroll-end'), 2000, 'both shadows');
    expect(shadowSides(el)).to.deep.equal(['left', 'right']);
    await scrollTo(el, 'rtl', 'start');
    expect(shadowSides(el)).to.deep.equal(['left']);
  });

  it('keeps the sticky row header at the inline-start edge of the scroll region after scrolling', async () => {
    const els = await renderWide('sticky');
    for (const dir of DIRS) {
      const scroller = part(els[dir], 'scroller');
      const header = parts(els[dir], 'row-header')[0]!;
      const corner = parts(els[dir], 'header-cell')[0]!;
      await scrollTo(els[dir], dir, 'end');
      expect(fromStart(part(els[dir], 'table'), scroller, dir), `${dir}: the table scrolled`).to.be.lessThan(-200);
      expect(fromStart(header, scroller, dir), `${dir}: row header`).to.be.closeTo(0, 1);
      expect(fromStart(corner, scroller, dir), `${dir}: its column header`).to.be.closeTo(0, 1);
      // The cell beside it has scrolled away past the inline start.
      expect(fromStart(header.nextElementSibling!, scroller, dir), `${dir}: next cell`).to.be.lessThan(0);
    }
  });

  it('aligns the caption and cell text to the inline start', async () => {
    const narrow = { ...wideTable, columns: wideTable.columns.slice(0, 3) };
    const els = await renderBoth<CooperationTable>('cooperation-table', () => html`<cooperation-table layout="table" .data=${narrow}></cooperation-table>`, '48rem');
    for (const dir of DIRS) {
      const caption = part(els[dir], 'caption');
      const [line] = lineBoxes(caption);
      expect(dir === 'ltr' ? line!.left - caption.getBoundingClientRect().left : caption.getBoundingClientRect().right - line!.right, `${dir}: caption`).to.be.closeTo(0, 1);
      for (const name of ['row-header', 'cell']) {
        const cell = parts(els[dir], name)[0]!;
        const lines = lineBoxes(cell).filter((r) => r.height > 0);
        const box = cell.getBoundingClientRect();
        // The left-to-right padding on the left, mirrored in right-to-left text.
        const padding = parseFloat(getComputedStyle(parts(els.ltr, name)[0]!).paddingLeft);
        const start = dir === 'ltr' ? Math.min(...lines.map((r) => r.left)) - box.left : box.right - Math.max(...lines.map((r) => r.right));
        expect(start, `${dir}: <${cell.localName}> text at the start`).to.be.closeTo(padding, 1);
        expect(box.width - padding - Math.max(...lines.map((r) => r.width)), 'room to spare in the cell').to.be.greaterThan(40);
      }
    }
  });

  it('puts the sort icon after the label, at the inline end, pointing up or down as in left-to-right text', async () => {
    const els = await renderBoth<CooperationTable>(
      'cooperation-table',
      () => html`<cooperation-table layout="table" sortable sort="c1:asc" .data=${{ ...wideTable, columns: wideTable.columns.slice(0, 3) }}></cooperation-table>`,
      '48rem',
    );
    for (const dir of DIRS) {
      const [unsorted, sorted] = [parts(els[dir], 'sort-button')[0]!, parts(els[dir], 'sort-button')[1]!];
      for (const button of [unsorted, sorted]) {
        const icon = button.querySelector('[part="sort-icon"]')!;
        expect(fromEnd(icon, button, dir), `${dir}: icon at the end`).to.be.closeTo(0, 1);
        expect(fromStart(icon, button, dir), `${dir}: after the label`).to.be.greaterThan(20);
        expect([horizontalSense(icon), verticalSense(icon)], `${dir}: not mirrored`).to.deep.equal([1, 1]);
      }
    }
    const ascending = (dir: Dir) => parts(els[dir], 'sort-icon')[1]!;
    expect(ascending('rtl').getAttribute('data-direction')).to.equal('asc');
    expect(transformOf(ascending('rtl')).toString()).to.equal(transformOf(ascending('ltr')).toString());
  });

  it('puts the download button at the inline end of the toolbar and the filter at the start', async () => {
    const els = await renderBoth<CooperationTable>('cooperation-table', () => html`<cooperation-table layout="table" filterable downloadable .data=${wideTable}></cooperation-table>`, '48rem');
    for (const dir of DIRS) {
      const toolbar = part(els[dir], 'toolbar');
      expect(fromEnd(part(els[dir], 'download'), toolbar, dir), `${dir}: download`).to.be.closeTo(0, 1);
      expect(fromStart(part(els[dir], 'filter'), toolbar, dir), `${dir}: filter`).to.be.closeTo(0, 1);
    }
  });

  it('aligns stacked cards to the inline start, with the highlight bar on the start side', async () => {
    const seed = await seedTable();
    const highlight = seed.columns[1]!.key;
    const els = await renderBoth<CooperationTable>('cooperation-table', () => html`<cooperation-table layout="stacked" highlight=${highlight} .data=${seed}></cooperation-table>`, '20rem');
    for (const dir of DIRS) {
      const row = parts(els[dir], 'row')[0]!;
      const label = parts(els[dir], 'stacked-label')[0]!;
      // Distances from the start are the left-to-right ones (padding and border on the left), mirrored.
      const indent = (el: Element) => parseFloat(getComputedStyle(el).paddingLeft) + parseFloat(getComputedStyle(el).borderLeftWidth);
      const rowPadding = indent(parts(els.ltr, 'row')[0]!);
      expect(fromStart(parts(els[dir], 'row-header')[0]!, row, dir), `${dir}: row header`).to.be.closeTo(rowPadding, 1);
      const cell = label.parentElement!;
      const labelLine = lineBoxes(label)[0]!;
      const start = dir === 'ltr' ? labelLine.left - cell.getBoundingClientRect().left : cell.getBoundingClientRect().right - labelLine.right;
      const ltrCell = parts(els.ltr, 'stacked-label')[0]!.parentElement!;
      expect(ltrCell.getAttribute('part'), 'the highlighted cell').to.contain('highlight');
      expect(start, `${dir}: label text at the start of its cell`).to.be.closeTo(indent(ltrCell), 1);
      const highlighted = parts(els[dir], 'highlight').find((c) => c.localName === 'td')!;
      const style = getComputedStyle(highlighted);
      expect([style.borderLeftWidth !== '0px', style.borderRightWidth !== '0px'], `${dir}: bar on the start side only`).to.deep.equal(dir === 'ltr' ? [true, false] : [false, true]);
    }
  });
});
