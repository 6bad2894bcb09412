import { expect, fixture, html } from '@open-wc/testing';
import '../../src/explainer-provider.js';
import type { ExplainerErrorDetail } from '../../src/internal/events.js';
import type { ExplainerProvider } from '../../src/elements.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { nextEvent } from '../helpers/events.js';
import { bodyText, columnText, renderTable, type CooperationTable, type CooperationTableContent } from './fixtures.js';

// Cells as spreadsheet and CMS exports give them: JSON numbers and nulls beside text.

/** A table of number cells: one column without `type`, one mixed, one of years in a date column. */
const figures: CooperationTableContent = {
  caption: 'Figures',
  columns: [
    { key: 'name', label: 'Name', rowHeader: true, sortable: true },
    { key: 'value', label: 'Value', sortable: true },
    { key: 'mixed', label: 'Mixed', sortable: true },
    { key: 'year', label: 'Year', type: 'date', sortable: true },
  ],
  rows: [
    { name: 'a', value: 10, mixed: 'beta', year: 2021 },
    { name: 'b', value: -2.25, mixed: 9, year: 2019 },
    { name: 'c', value: null, mixed: 'Alpha', year: '2020-06' },
    { name: 'd', value: 2.5, mixed: 10, year: null },
    { name: 'e', value: 0, mixed: null, year: 2019 },
    { name: 'f', value: -3, mixed: -1.5, year: 2024 },
    { name: 'g', value: 10, mixed: '', year: 'soon' },
    { name: 'h', value: 1234567, mixed: 'alpha', year: 2019 },
  ],
};

/** A table inside a provider of `locale`; returns the table and the provider (to change the locale later). */
async function inLocale(locale: string, data: unknown, attrs = '') {
  const wrap = await fixture<ExplainerProvider>(html`<explainer-provider locale=${locale}><cooperation-table .data=${data}></cooperation-table></explainer-provider>`);
  const el = wrap.querySelector<CooperationTable>('cooperation-table')!;
  for (const name of attrs.split(' ').filter(Boolean)) el.setAttribute(name, '');
  await settle(el);
  return { el, provider: wrap };
}

const one = (values: (number | null)[]) => ({ columns: [{ key: 'v', label: 'V' }], rows: values.map((v) => ({ v })) });

