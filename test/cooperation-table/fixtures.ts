import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/cooperation-table.js';
import type { CooperationTable, CooperationTableContent } from '../../src/cooperation-table.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { horizontalSense } from '../helpers/rtl.js';

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

/** A copy of a cell without the component's own stacked label: the cell's content alone. */
export function cellContent(cell: Element): Element {
  const clone = cell.cloneNode(true) as Element;
  clone.querySelector('.stacked-label')?.remove();
  return clone;
}

/** The body rows' text, cell by cell (without the stacked labels). */
export function bodyText(el: Element): string[][] {
  return parts(el, 'row').map((row) => Array.from(row.children).map((cell) => text(cellContent(cell))));
}

/** The text of one column of the body, by index. */
export function columnText(el: Element, index: number): string[] {
  return bodyText(el).map((cells) => cells[index]!);
}

/** The live region's text. */
export function announcement(el: Element): string {
  return text(el.shadowRoot!.querySelector('.live'));
}

/** A table with many columns, wider than 320px (it scrolls sideways there). */
export const wideTable: CooperationTableContent = {
  caption: 'Wide comparison',
  columns: [
    { key: 'c0', label: 'Area', rowHeader: true },
    ...Array.from({ length: 9 }, (_, i) => ({ key: `c${i + 1}`, label: `Column ${i + 1}` })),
  ],
  rows: Array.from({ length: 4 }, (_, r) => Object.fromEntries(Array.from({ length: 10 }, (_, c) => [`c${c}`, `Row ${r} value ${c}`]))),
};

/** Physical sides (`left`, `right`) where the table reaches past the scroller, i.e. where content is hidden. */
export function hiddenSides(el: CooperationTable): string[] {
  const scroller = part(el, 'scroller').getBoundingClientRect();
  const table = part(el, 'table').getBoundingClientRect();
  return [...(table.left < scroller.left - 1 ? ['left'] : []), ...(table.right > scroller.right + 1 ? ['right'] : [])];
}

/**
 * Physical sides where a visible scroll shadow is darkest at the frame's edge. A shadow is a pseudo-element of the
 * frame painting a linear gradient from the shadow colour to transparent; its box, its gradient's direction and
 * its transformation (a mirrored one is flipped) decide where its dark edge is.
 */
export function shadowSides(el: CooperationTable): string[] {
  const frame = part(el, 'scroller').parentElement!;
  const width = frame.getBoundingClientRect().width;
  const sides: string[] = [];
  for (const pseudo of ['::before', '::after']) {
    const style = getComputedStyle(frame, pseudo);
    if (style.opacity !== '1') continue;
    const gradient = /^linear-gradient\((to (?:left|right)|-?\d+deg)/.exec(style.backgroundImage)?.[1];
    if (!gradient) throw new Error(`${pseudo}: not a horizontal linear gradient: ${style.backgroundImage}`);
    const darkFirst = gradient === 'to right' || gradient === '90deg' ? 'left' : 'right';
    const flipped = horizontalSense(frame, pseudo) < 0;
    const dark = (darkFirst === 'left') !== flipped ? 'left' : 'right';
    const left = parseFloat(style.left);
    const x = dark === 'left' ? left : left + parseFloat(style.width);
    sides.push(Math.abs(x) < 1 ? 'left' : Math.abs(x - width) < 1 ? 'right' : `inside (${pseudo} dark at ${x}px of ${width}px)`);
  }
  return sides.sort();
}
