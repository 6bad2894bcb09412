import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ExplainerSortDetail } from '../../src/cooperation-table.js';
import { part, parts, settle } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { announcement, columnText, renderTable, seedTable, typedTable, type CooperationTable, type CooperationTableContent } from './fixtures.js';

const sortButton = (el: Element, label: string) => parts(el, 'sort-button').find((b) => b.textContent?.trim() === label)!;
const ariaSorts = (el: Element) => parts(el, 'header-cell').map((h) => h.getAttribute('aria-sort'));

async function click(el: CooperationTable, label: string) {
  sortButton(el, label).click();
  await settle(el);
}

describe('cooperation-table: sorting', () => {
  let seed: CooperationTableContent;
  before(async () => {
    seed = await seedTable();
  });

  it('gives sortable columns a header button and leaves the others plain', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    const headers = parts(el, 'header-cell');
    expect(headers.map((h) => Boolean(h.querySelector('button')))).to.deep.equal([true, true, true, false]);
    expect(parts(el, 'sort-button').every((b) => b.getAttribute('type') === 'button')).to.be.true;
    expect(ariaSorts(el)).to.deep.equal([null, null, null, null]);
  });

  it('makes every column sortable with the sortable attribute, except those that opt out', async () => {
    const data = { ...seed, columns: seed.columns.map((c, i) => (i === 2 ? { ...c, sortable: false } : c)) };
    const el = await renderTable(html`<cooperation-table sortable .data=${data}></cooperation-table>`);
    expect(parts(el, 'sort-button').map((b) => b.textContent?.trim())).to.deep.equal(['Cooperation Area', 'German Contribution']);
  });

  it('sorts text locale-aware and numeric-aware, ascending then descending, moving aria-sort', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    await click(el, 'Partner');
    expect(columnText(el, 0)).to.deep.equal(['Äpfel', 'apple', 'item 9', 'item 9', 'item 10', 'Zebra']);
    expect(ariaSorts(el)).to.deep.equal(['ascending', null, null, null]);
    await click(el, 'Partner');
    expect(columnText(el, 0)).to.deep.equal(['Zebra', 'item 10', 'item 9', 'item 9', 'apple', 'Äpfel']);
    expect(ariaSorts(el)).to.deep.equal(['descending', null, null, null]);
    await click(el, 'Budget');
    expect(ariaSorts(el)).to.deep.equal([null, 'ascending', null, null]);
  });

  it('sorts numbers leniently (separators, %, signs) with unreadable values last in both directions', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    await click(el, 'Budget');
    expect(columnText(el, 1)).to.deep.equal(['-3', '15%', '200', '200', '1,200', 'n/a']);
    await click(el, 'Budget');
    expect(columnText(el, 1)).to.deep.equal(['1,200', '200', '200', '15%', '-3', 'n/a']);
  });

  it('sorts ISO dates (years and months too) with invalid and empty dates last', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    await click(el, 'Since');
    expect(columnText(el, 2)).to.deep.equal(['2019-05-01', '2019-05-01', '2020-02', '2021', 'soon', '']);
    await click(el, 'Since');
    expect(columnText(el, 2)).to.deep.equal(['2021', '2020-02', '2019-05-01', '2019-05-01', 'soon', '']);
  });

  it('is stable: equal values keep their original order in both directions', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    await click(el, 'Budget');
    expect(columnText(el, 3).slice(2, 4), 'two budgets of 200: rows e then f').to.deep.equal(['e', 'f']);
    await click(el, 'Budget');
    expect(columnText(el, 3).slice(1, 3)).to.deep.equal(['e', 'f']);
    await click(el, 'Since');
    expect(columnText(el, 3).slice(0, 2), 'two 2019-05-01: rows b then d').to.deep.equal(['b', 'd']);
  });

  it('uses the locale for comparison (Swedish puts Ä after Z)', async () => {
    const data = { columns: [{ key: 'w', label: 'Word', sortable: true }], rows: [{ w: 'Äpple' }, { w: 'Zebra' }, { w: 'Apa' }] };
    const table = await renderTable(html`<div lang="sv"><cooperation-table .data=${data}></cooperation-table></div>`);
    await click(table, 'Word');
    expect(columnText(table, 0)).to.deep.equal(['Apa', 'Zebra', 'Äpple']);
    const english = await renderTable(html`<div lang="en"><cooperation-table .data=${data}></cooperation-table></div>`);
    await click(english, 'Word');
    expect(columnText(english, 0)).to.deep.equal(['Apa', 'Äpple', 'Zebra']);
  });

  it('shows icons that differ in shape for unsorted, ascending and descending, hidden from screen readers', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    const icon = () => sortButton(el, 'Partner').querySelector('svg')!;
    const shapes: string[] = [];
    for (let i = 0; i < 3; i++) {
      expect(icon().getAttribute('aria-hidden')).to.equal('true');
      expect(icon().getAttribute('part')).to.equal('sort-icon');
      shapes.push(`${icon().dataset.direction}:${icon().querySelector('path')!.getAttribute('d')}`);
      if (i < 2) await click(el, 'Partner');
    }
    expect(shapes.map((s) => s.split(':')[0])).to.deep.equal(['none', 'asc', 'desc']);
    expect(new Set(shapes.map((s) => s.split(':')[1])).size).to.equal(3);
  });

  it('announces the new order in a polite live region', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    const live = el.shadowRoot!.querySelector('.live')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(announcement(el)).to.equal('');
    await click(el, 'Budget');
    expect(announcement(el)).to.equal('Sorted by Budget, ascending');
    await click(el, 'Budget');
    expect(announcement(el)).to.equal('Sorted by Budget, descending');
  });

  it('fires explainer-sort with column, direction, label and index, bubbling and composed', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    const seen = recordEvents<ExplainerSortDetail>(el.parentElement!, 'explainer-sort');
    await click(el, 'Since');
    await click(el, 'Since');
    expect(seen.map((e) => e.detail)).to.deep.equal([
      { id: 'since', index: 2, label: 'Since', column: 'since', direction: 'asc' },
      { id: 'since', index: 2, label: 'Since', column: 'since', direction: 'desc' },
    ]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.be.true;
  });

  it('applies the sort attribute as the initial order, without an event, and again when it changes', async () => {
    const wrap = document.createElement('div');
    document.body.append(wrap);
    const seen = recordEvents(wrap, 'explainer-sort');
    const el = document.createElement('cooperation-table');
    el.setAttribute('sort', 'budget:desc');
    el.data = typedTable;
    wrap.append(el);
    await settle(el);
    expect(columnText(el, 1)[0]).to.equal('1,200');
    expect(ariaSorts(el)).to.deep.equal([null, 'descending', null, null]);
    expect(el.sortedBy).to.deep.equal({ column: 'budget', direction: 'desc' });
    el.sort = 'name';
    await settle(el);
    expect(columnText(el, 0)[0]).to.equal('Äpfel');
    el.sort = 'nope:asc';
    await settle(el);
    expect(el.sortedBy).to.be.null;
    expect(columnText(el, 3)).to.deep.equal(['b', 'a', 'c', 'd', 'e', 'f']);
    expect(seen).to.have.length(0);
    wrap.remove();
  });

  it('sortBy() sorts and restores the original order, and refuses unknown columns', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    const seen = recordEvents<ExplainerSortDetail>(el, 'explainer-sort');
    expect(el.sortBy('missing')).to.be.false;
    expect(el.sortBy('note', 'desc')).to.be.true;
    await settle(el);
    expect(columnText(el, 3)).to.deep.equal(['f', 'e', 'd', 'c', 'b', 'a']);
    expect(el.sortBy(null)).to.be.true;
    await settle(el);
    expect(columnText(el, 3)).to.deep.equal(['b', 'a', 'c', 'd', 'e', 'f']);
    expect(announcement(el)).to.equal('Rows in their original order');
    expect(seen.map((e) => e.detail.direction)).to.deep.equal(['desc', 'none']);
    expect(seen[1]!.detail).to.deep.equal({ id: '', index: -1, label: '', column: '', direction: 'none' });
  });

  it('sorts by keyboard: Enter and Space on a focused header button', async () => {
    const el = await renderTable(html`<cooperation-table .data=${typedTable}></cooperation-table>`);
    sortButton(el, 'Budget').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(ariaSorts(el)[1]).to.equal('ascending');
    expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(sortButton(el, 'Budget'));
    await sendKeys({ press: ' ' }); // the Space key (' ' is its name in every driver)
    await settle(el);
    expect(ariaSorts(el)[1]).to.equal('descending');
    expect(columnText(el, 1)[0]).to.equal('1,200');
  });

  it('resets to the sort attribute when new content arrives', async () => {
    const el = await renderTable(html`<cooperation-table sort="name:asc" .data=${typedTable}></cooperation-table>`);
    el.sortBy('budget');
    await settle(el);
    el.data = { ...typedTable };
    await settle(el);
    expect(el.sortedBy).to.deep.equal({ column: 'name', direction: 'asc' });
    expect(part(el, 'header-cell').getAttribute('aria-sort')).to.equal('ascending');
  });
});
