import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/explainer-provider.js';
import type { TableFilterDetail } from '../../src/cooperation-table.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { announcement, columnText, renderTable, seedTable, typedTable, type CooperationTable, type CooperationTableContent } from './fixtures.js';
import '../../src/locales/de.js';

async function type(el: CooperationTable, value: string) {
  const input = part<HTMLInputElement>(el, 'filter-input');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

describe('cooperation-table: filtering', () => {
  let seed: CooperationTableContent;
  before(async () => {
    seed = await seedTable();
  });

  it('shows no filter box unless filterable', async () => {
    const el = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`);
    expect(parts(el, 'filter')).to.have.length(0);
  });

  it('shows a labelled search box', async () => {
    const el = await renderTable(html`<cooperation-table filterable .data=${seed}></cooperation-table>`);
    const input = part<HTMLInputElement>(el, 'filter-input');
    expect(input.type).to.equal('search');
    const label = part(el, 'filter').querySelector('label')!;
    expect(text(label)).to.equal('Filter rows');
    expect(label.htmlFor).to.equal(input.id);
    expect(el.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)).to.equal(part(el, 'table'));
  });

  it('filters rows by any cell, ignoring case and diacritics, announces the count and fires explainer-filter', async () => {
    const el = await renderTable(html`<cooperation-table filterable .data=${typedTable}></cooperation-table>`);
    const seen = recordEvents<TableFilterDetail>(el, 'explainer-filter');
    await type(el, 'APF');
    expect(columnText(el, 0)).to.deep.equal(['Äpfel']);
    expect(announcement(el)).to.equal('1 row of 6 shown');
    await type(el, 'item');
    expect(columnText(el, 0)).to.deep.equal(['item 10', 'item 9', 'item 9']);
    expect(el.shownRowCount).to.equal(3);
    await type(el, '200');
    expect(columnText(el, 0)).to.deep.equal(['item 10', 'Zebra', 'item 9']);
    expect(seen.map((e) => e.detail)).to.deep.equal([
      { query: 'APF', count: 1, total: 6 },
      { query: 'item', count: 3, total: 6 },
      { query: '200', count: 3, total: 6 },
    ]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.be.true;
    await type(el, '');
    expect(parts(el, 'row')).to.have.length(6);
    expect(announcement(el)).to.equal('6 rows of 6 shown');
  });

  it('matches the text of rich-text cells, not their Markdown', async () => {
    const data = { columns: [{ key: 'a', label: 'A' }], rows: [{ a: 'see [the **report**](https://example.org)' }, { a: 'other' }] };
    const el = await renderTable(html`<cooperation-table filterable .data=${data}></cooperation-table>`);
    await type(el, 'the report');
    expect(parts(el, 'row')).to.have.length(1);
    await type(el, 'example.org');
    expect(parts(el, 'row')).to.have.length(0);
  });

  it('says so when nothing matches', async () => {
    const el = await renderTable(html`<cooperation-table filterable .data=${seed}></cooperation-table>`);
    await type(el, 'zzz');
    expect(parts(el, 'row')).to.have.length(0);
    expect(text(part(el, 'no-results'))).to.equal('No rows match “zzz”.');
    expect(announcement(el)).to.equal('0 rows of 4 shown');
    await type(el, 'cyber');
    expect(parts(el, 'no-results')).to.have.length(0);
  });

  it('filters the sorted order, and typing works from the keyboard', async () => {
    const el = await renderTable(html`<cooperation-table filterable sort="name:desc" .data=${typedTable}></cooperation-table>`);
    part(el, 'filter-input').focus();
    await sendKeys({ type: 'item' });
    await settle(el);
    expect(columnText(el, 0)).to.deep.equal(['item 10', 'item 9', 'item 9']);
  });

  it('takes the query property, which applies only with filterable and fires no event', async () => {
    const el = await renderTable(html`<cooperation-table query="cyber" .data=${seed}></cooperation-table>`);
    const seen = recordEvents(el, 'explainer-filter');
    expect(parts(el, 'row')).to.have.length(4);
    el.filterable = true;
    await settle(el);
    expect(parts(el, 'row')).to.have.length(1);
    expect(part<HTMLInputElement>(el, 'filter-input').value).to.equal('cyber');
    expect(seen).to.have.length(0);
  });

  it('uses the provider locale for its labels', async () => {
    const el = await renderTable(html`<explainer-provider locale="de"><cooperation-table filterable downloadable .data=${seed}></cooperation-table></explainer-provider>`);
    await settle(el);
    expect(text(part(el, 'filter').querySelector('label'))).to.equal('Zeilen filtern');
    expect(text(part(el, 'download'))).to.equal(`CSV herunterladen: ${seed.caption}`);
    await type(el, 'cyber');
    expect(announcement(el)).to.equal('1 Zeile von 4 angezeigt');
  });
});
