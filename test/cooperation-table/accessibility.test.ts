import { expect, html } from '@open-wc/testing';
import { axeViolations } from '../helpers/axe.js';
import { part, settle } from '../helpers/dom.js';
import { renderTable, seedTable, typedTable, type CooperationTableContent } from './fixtures.js';
import { setViewport } from '../helpers/media.js';

const wide: CooperationTableContent = {
  title: 'Wide',
  columns: Array.from({ length: 10 }, (_, i) => ({ key: `c${i}`, label: `Column ${i}`, rowHeader: i === 0 })),
  rows: Array.from({ length: 4 }, (_, r) => Object.fromEntries(Array.from({ length: 10 }, (_, c) => [`c${c}`, `Value ${r}.${c}`]))),
  notes: ['Source: [the seed article](https://example.org/seed).'],
};

/** Runs axe on the table's wrapper (a `main`, so landmark rules have a context). */
async function violations(template: unknown, width = '60rem') {
  const el = await renderTable(html`<main>${template}</main>`, width);
  return { el, found: await axeViolations(el.closest('main')!) };
}

describe('cooperation-table: accessibility (axe-core)', function () {
  this.timeout(30000);
  let seed: CooperationTableContent;
  before(async () => {
    seed = await seedTable();
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('the seed table, sortable, filterable and downloadable, has no violations in the table layout', async () => {
    const { found } = await violations(html`<cooperation-table sortable filterable downloadable highlight="benefit" .data=${seed}></cooperation-table>`);
    expect(found).to.deep.equal([]);
  });

  it('the stacked layout at 320 px has no violations', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el, found } = await violations(html`<cooperation-table sortable filterable downloadable .data=${seed}></cooperation-table>`, 'auto');
    expect(getComputedStyle(part(el, 'table')).display).to.equal('block');
    expect(found).to.deep.equal([]);
  });

  it('a sorted table has no violations', async () => {
    const { el } = await violations(html`<cooperation-table sort="budget:desc" .data=${typedTable}></cooperation-table>`);
    el.sortBy('since', 'asc');
    await settle(el);
    expect(await axeViolations(el.closest('main')!)).to.deep.equal([]);
  });

  it('a wide, scrolling table with a sticky row header and notes has no violations', async () => {
    const { el, found } = await violations(html`<cooperation-table layout="table" sticky-row-header .data=${wide}></cooperation-table>`, '320px');
    const scroller = part(el, 'scroller');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(found).to.deep.equal([]);
  });

  it('a filter that matches nothing has no violations', async () => {
    const { el } = await violations(html`<cooperation-table filterable .data=${seed}></cooperation-table>`);
    el.query = 'nothing matches this';
    await settle(el);
    expect(await axeViolations(el.closest('main')!)).to.deep.equal([]);
  });

  it('the error state and item-level errors have no violations', async () => {
    const el = await renderTable(html`<main>
      <cooperation-table .data=${{ columns: 'bad' }}></cooperation-table>
      <cooperation-table .data=${{ ...seed, rows: [...seed.rows, { area: 5 }] }}></cooperation-table>
    </main>`);
    const main = el.closest('main')!;
    for (const table of main.querySelectorAll('cooperation-table')) await settle(table);
    expect(await axeViolations(main)).to.deep.equal([]);
  });
});
