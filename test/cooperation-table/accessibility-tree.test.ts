import { expect, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { part } from '../helpers/dom.js';
import { renderTable, seedTable, type CooperationTable, type CooperationTableContent } from './fixtures.js';
import { onlyIn } from '../helpers/engine.js';
import { setViewport } from '../helpers/media.js';

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

/** Implicit roles of the table's elements, which browsers keep only while the element displays as a table part. */
const IMPLICIT: Record<string, [role: string, display: string]> = {
  table: ['table', 'table'],
  thead: ['rowgroup', 'table-header-group'],
  tbody: ['rowgroup', 'table-row-group'],
  tr: ['row', 'table-row'],
  td: ['cell', 'table-cell'],
};

/** Roles named by their content (accname: "name from content"); a table is named by its caption. */
const NAMED_FROM_CONTENT = new Set(['button', 'cell', 'columnheader', 'rowheader', 'row', 'caption']);

/** Text as assistive technology gets it: no aria-hidden, display: none or visibility: hidden parts, no comments. */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  const style = getComputedStyle(node);
  if (node.getAttribute('aria-hidden') === 'true' || style.display === 'none') return '';
  const text = Array.from(node.childNodes, visibleText).join('');
  return style.visibility === 'hidden' ? '' : text;
}

/** The accessible name from the DOM: aria-labelledby, aria-label, a table's caption, else the content where the role takes it. */
function domName(el: Element, role: string, root: ShadowRoot): string {
  const ids = el.getAttribute('aria-labelledby');
  if (ids) return ids.split(/\s+/).map((id) => visibleText(root.getElementById(id)!).replace(/\s+/g, ' ').trim()).join(' ');
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const caption = role === 'table' ? el.querySelector(':scope > caption') : null;
  if (caption) return visibleText(caption).replace(/\s+/g, ' ').trim();
  return NAMED_FROM_CONTENT.has(role) ? visibleText(el).replace(/\s+/g, ' ').trim() : '';
}

/** The role from the DOM: the explicit role, else the implicit one while the element still displays as a table part. */
function domRole(el: Element): string | undefined {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit;
  const tag = el.localName;
  if (tag === 'button') return 'button';
  if (tag === 'caption') return 'caption';
  if (tag === 'th') {
    const display = getComputedStyle(el).display;
    return display === 'table-cell' ? (el.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader') : undefined;
  }
  const implicit = IMPLICIT[tag];
  return implicit && getComputedStyle(el).display === implicit[1] ? implicit[0] : undefined;
}

/**
 * The same tree read from the DOM, in every engine: elements without a role are transparent, aria-hidden subtrees
 * and display: none subtrees are left out. Engine-neutral counterpart of {@link tableTree}, which needs Chromium's DevTools protocol.
 */
function domTree(el: CooperationTable): AxNode {
  const root = el.shadowRoot!;
  const walk = (node: Element): AxNode[] => {
    if (node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none') return [];
    const kids = Array.from(node.children).flatMap(walk);
    const role = domRole(node);
    if (!role) return kids;
    return [{ role, name: domName(node, role, root), ...(kids.length > 0 ? { children: kids } : {}) }];
  };
  return walk(part(el, 'scroller'))[0]!;
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

  it('exposes table, row groups, rows, column and row headers and cells in the table layout', async function () {
    await onlyIn(this, ['chromium'], "the browser's accessibility tree is read through Chromium's DevTools protocol; the DOM test below runs everywhere");
    const el = await renderTable(html`<cooperation-table id="tree-wide" sortable .data=${seed}></cooperation-table>`, '60rem');
    expect(getComputedStyle(part(el, 'table')).display).to.equal('table');
    expect(outline(await tableTree(el))).to.deep.equal(expected(true));
  });

  it('keeps the same table semantics in the stacked layout at 320 px, with cells named without their visual labels', async function () {
    await onlyIn(this, ['chromium'], "the browser's accessibility tree is read through Chromium's DevTools protocol; the DOM test below runs everywhere");
    await setViewport({ width: 320, height: 640 });
    const el = await renderTable(html`<cooperation-table id="tree-narrow" sortable .data=${seed}></cooperation-table>`, 'auto');
    expect(getComputedStyle(part(el, 'table')).display, 'stacked').to.equal('block');
    expect(outline(await tableTree(el))).to.deep.equal(expected(false));
  });

  it('has the same roles and names in the DOM, in the table layout (every engine)', async () => {
    const el = await renderTable(html`<cooperation-table id="dom-wide" sortable .data=${seed}></cooperation-table>`, '60rem');
    expect(outline(domTree(el))).to.deep.equal(expected(true));
  });

  it('has the same roles and names in the DOM in the stacked layout at 320 px (every engine)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await renderTable(html`<cooperation-table id="dom-narrow" sortable .data=${seed}></cooperation-table>`, 'auto');
    expect(getComputedStyle(part(el, 'table')).display, 'stacked').to.equal('block');
    expect(outline(domTree(el))).to.deep.equal(expected(false));
  });
});
