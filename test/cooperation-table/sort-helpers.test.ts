import { expect, fixture, html } from '@open-wc/testing';
import '../../src/explainer-provider.js';
import {
  ColumnOrder,
  decimalSeparator,
  parseLenientNumber,
  parseSortAttribute,
  parseSortDate,
} from '../../src/components/cooperation-table/cooperation-table.sort.js';
import { settle } from '../helpers/dom.js';
import { columnText, type CooperationTable } from './fixtures.js';
import '../../src/locales/de.js';

describe('cooperation-table: sort helpers', () => {
  it('reads the sort attribute', () => {
    expect(parseSortAttribute('area')).to.deep.equal({ key: 'area', direction: 'asc' });
    expect(parseSortAttribute('area:DESC')).to.deep.equal({ key: 'area', direction: 'desc' });
    expect(parseSortAttribute(' budget:asc ')).to.deep.equal({ key: 'budget', direction: 'asc' });
    expect(parseSortAttribute('a:b:desc')).to.deep.equal({ key: 'a:b', direction: 'desc' });
    expect(parseSortAttribute('')).to.be.null;
    expect(parseSortAttribute(undefined)).to.be.null;
  });

  it('reads numbers leniently, in the locale decimal convention', () => {
    expect(parseLenientNumber('1,234.5')).to.equal(1234.5);
    expect(parseLenientNumber('1.234,5', ',')).to.equal(1234.5);
    expect(parseLenientNumber('12 %')).to.equal(12);
    expect(parseLenientNumber('€ 3.5 bn')).to.equal(3.5);
    expect(parseLenientNumber('−7')).to.equal(-7);
    expect(parseLenientNumber('1e3')).to.equal(1000);
    expect(parseLenientNumber('n/a')).to.be.NaN;
    expect(parseLenientNumber('')).to.be.NaN;
    expect(decimalSeparator('de')).to.equal(',');
    expect(decimalSeparator('en')).to.equal('.');
    expect(decimalSeparator('not a locale!')).to.equal('.');
  });

  it('reads ISO dates, years and months', () => {
    expect(parseSortDate('2026-05-01')).to.equal(Date.UTC(2026, 4, 1));
    expect(parseSortDate('2026')).to.equal(Date.UTC(2026, 0, 1));
    expect(parseSortDate('2026-02')).to.equal(Date.UTC(2026, 1, 1));
    expect(parseSortDate('2026-05-01T10:00:00Z')).to.equal(Date.UTC(2026, 4, 1, 10));
    expect(parseSortDate('2026-02-30')).to.be.NaN;
    expect(parseSortDate('May 2026')).to.be.NaN;
  });

  it('orders both directions stably, empty values last', () => {
    const order = new ColumnOrder(['b', '', 'a', 'B', 'c', 'a'], 'text', 'en');
    expect(order.order('asc')).to.deep.equal([2, 5, 0, 3, 4, 1]);
    expect(order.order('desc')).to.deep.equal([4, 0, 3, 2, 5, 1]);
    expect(order.order('desc'), 'cached').to.equal(order.order('desc'));
    const numbers = new ColumnOrder(['10', '9', 'x', '10', '-1'], 'number', 'en');
    expect(numbers.order('asc')).to.deep.equal([4, 1, 0, 3, 2]);
    expect(numbers.order('desc')).to.deep.equal([0, 3, 1, 4, 2]);
  });

  it('orders number cells by value: in text columns before the text, 0 kept, only empty text last', () => {
    const text = new ColumnOrder([10, 'b', '', -2.25, 'A', 0, 9, 'a'], 'text', 'en');
    expect(text.order('asc')).to.deep.equal([3, 5, 6, 0, 4, 7, 1, 2]);
    expect(text.order('desc')).to.deep.equal([1, 4, 7, 0, 6, 5, 3, 2]);
    const numbers = new ColumnOrder([12.5, '3,5', 100, 'x', -1], 'number', 'de');
    expect(numbers.order('asc'), 'numbers as they are, text in the locale').to.deep.equal([4, 1, 0, 2, 3]);
    const dates = new ColumnOrder([2021, '2019-06', 7, ''], 'date', 'en');
    expect(dates.order('asc'), 'a number is a year (7 is none: last)').to.deep.equal([1, 0, 2, 3]);
  });

  it('sorts 10,000 rows in the right order', () => {
    const texts = Array.from({ length: 10000 }, (_, i) => String((i * 7919) % 10000));
    const asc = new ColumnOrder(texts, 'number', 'en').order('asc');
    expect(asc.map((i) => Number(texts[i]))).to.deep.equal(Array.from({ length: 10000 }, (_, i) => i));
  });

  it('re-sorts with the provider locale (German decimal comma)', async () => {
    const data = {
      columns: [{ key: 'v', label: 'Value', type: 'number', sortable: true }],
      rows: [{ v: '1.000,5' }, { v: '2,25' }, { v: '300' }],
    };
    const wrap = await fixture<HTMLElement>(html`<explainer-provider locale="de"><cooperation-table sort="v" .data=${data}></cooperation-table></explainer-provider>`);
    const el = wrap.querySelector<CooperationTable>('cooperation-table')!;
    await settle(el);
    expect(columnText(el, 0)).to.deep.equal(['2,25', '300', '1.000,5']);
    wrap.setAttribute('locale', 'en');
    await settle(el);
    await settle(el);
    expect(columnText(el, 0)).to.deep.equal(['1.000,5', '2,25', '300']);
  });
});