describe('cooperation-table: numbers in cells', () => {
  it('shows numbers in the locale format, every decimal kept (English, German)', async () => {
    const values = [12.5, 1234567, -2.25, 0.125, 1234.56789, 0, -0];
    const en = await inLocale('en', one(values));
    expect(columnText(en.el, 0)).to.deep.equal(['12.5', '1,234,567', '-2.25', '0.125', '1,234.56789', '0', '0']);
    const de = await inLocale('de', one(values));
    expect(columnText(de.el, 0)).to.deep.equal(['12,5', '1.234.567', '-2,25', '0,125', '1.234,56789', '0', '0']);
  });

  it('shows numbers with the digits and grouping of other locales (Egyptian Arabic, Hindi)', async () => {
    const ar = await inLocale('ar-EG', one([1234567, 12.5]));
    expect(columnText(ar.el, 0)).to.deep.equal(['١٬٢٣٤٬٥٦٧', '١٢٫٥']);
    const hi = await inLocale('hi-IN', one([1234567, 12.5]));
    expect(columnText(hi.el, 0), 'Indian grouping: lakh and crore').to.deep.equal(['12,34,567', '12.5']);
  });

  it('reformats the numbers when the locale changes', async () => {
    const { el, provider } = await inLocale('en', one([1234567.5]));
    expect(columnText(el, 0)).to.deep.equal(['1,234,567.5']);
    provider.setAttribute('locale', 'de');
    await settle(el);
    await settle(el);
    expect(columnText(el, 0)).to.deep.equal(['1.234.567,5']);
  });

  it('renders null and missing cells empty, and 0 as 0', async () => {
    const el = await renderTable(html`<cooperation-table .data=${figures}></cooperation-table>`);
    expect(columnText(el, 1)).to.deep.equal(['10', '-2.25', '', '2.5', '0', '-3', '10', '1,234,567']);
    expect(columnText(el, 2)).to.deep.equal(['beta', '9', 'Alpha', '10', '', '-1.5', '', 'alpha']);
  });

  it('shows a number in a date column as written: a year, not "2,021"', async () => {
    const el = await renderTable(html`<cooperation-table .data=${figures}></cooperation-table>`);
    expect(columnText(el, 3)).to.deep.equal(['2021', '2019', '2020-06', '', '2019', '2024', 'soon', '2019']);
  });

  it('aligns a column of numbers (and empty cells) at the end, like type number; a mixed column or align at the start', async () => {
    const data = {
      columns: [
        { key: 'name', label: 'Name' },
        { key: 'value', label: 'Value' },
        { key: 'mixed', label: 'Mixed' },
        { key: 'set', label: 'Set', align: 'start' },
        { key: 'text', label: 'Text', type: 'text' },
      ],
      rows: [
        { name: 'a', value: 1, mixed: 1, set: 1, text: 1 },
        { name: 'b', value: null, mixed: 'two', set: 2, text: 2 },
      ],
    };
    const el = await renderTable(html`<cooperation-table .data=${data}></cooperation-table>`);
    const aligns = (cells: Element[]) => cells.map((c) => getComputedStyle(c).textAlign);
    expect(aligns(Array.from(parts(el, 'row')[1]!.children))).to.deep.equal(['start', 'end', 'start', 'start', 'start']);
    expect(aligns(parts(el, 'header-cell'))).to.deep.equal(['start', 'end', 'start', 'start', 'start']);
  });

  describe('sorting', () => {
    const click = async (el: CooperationTable, label: string) => {
      parts(el, 'sort-button').find((b) => b.textContent?.trim() === label)!.click();
      await settle(el);
    };

    it('sorts a column of numbers without type by value (negative, decimal, zero), empty cells last, stable', async () => {
      const el = await renderTable(html`<cooperation-table .data=${figures}></cooperation-table>`);
      await click(el, 'Value');
      expect(columnText(el, 1)).to.deep.equal(['-3', '-2.25', '0', '2.5', '10', '10', '1,234,567', '']);
      expect(columnText(el, 0), 'the two 10s keep their order').to.deep.equal(['f', 'b', 'e', 'd', 'a', 'g', 'h', 'c']);
      await click(el, 'Value');
      expect(columnText(el, 1)).to.deep.equal(['1,234,567', '10', '10', '2.5', '0', '-2.25', '-3', '']);
      expect(columnText(el, 0).slice(1, 3), 'stable in descending order too').to.deep.equal(['a', 'g']);
    });

    it('sorts by value, not by the formatted text, in German too (12,5 is not 125)', async () => {
      const { el } = await inLocale('de', { columns: [{ key: 'v', label: 'V', sortable: true }], rows: [{ v: 125 }, { v: 12.5 }, { v: 1000 }, { v: -0.5 }] });
      await click(el, 'V');
      expect(columnText(el, 0)).to.deep.equal(['-0,5', '12,5', '125', '1.000']);
    });

    it('sorts a mixed column: numbers by value first, then text by the collator, empty cells last in both directions', async () => {
      const el = await renderTable(html`<cooperation-table .data=${figures}></cooperation-table>`);
      await click(el, 'Mixed');
      expect(columnText(el, 2)).to.deep.equal(['-1.5', '9', '10', 'Alpha', 'alpha', 'beta', '', '']);
      expect(columnText(el, 0).slice(3, 5), 'Alpha and alpha are equal to the collator: original order').to.deep.equal(['c', 'h']);
      await click(el, 'Mixed');
      expect(columnText(el, 2)).to.deep.equal(['beta', 'Alpha', 'alpha', '10', '9', '-1.5', '', '']);
    });

    it('sorts number cells in a number column by value beside text read leniently', async () => {
      const data = {
        columns: [{ key: 'v', label: 'V', type: 'number', sortable: true }],
        rows: [{ v: 1200 }, { v: '15%' }, { v: 'n/a' }, { v: -3.5 }, { v: '1,000' }, { v: null }, { v: 200 }],
      };
      const el = await renderTable(html`<cooperation-table .data=${data}></cooperation-table>`);
      await click(el, 'V');
      expect(columnText(el, 0)).to.deep.equal(['-3.5', '15%', '200', '1,000', '1,200', 'n/a', '']);
    });

    it('sorts years given as numbers in a date column with the dates', async () => {
      const el = await renderTable(html`<cooperation-table .data=${figures}></cooperation-table>`);
      await click(el, 'Year');
      expect(columnText(el, 3)).to.deep.equal(['2019', '2019', '2019', '2020-06', '2021', '2024', '', 'soon']);
      await click(el, 'Year');
      expect(columnText(el, 3)).to.deep.equal(['2024', '2021', '2020-06', '2019', '2019', '2019', '', 'soon']);
    });
  });

  describe('filter', () => {
    async function filtered(el: CooperationTable, query: string): Promise<string[]> {
      el.query = query;
      await settle(el);
      return columnText(el, 0);
    }

    it('matches a number as shown in the locale and as written, in English and German', async () => {
      const en = await renderTable(html`<cooperation-table filterable .data=${figures}></cooperation-table>`);
      expect(await filtered(en, '1,234,567')).to.deep.equal(['h']);
      expect(await filtered(en, '1234567')).to.deep.equal(['h']);
      expect(await filtered(en, '-2.25')).to.deep.equal(['b']);
      expect(await filtered(en, '2,5')).to.deep.equal([]);
      const { el: de } = await inLocale('de', figures, 'filterable');
      expect(await filtered(de, '1.234.567')).to.deep.equal(['h']);
      expect(await filtered(de, '2,25')).to.deep.equal(['b']);
      expect(await filtered(de, '1234567')).to.deep.equal(['h']);
    });
  });

  describe('CSV', () => {
    it('exports numbers plainly (no separators, no formula guard, any locale), text guarded, null empty', async () => {
      const data = {
        columns: [
          { key: 'name', label: 'Name', rowHeader: true },
          { key: 'v', label: 'Value' },
        ],
        rows: [
          { name: '-x', v: -2.25 },
          { name: '=1+1', v: 1234567 },
          { name: 'plain', v: 12.5 },
          { name: '+1', v: null },
          { name: '@home', v: 0 },
          { name: 'neg text', v: '-2.25' },
        ],
      };
      const { el } = await inLocale('de', data);
      expect(columnText(el, 1)[1], 'shown in German').to.equal('1.234.567');
      expect(el.toCSV().split('\r\n')).to.deep.equal([
        'Name,Value',
        "'-x,-2.25",
        "'=1+1,1234567",
        'plain,12.5',
        "'+1,",
        "'@home,0",
        "neg text,'-2.25",
      ]);
    });
  });

  describe('in every layout and role', () => {
    const data: CooperationTableContent = {
      columns: [
        { key: 'code', label: 'Code', rowHeader: true },
        { key: 'budget', label: 'Budget' },
      ],
      rows: [
        { code: 101, budget: 2500000 },
        { code: 7, budget: 12.5 },
      ],
    };

    it('makes a number a row header', async () => {
      const el = await renderTable(html`<cooperation-table .data=${data}></cooperation-table>`);
      const header = parts(el, 'row')[0]!.children[0]!;
      expect([header.localName, header.getAttribute('scope'), text(header)]).to.deep.equal(['th', 'row', '101']);
      expect(bodyText(el)).to.deep.equal([['101', '2,500,000'], ['7', '12.5']]);
    });

    it('labels number cells in the stacked layout', async () => {
      const el = await renderTable(html`<cooperation-table layout="stacked" .data=${data}></cooperation-table>`);
      const cell = parts(el, 'row')[0]!.children[1]!;
      expect(text(cell.querySelector('[part="stacked-label"]'))).to.equal('Budget');
      expect(text(cell)).to.equal('Budget2,500,000');
    });

    it('highlights a column of numbers', async () => {
      const el = await renderTable(html`<cooperation-table highlight="budget" .data=${data}></cooperation-table>`);
      const marked = parts(el, 'highlight');
      expect(marked.map((c) => c.getAttribute('part'))).to.deep.equal(['header-cell highlight', 'cell highlight', 'cell highlight']);
      expect(bodyText(el).map((row) => row[1])).to.deep.equal(['2,500,000', '12.5']);
      expect(getComputedStyle(marked[1]!).textAlign, 'still aligned at the end').to.equal('end');
    });
  });

  it('drops rows with booleans, objects, lists or NaN, reports each by path, and renders the rest', async () => {
    const el = document.createElement('cooperation-table');
    const errored = nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
    el.data = {
      columns: [
        { key: 'name', label: 'Name', rowHeader: true },
        { key: 'v', label: 'Value' },
      ],
      rows: [{ name: 'a', v: 1.5 }, { name: 'b', v: true }, { name: 'c', v: { n: 1 } }, { name: 'd', v: [1] }, { name: 'e', v: NaN }, { name: 'f', v: -Infinity }, { name: 'g', v: null }],
    };
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    const { detail } = await errored;
    await settle(el);
    expect(detail.fatal).to.be.false;
    expect(detail.errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal([
      'rows[1].v: expected a string, a finite number or null, got a boolean',
      'rows[2].v: expected a string, a finite number or null, got an object',
      'rows[3].v: expected a string, a finite number or null, got an array',
      'rows[4].v: expected a string, a finite number or null, got NaN',
      'rows[5].v: expected a string, a finite number or null, got -Infinity',
    ]);
    expect(bodyText(el)).to.deep.equal([['a', '1.5'], ['g', '']]);
    expect(text(part(el, 'item-errors'))).to.contain('rows[4].v: expected a string, a finite number or null, got NaN');
  });

  it('renders the spreadsheet-shaped example content with no error', async () => {
    const data = (await (await fetch('/examples/content/cooperation-table-spreadsheet.json')).json()) as CooperationTableContent;
    const el = document.createElement('cooperation-table');
    const errors: unknown[] = [];
    el.addEventListener('explainer-error', (e) => errors.push(e.detail));
    const loaded = nextEvent(el, 'explainer-load');
    el.data = data;
    (await fixture<HTMLElement>(html`<div style="width: 80rem"></div>`)).append(el);
    await loaded;
    await settle(el);
    expect(errors).to.deep.equal([]);
    expect(parts(el, 'row')).to.have.length(data.rows.length);
    expect(columnText(el, 5)).to.include('1,234,567');
    expect(columnText(el, 4)).to.include('-2.25');
  });
});
