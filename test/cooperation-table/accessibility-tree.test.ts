import { expect, html } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { part } from '../helpers/dom.js';
import { renderTable, seedTable, type CooperationTable, type CooperationTableContent } from './fixtures.js';

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/**
 * The browser's accessibility tree of the table's scroll region. Puppeteer's snapshot keeps only "interesting"
 * nodes (focusable ones, landmarks, named leaves), so table nodes are made focusable with tabindex="-1" first:
 * that keeps them in the snapshot and changes no role or name.
 */
async function tableTree(el: CooperationTable): Promise<AxNode> {
  for (const node of el.shadowRoot!.querySelectorAll('table, thead, tbody, tr, th, td, caption')) node.setAttribute('tabindex', '-1');
  const tree = (await a11ySnapshot({ selector: `#${el.id} >>> [part="scroller"]` })) as unknown as AxNode;
  return tree;
}

/** Roles (and names of headers and cells) as an outline, without text nodes. */
function outline(node: AxNode): unknown {
  const kids = (node.children ?? []).filter((c) => c.role !== 'StaticText').map(outline);
  const label = ['columnheader', 'rowheader', 'cell', 'region', 'table', 'button'].includes(node.role) ? `${node.role}: ${node.name}` : node.role;
  return kids.length > 0 ? { [label]: kids } : label;
}

const headers = ['Cooperation Area', 'German Contribution', 'ASEAN Benefit'];

/** The expected outline; column headers hold their sort buttons only in the table layout. */
const expected = (buttons: boolean) => ({
  'region: Where German expertise complements ASEAN\'s security goals': [
    {
      'table: Where German expertise complements ASEAN\'s security goals': [
        'caption',
        { rowgroup: [{ row: headers.map((h) => (buttons ? { [`columnheader: ${h}`]: [`button: ${h}`] } : `columnheader: ${h}`)) }] },
        {
          rowgroup: [
            { row: ['rowheader: Maritime Security', 'cell: Technical expertise in UNCLOS & patrol tech', 'cell: Enhanced territorial monitoring & legal clarity'] },
            { row: ['rowheader: Cyber Defense', 'cell: Advanced encryption & threat intelligence', 'cell: Protection of critical digital infrastructure'] },
            { row: ['rowheader: Disaster Relief', 'cell: Logistical frameworks & rapid response units', 'cell: Faster recovery from climate-induced disasters'] },
            { row: ['rowheader: Defense Policy', 'cell: Strategic planning & diplomatic mediation', 'cell: Diversification of security partnerships'] },
          ],
        },
      ],
    },
  ],
});

describe('cooperation-table: accessibility tree', function () {
  this.timeout(20000);
  let seed: CooperationTableContent;
  before(async () => {
    seed = await seedTable();
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('exposes table, row groups, rows, column and row headers and cells in the table layout', async () => {
    const el = await renderTable(html`<cooperation-table id="tree-wide" sortable .data=${seed}></cooperation-table>`, '60rem');
    expect(getComputedStyle(part(el, 'table')).display).to.equal('table');
    expect(outline(await tableTree(el))).to.deep.equal(expected(true));
  });

  it('keeps the same table semantics in the stacked layout at 320 px, with cells named without their visual labels', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await renderTable(html`<cooperation-table id="tree-narrow" sortable .data=${seed}></cooperation-table>`, 'auto');
    expect(getComputedStyle(part(el, 'table')).display, 'stacked').to.equal('block');
    expect(outline(await tableTree(el))).to.deep.equal(expected(false));
  });
});
