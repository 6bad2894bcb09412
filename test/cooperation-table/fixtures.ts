import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/cooperation-table.js';
import type { CooperationTable, CooperationTableContent } from '../../src/cooperation-table.js';
import { exampleContent } from '../helpers/content.js';
import { parts, settle, text } from '../helpers/dom.js';

export type { CooperationTable, CooperationTableContent };

/** The seed article's table. */
export function seedTable(): Promise<CooperationTableContent> {
  return exampleContent<CooperationTableContent>('cooperation-table');
}

/** A small table with one column of each type, in a deliberately unsorted order. */
export const typedTable: CooperationTableContent = {
  title: 'Partners',
  columns: [
    { key: 'name', label: 'Partner', rowHeader: true, sortable: true },
    { key: 'budget', label: 'Budget', type: 'number', sortable: true },
    { key: 'since', label: 'Since', type: 'date', sortable: true },
    { key: 'note', label: 'Note' },
  ],
  rows: [
    { name: 'item 10', budget: '1,200', since: '2019-05-01', note: 'b' },
    { name: 'Äpfel', budget: '15%', since: '2021', note: 'a' },
    { name: 'item 9', budget: 'n/a', since: 'soon', note: 'c' },
    { name: 'apple', budget: '-3', since: '2019-05-01', note: 'd' },
    { name: 'Zebra', budget: '200', since: '', note: 'e' },
    { name: 'item 9', budget: '200', since: '2020-02', note: 'f' },
  ],
};

/** Renders a table inside a wrapper of `width` (CSS), and waits for it. */
export async function renderTable(template: TemplateResult, width = '60rem'): Promise<CooperationTable> {
  const wrap = await fixture<HTMLElement>(html`<div style=${`width: ${width}`}>${template}</div>`);
  const el = wrap.querySelector('cooperation-table')!;
  await settle(el);
  return el;
}

/** The body rows' text, cell by cell (without the stacked labels). */
export function bodyText(el: Element): string[][] {
  return parts(el, 'row').map((row) =>
    Array.from(row.children).map((cell) => {
      const clone = cell.cloneNode(true) as Element;
      clone.querySelector('.stacked-label')?.remove();
      return text(clone);
    }),
  );
}

/** The text of one column of the body, by index. */
export function columnText(el: Element, index: number): string[] {
  return bodyText(el).map((cells) => cells[index]!);
}

/** The live region's text. */
export function announcement(el: Element): string {
  return text(el.shadowRoot!.querySelector('.live'));
}
