import { CooperationTable } from './components/cooperation-table/cooperation-table.js';

export { CooperationTable };
export { validateCooperationTableContent } from './components/cooperation-table/cooperation-table.content.js';
export type * from './components/cooperation-table/cooperation-table.content.js';
export type * from './components/cooperation-table/cooperation-table.events.js';

CooperationTable.define('cooperation-table');

declare global {
  interface HTMLElementTagNameMap {
    'cooperation-table': CooperationTable;
  }
}
