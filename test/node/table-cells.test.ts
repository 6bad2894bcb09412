/// <reference types="node" />
// Table cells from spreadsheet and CMS exports: validate() takes text, finite numbers and null, and reports any other
// cell as an item-level error that names the path, keeping the other rows. NaN and ±Infinity cannot come from JSON
// (so the schema fixtures cannot hold them) but can come from `data`: they are checked here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../../src/validate.js';
import { validateCooperationTableContent } from '../../src/components/cooperation-table/cooperation-table.content.js';

const columns = [
  { key: 'name', label: 'Programme', rowHeader: true },
  { key: 'budget', label: 'Budget' },
];

describe('cooperation-table cells: numbers and null', () => {
  it('keeps finite numbers as numbers, and leaves null cells out (an empty cell)', () => {
    const rows = [
      { name: 'A', budget: 12.5 },
      { name: 'B', budget: -2.25 },
      { name: 'C', budget: 0 },
      { name: 'D', budget: null },
      { name: 7, budget: 1234567 },
    ];
    const result = validateCooperationTableContent({ columns, rows });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.value!.rows, [
      { name: 'A', budget: 12.5 },
      { name: 'B', budget: -2.25 },
      { name: 'C', budget: 0 },
      { name: 'D' },
      { name: 7, budget: 1234567 },
    ]);
    assert.equal(validate('cooperation-table', { columns, rows }).ok, true);
  });

  it('drops rows with NaN, Infinity, booleans, objects or lists, naming the path, and keeps the rest', () => {
    const rows = [
      { name: 'ok', budget: 1 },
      { name: 'nan', budget: NaN },
      { name: 'inf', budget: Infinity },
      { name: 'neg', budget: -Infinity },
      { name: true, budget: false },
      { name: 'obj', budget: { value: 1 } },
      { name: 'list', budget: [1] },
      { name: 'ok too', budget: '2' },
    ];
    const result = validate('cooperation-table', { columns, rows });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.errors.map((e) => `${e.path}: ${e.message}`),
      [
        'rows[1].budget: expected a string, a finite number or null, got NaN',
        'rows[2].budget: expected a string, a finite number or null, got Infinity',
        'rows[3].budget: expected a string, a finite number or null, got -Infinity',
        'rows[4].name: expected a string, a finite number or null, got a boolean',
        'rows[4].budget: expected a string, a finite number or null, got a boolean',
        'rows[5].budget: expected a string, a finite number or null, got an object',
        'rows[6].budget: expected a string, a finite number or null, got an array',
      ],
    );
    const value = validateCooperationTableContent({ columns, rows }).value!;
    assert.deepEqual(value.rows.map((r) => r.name), ['ok', 'ok too']);
  });
});
