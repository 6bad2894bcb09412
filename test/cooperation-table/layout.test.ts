import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ExplainerSortDetail } from '../../src/cooperation-table.js';
import { part, parts, settle, text, waitFor } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { columnText, renderTable, seedTable, typedTable, type CooperationTable, type CooperationTableContent } from './fixtures.js';
import { emulateMedia, setViewport } from '../helpers/media.js';

const display = (el: Element) => getComputedStyle(el).display;
const isStacked = (el: CooperationTable) => display(part(el, 'table')) === 'block';

/** A table with many columns, wider than any phone. */
const wide: CooperationTableContent = {
  caption: 'Wide comparison',
  columns: [
    { key: 'c0', label: 'Area', rowHeader: true },
    ...Array.from({ length: 9 }, (_, i) => ({ key: `c${i + 1}`, label: `Column ${i + 1}` })),
  ],
  rows: Array.from({ length: 5 }, (_, r) => Object.fromEntries(Array.from({ length: 10 }, (_, c) => [`c${c}`, `Row ${r} value ${c}`]))),
};

describe('cooperation-table: responsive layout', () => {
  let seed: CooperationTableContent;
  before(async () => {
    seed = await seedTable();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows a table when the component is wide, with sort buttons and no stacked labels or sort control', async () => {
    const el = await renderTable(html`<cooperation-table sortable .data=${seed}></cooperation-table>`, '48rem');
    expect(display(part(el, 'table'))).to.equal('table');
    expect(display(part(el, 'row'))).to.equal('table-row');
    expect(display(part(el, 'sort-button'))).not.to.equal('none');
    // A table never stacked renders no stacked label (a third of a row's nodes): it gets them when it stacks.
    expect(parts(el, 'stacked-label')).to.have.length(0);
    expect(display(part(el, 'sort-control'))).to.equal('none');
    expect(display(part(el, 'toolbar')), 'a toolbar holding only the hidden sort control is hidden').to.equal('none');
    await waitFor(() => el.shadowRoot!.querySelector('.layout') !== null);
    expect(el.stacked).to.be.false;
    expect(el.matches(':state(stacked)')).to.be.false;
  });

  it('stacks rows into cards labelled by their column headers below the breakpoint of its own width', async () => {
    const el = await renderTable(html`<cooperation-table sortable .data=${seed}></cooperation-table>`, '320px');
    expect(isStacked(el)).to.be.true;
    await waitFor(() => el.stacked, 2000, 'stacked state');
    expect(el.matches(':state(stacked)'), 'custom state for portal styles').to.be.true;
    const row = parts(el, 'row')[0]!;
    expect(display(row)).to.equal('block');
    expect(getComputedStyle(row).borderTopStyle).to.equal('solid');
    const labels = Array.from(row.querySelectorAll('[part="stacked-label"]'));
    expect(labels.map((l) => [text(l), display(l), l.getAttribute('aria-hidden')])).to.deep.equal([
      ['German Contribution', 'block', 'true'],
      ['ASEAN Benefit', 'block', 'true'],
    ]);
    // Headers stay in the table (for assistive technology) but take no room, and their buttons leave the tab order.
    const head = part(el, 'head');
    expect(head.getBoundingClientRect().height).to.be.at.most(1);
    expect(parts(el, 'sort-button').every((b) => display(b) === 'none')).to.be.true;
    const plainHeader = part(el, 'header-cell').querySelector('.stacked-header')!;
    expect([text(plainHeader), display(plainHeader)]).to.deep.equal(['Cooperation Area', 'inline']);
    // Every card fits the 320 px width: nothing scrolls sideways.
    const scroller = part(el, 'scroller');
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
  });

  it('updates the stacked state when the component is resized', async () => {
    const el = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`, '60rem');
    expect(parts(el, 'stacked-label')).to.have.length(0);
    el.parentElement!.style.width = '300px';
    await waitFor(() => el.matches(':state(stacked)'), 2000, 'stacked after resize');
    await el.updateComplete;
    // The cards get their labels: one per data cell, the column's.
    const labels = (row: Element) => Array.from(row.querySelectorAll('[part="stacked-label"]'), (l) => [text(l), display(l)]);
    expect(parts(el, 'row').map(labels)).to.deep.equal(
      seed.rows.map(() => [
        ['German Contribution', 'block'],
        ['ASEAN Benefit', 'block'],
      ]),
    );
    el.parentElement!.style.width = '60rem';
    await waitFor(() => !el.matches(':state(stacked)'), 2000, 'table after resize');
    // Kept for the next time, hidden in the table layout.
    expect(parts(el, 'stacked-label').map((l) => display(l))).to.deep.equal(seed.rows.flatMap(() => ['none', 'none']));
  });

  it('still follows its width after being moved in the page', async () => {
    const el = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`, '60rem');
    const wrap = el.parentElement!;
    el.remove();
    wrap.append(el);
    wrap.style.width = '300px';
    await waitFor(() => el.stacked && parts(el, 'stacked-label').length > 0, 2000, 'stacked with labels after the move');
  });

  it('renders the labels before printing, where the table may be narrow enough to stack', async () => {
    const el = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`, '60rem');
    expect(parts(el, 'stacked-label')).to.have.length(0);
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(parts(el, 'stacked-label').map((l) => text(l))).to.deep.equal(seed.rows.flatMap(() => ['German Contribution', 'ASEAN Benefit']));
    // A table removed from the page stops listening.
    const other = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`, '60rem');
    other.remove();
    dispatchEvent(new Event('beforeprint'));
    await other.updateComplete;
    expect(parts(other, 'stacked-label')).to.have.length(0);
  });

  it('follows the component width, not the viewport', async () => {
    await setViewport({ width: 320, height: 640 });
    const narrow = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`, 'auto');
    expect(isStacked(narrow)).to.be.true;
    const roomy = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`, '50rem');
    expect(isStacked(roomy)).to.be.false;
    await setViewport({ width: 1200, height: 800 });
    const boxed = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`, '20rem');
    expect(isStacked(boxed)).to.be.true;
  });

  it('forces either layout with the layout attribute', async () => {
    const table = await renderTable(html`<cooperation-table layout="table" .data=${seed}></cooperation-table>`, '320px');
    expect(isStacked(table)).to.be.false;
    const stacked = await renderTable(html`<cooperation-table layout="stacked" .data=${seed}></cooperation-table>`, '60rem');
    expect(isStacked(stacked)).to.be.true;
    expect(stacked.matches(':state(stacked)')).to.be.true;
    stacked.layout = 'auto';
    await stacked.updateComplete;
    expect(isStacked(stacked)).to.be.false;
    expect(stacked.stacked).to.be.false;
    expect(stacked.matches(':state(stacked)')).to.be.false;
  });

  it('keeps sorting available when stacked, through a labelled control above the cards', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`, '320px');
    const control = part(el, 'sort-control');
    expect(display(control)).not.to.equal('none');
    const select = control.querySelector('select')!;
    const label = control.querySelector('label')!;
    expect(text(label)).to.equal('Sort by');
    expect(label.htmlFor).to.equal(select.id);
    expect(Array.from(select.options).map((o) => o.text)).to.deep.equal([
      'Original order',
      'Partner, ascending',
      'Partner, descending',
      'Budget, ascending',
      'Budget, descending',
      'Since, ascending',
      'Since, descending',
    ]);
    const seen = recordEvents<ExplainerSortDetail>(el, 'explainer-sort');
    select.value = 'budget:desc';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(columnText(el, 1)[0]).to.equal('1,200');
    expect(parts(el, 'header-cell')[1]!.getAttribute('aria-sort')).to.equal('descending');
    expect(seen[0]!.detail).to.deep.include({ column: 'budget', direction: 'desc' });
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(el.sortedBy).to.be.null;
    expect(parts(el, 'header-cell').some((h) => h.hasAttribute('aria-sort'))).to.be.false;
  });

  it('the stacked sort control reflects a sort made elsewhere', async () => {
    const el = await renderTable(html`<cooperation-table sort="since:desc" .data=${typedTable}></cooperation-table>`, '320px');
    const select = part(el, 'sort-control').querySelector('select')!;
    expect(select.value).to.equal('since:desc');
    select.value = 'budget:desc';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    for (const [key, direction] of [['name', 'asc'], ['budget', 'desc'], ['since', 'asc']] as const) {
      el.sortBy(key, direction);
      await settle(el);
      expect(select.value).to.equal(`${key}:${direction}`);
    }
    el.sortBy(null);
    await settle(el);
    expect(select.value).to.equal('');
  });

  it('wraps the table in a named, keyboard-focusable scroll region that scrolls sideways by keyboard', async () => {
    const el = await renderTable(html`<cooperation-table layout="table" .data=${wide}></cooperation-table>`, '320px');
    const scroller = part(el, 'scroller');
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.tabIndex).to.equal(0);
    expect(text(el.shadowRoot!.getElementById(scroller.getAttribute('aria-labelledby')!))).to.equal('Wide comparison');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    scroller.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => scroller.scrollLeft > 0, 2000, 'keyboard scroll');
  });

  it('shows scroll shadows on the side that has more to see', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderTable(html`<cooperation-table layout="table" .data=${wide}></cooperation-table>`, '320px');
    const scroller = part(el, 'scroller');
    const frame = scroller.parentElement!;
    const shadow = (side: '::before' | '::after') => getComputedStyle(frame, side).opacity;
    await waitFor(() => frame.hasAttribute('data-scroll-end'), 2000, 'end shadow');
    expect([shadow('::before'), shadow('::after')]).to.deep.equal(['0', '1']);
    scroller.scrollLeft = scroller.scrollWidth;
    await waitFor(() => frame.hasAttribute('data-scroll-start') && !frame.hasAttribute('data-scroll-end'), 2000, 'start shadow');
    expect([shadow('::before'), shadow('::after')]).to.deep.equal(['1', '0']);
    const fits = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`, '60rem');
    const fitsFrame = part(fits, 'scroller').parentElement!;
    await new Promise((r) => requestAnimationFrame(r));
    expect(fitsFrame.hasAttribute('data-scroll-start') || fitsFrame.hasAttribute('data-scroll-end')).to.be.false;
  });

  it('keeps the row-header column in view with sticky-row-header', async () => {
    const el = await renderTable(html`<cooperation-table layout="table" sticky-row-header .data=${wide}></cooperation-table>`, '320px');
    const scroller = part(el, 'scroller');
    const header = parts(el, 'row-header')[0]!;
    expect(getComputedStyle(header).position).to.equal('sticky');
    expect(getComputedStyle(parts(el, 'header-cell')[0]!).position).to.equal('sticky');
    expect(getComputedStyle(parts(el, 'cell')[0]!).position).to.equal('static');
    scroller.scrollLeft = 400;
    await waitFor(() => scroller.scrollLeft > 0, 2000, 'scrolled');
    expect(Math.round(header.getBoundingClientRect().left)).to.equal(Math.round(scroller.getBoundingClientRect().left));
    const plain = await renderTable(html`<cooperation-table layout="table" .data=${wide}></cooperation-table>`, '320px');
    expect(getComputedStyle(parts(plain, 'row-header')[0]!).position).to.equal('static');
  });

  it('makes the first column sticky when there is no row-header column, and never in the stacked layout', async () => {
    const data = { ...wide, columns: wide.columns.map((c) => ({ key: c.key, label: c.label })) };
    const el = await renderTable(html`<cooperation-table layout="table" sticky-row-header .data=${data}></cooperation-table>`, '320px');
    expect(getComputedStyle(parts(el, 'cell')[0]!).position).to.equal('sticky');
    el.layout = 'stacked';
    await el.updateComplete;
    expect(getComputedStyle(parts(el, 'cell')[0]!).position).to.equal('static');
  });

  it('works in right-to-left text: sticky column and shadows on the start side', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderTable(html`<div dir="rtl"><cooperation-table layout="table" sticky-row-header .data=${wide}></cooperation-table></div>`, '320px');
    const scroller = part(el, 'scroller');
    const frame = scroller.parentElement!;
    await waitFor(() => frame.hasAttribute('data-scroll-end'), 2000, 'end shadow');
    scroller.scrollLeft = -400;
    await waitFor(() => frame.hasAttribute('data-scroll-start'), 2000, 'start shadow');
    const header = parts(el, 'row-header')[0]!;
    expect(Math.round(header.getBoundingClientRect().right)).to.equal(Math.round(scroller.getBoundingClientRect().right));
  });
});
