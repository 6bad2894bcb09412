import { expect, fixture, html } from '@open-wc/testing';
import { validateCooperationTableContent } from '../../src/cooperation-table.js';
import type { ExplainerErrorDetail } from '../../src/internal/events.js';
import { part, settle, text } from '../helpers/dom.js';
import { expectErrorState } from '../helpers/errors.js';
import { nextEvent } from '../helpers/events.js';
import { bodyText } from './fixtures.js';

const columns = [
  { key: 'area', label: 'Area', rowHeader: true },
  { key: 'benefit', label: 'Benefit' },
];

async function render(data: unknown) {
  const el = document.createElement('cooperation-table');
  const errored = nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
  el.data = data;
  const wrap = await fixture(html`<div></div>`);
  wrap.append(el);
  const event = await errored;
  await settle(el);
  return { el, detail: event.detail };
}

const lines = (detail: ExplainerErrorDetail) => detail.errors.map((e) => `${e.path}: ${e.message}`);

describe('cooperation-table: validation and errors', () => {
  const structural: [string, unknown, string][] = [
    ['not an object', 'a table', '(root): expected an object, got a string'],
    ['no columns', { rows: [{}] }, 'columns: is required: expected a list'],
    ['columns not a list', { columns: 'area', rows: [{}] }, 'columns: expected a list, got a string'],
    ['empty columns', { columns: [], rows: [{}] }, 'columns: is empty: expected at least one item'],
    ['no valid column', { columns: [{ label: 'No key' }], rows: [{}] }, 'columns: has no valid item'],
    ['no rows', { columns }, 'rows: is required: expected a list'],
    ['empty rows', { columns, rows: [] }, 'rows: is empty: expected at least one item'],
    ['no valid row', { columns, rows: [5] }, 'rows: has no valid item'],
  ];
  for (const [name, data, line] of structural) {
    it(`shows the error state for ${name}`, async () => {
      const { el, detail } = await render(data);
      expectErrorState(el, detail, line, 'table');
    });
  }

  it('drops a row with a cell that is not text, a number or null, or that is not an object, reports it by path, and renders the rest', async () => {
    const { el, detail } = await render({
      columns: [...columns, { key: 'extra', label: 'Extra' }],
      rows: [
        { area: 'A', benefit: 'one' },
        { area: 'B', benefit: false },
        ['not', 'a row'],
        null,
        { area: 'E', benefit: { text: 'x' }, extra: true },
        { area: 'F', benefit: 'six', unknown: 42 },
      ],
    });
    expect(detail.fatal).to.be.false;
    expect(lines(detail)).to.deep.equal([
      'rows[1].benefit: expected a string, a finite number or null, got a boolean',
      'rows[2]: expected an object, got an array',
      'rows[3]: expected an object, got null',
      'rows[4].benefit: expected a string, a finite number or null, got an object',
      'rows[4].extra: expected a string, a finite number or null, got a boolean',
    ]);
    expect(bodyText(el)).to.deep.equal([
      ['A', 'one', ''],
      ['F', 'six', ''],
    ]);
    const notice = part(el, 'item-errors');
    expect(text(notice)).to.contain('4 items could not be shown');
    expect(text(notice)).to.contain('rows[4].benefit: expected a string, a finite number or null, got an object');
  });

  it('drops duplicate column keys, a second row-header column and bad column fields', () => {
    const result = validateCooperationTableContent({
      columns: [
        { key: 'a', label: 'A', rowHeader: true },
        { key: 'a', label: 'Again' },
        { key: 'b', label: 'B', rowHeader: true },
        { key: 'c', label: 'C', type: 'money' },
        { key: 'd', label: 'D', align: 'left' },
        { key: 'e', label: 'E', sortable: 'yes' },
        { key: 'f' },
        { key: 'g', label: 'G', type: 'number', align: 'end', sortable: false },
      ],
      rows: [{ a: 'x', g: '1' }],
    });
    expect(result.value!.columns.map((c) => c.key)).to.deep.equal(['a', 'g']);
    expect(result.value!.columns[1]).to.deep.equal({ key: 'g', label: 'G', type: 'number', align: 'end', sortable: false });
    expect(result.errors.map((e) => e.path)).to.deep.equal([
      'columns[1].key',
      'columns[2].rowHeader',
      'columns[3].type',
      'columns[4].align',
      'columns[5].sortable',
      'columns[6].label',
    ]);
    expect(result.errors[0]!.message).to.equal('duplicates the key "a"');
  });

  it('reports bad title, caption and notes but still renders the table', () => {
    const result = validateCooperationTableContent({ title: 1, caption: [], columns, rows: [{ area: 'x' }], notes: ['ok', 3] });
    expect(result.value!.rows).to.have.length(1);
    expect(result.value!.notes).to.deep.equal(['ok']);
    expect(result.value!.title).to.be.undefined;
    expect(result.errors.map((e) => `${e.path}: ${e.message}`)).to.deep.equal([
      'title: expected a string, got a number',
      'caption: expected a string, got an array',
      'notes[1]: expected a string, got a number',
    ]);
    const other = validateCooperationTableContent({ columns, rows: [{ area: 'x' }], notes: { a: 1 } });
    expect(other.errors).to.deep.equal([{ path: 'notes', message: 'expected a string or a list of strings, got an object' }]);
    expect(other.value!.notes).to.be.undefined;
  });

  it('keeps the seed-like content intact and copies only column keys', () => {
    const result = validateCooperationTableContent({ title: 'T', caption: 'C', columns, rows: [{ area: 'x', benefit: 'y', other: 'z' }], notes: 'n' });
    expect(result.errors).to.deep.equal([]);
    expect(result.value).to.deep.equal({ title: 'T', caption: 'C', columns, rows: [{ area: 'x', benefit: 'y' }], notes: 'n' });
  });

  it('never renders content as HTML', async () => {
    const { el } = await render({ columns: [{ key: 'a', label: '<img src=x onerror=alert(1)>' }], rows: [{ a: '<script>alert(1)</script>' }, { a: false }] });
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    expect(text(part(el, 'header-cell'))).to.equal('<img src=x onerror=alert(1)>');
  });
});
