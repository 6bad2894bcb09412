import { expect, html } from '@open-wc/testing';
import { part, parts, text } from '../helpers/dom.js';
import { bodyText, renderTable, seedTable, type CooperationTableContent } from './fixtures.js';

describe('cooperation-table: rendering', () => {
  let seed: CooperationTableContent;
  before(async () => {
    seed = await seedTable();
  });

  it('renders the seed table as a real table with caption, column headers and row headers', async () => {
    const el = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`);
    const table = part(el, 'table');
    expect(table.localName).to.equal('table');
    expect(table.getAttribute('role')).to.equal('table');
    const caption = part(el, 'caption');
    expect(caption.localName).to.equal('caption');
    expect(caption.parentElement).to.equal(table);
    expect(text(caption)).to.equal(seed.caption);
    const headers = parts(el, 'header-cell');
    expect(headers.map((h) => [h.localName, h.getAttribute('scope'), h.getAttribute('role'), text(h)])).to.deep.equal([
      ['th', 'col', 'columnheader', 'Cooperation Area'],
      ['th', 'col', 'columnheader', 'German Contribution'],
      ['th', 'col', 'columnheader', 'ASEAN Benefit'],
    ]);
    const rowHeaders = parts(el, 'row-header');
    expect(rowHeaders.map((h) => [h.localName, h.getAttribute('scope'), h.getAttribute('role')])).to.deep.equal(
      Array(4).fill(['th', 'row', 'rowheader']),
    );
    expect(rowHeaders.map((h) => text(h))).to.deep.equal(['Maritime Security', 'Cyber Defense', 'Disaster Relief', 'Defense Policy']);
    expect(parts(el, 'cell').every((c) => c.localName === 'td' && c.getAttribute('role') === 'cell')).to.be.true;
    expect(bodyText(el)[1]).to.deep.equal(['Cyber Defense', 'Advanced encryption & threat intelligence', 'Protection of critical digital infrastructure']);
  });

  it('renders the title as a heading at heading-level above the table', async () => {
    const el = await renderTable(html`<cooperation-table heading-level="3" .data=${seed}></cooperation-table>`);
    const title = part(el, 'title');
    expect(title.localName).to.equal('h3');
    expect(text(title)).to.equal(seed.title);
    expect(title.compareDocumentPosition(part(el, 'table')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('names the table and the scroll region by the caption, and uses the title when there is no caption', async () => {
    const el = await renderTable(html`<cooperation-table .data=${{ ...seed, caption: undefined }}></cooperation-table>`);
    const caption = part(el, 'caption');
    expect(text(caption)).to.equal(seed.title);
    expect(caption.classList.contains('visually-hidden'), 'not shown twice').to.be.true;
    // The table takes its name from its caption natively (see accessibility-tree.test.ts); the region refers to it.
    expect(part(el, 'table').hasAttribute('aria-labelledby')).to.be.false;
    expect(el.shadowRoot!.getElementById(part(el, 'scroller').getAttribute('aria-labelledby')!)).to.equal(caption);
  });

  it('gives an untitled table a generic caption', async () => {
    const el = await renderTable(html`<cooperation-table .data=${{ columns: seed.columns, rows: seed.rows }}></cooperation-table>`);
    expect(parts(el, 'title')).to.have.length(0);
    expect(text(part(el, 'caption'))).to.equal('Comparison table');
  });

  it('renders one element for the whole table: no custom element per row or cell', async () => {
    const el = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`);
    const custom = Array.from(el.shadowRoot!.querySelectorAll('*')).filter((node) => node.localName.includes('-'));
    expect(custom).to.deep.equal([]);
    expect(parts(el, 'row')).to.have.length(4);
  });

  it('renders a missing cell empty and keeps the row', async () => {
    const data = { columns: seed.columns, rows: [{ area: 'Only an area' }, { area: 'Full', contribution: 'c', benefit: 'b' }] };
    const el = await renderTable(html`<cooperation-table .data=${data}></cooperation-table>`);
    expect(bodyText(el)).to.deep.equal([
      ['Only an area', '', ''],
      ['Full', 'c', 'b'],
    ]);
  });

  it('renders the rich-text subset in cells and notes, and plain strings as text', async () => {
    const data = {
      columns: [
        { key: 'a', label: 'A', rowHeader: true },
        { key: 'b', label: 'B' },
      ],
      rows: [
        { a: 'Plain <b>not bold</b>', b: 'Some **strong** and [a link](https://example.org/x) and [bad](javascript:alert(1))' },
        { a: 'Lists', b: '- one\n- two' },
      ],
      notes: ['Source: *the seed article*.', 'Second [note](https://example.org/n).'],
    };
    const el = await renderTable(html`<cooperation-table .data=${data}></cooperation-table>`);
    const [first, second] = parts(el, 'row');
    expect(first!.querySelector('b')).to.be.null;
    expect(text(first!.children[0])).to.equal('Plain <b>not bold</b>');
    const cell = first!.children[1]!;
    expect(cell.querySelector('strong')!.textContent).to.equal('strong');
    expect(cell.querySelector('p'), 'one paragraph renders inline').to.be.null;
    const links = Array.from(cell.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/x']);
    expect(text(cell)).to.contain('[bad](javascript:alert(1))');
    expect(Array.from(second!.children[1]!.querySelectorAll('li')).map((li) => text(li))).to.deep.equal(['one', 'two']);
    const notes = part(el, 'notes');
    expect(notes.querySelectorAll('p')).to.have.length(2);
    expect(notes.querySelector('em')!.textContent).to.equal('the seed article');
    expect(part(el, 'table').getAttribute('aria-describedby')).to.equal(notes.id);
  });

  it('takes notes as a single string', async () => {
    const el = await renderTable(html`<cooperation-table .data=${{ ...seed, notes: 'One note.' }}></cooperation-table>`);
    expect(text(part(el, 'notes'))).to.equal('One note.');
  });

  it('aligns columns: numbers at the end by default, or as the column says', async () => {
    const data = {
      columns: [
        { key: 'a', label: 'A' },
        { key: 'n', label: 'N', type: 'number' },
        { key: 'c', label: 'C', align: 'center' },
        { key: 's', label: 'S', type: 'number', align: 'start' },
      ],
      rows: [{ a: 'x', n: '1', c: 'y', s: '2' }],
    };
    const el = await renderTable(html`<cooperation-table .data=${data}></cooperation-table>`);
    const aligns = Array.from(part(el, 'row').children).map((c) => getComputedStyle(c).textAlign);
    expect(aligns).to.deep.equal(['start', 'end', 'center', 'start']);
    expect(getComputedStyle(parts(el, 'header-cell')[1]!).textAlign).to.equal('end');
  });

  it('emphasises the highlight column in its header and cells', async () => {
    const el = await renderTable(html`<cooperation-table highlight="benefit" .data=${seed}></cooperation-table>`);
    const marked = parts(el, 'highlight');
    expect(marked).to.have.length(5);
    expect(marked.every((c) => text(c).length > 0)).to.be.true;
    expect(parts(el, 'header-cell')[2]!.getAttribute('part')).to.equal('header-cell highlight');
    const cell = parts(el, 'row')[0]!.children[2]!;
    const plain = parts(el, 'row')[0]!.children[1]!;
    expect(getComputedStyle(cell).borderInlineStartWidth, 'not by colour alone').to.equal('2px');
    expect(getComputedStyle(cell).backgroundColor).not.to.equal(getComputedStyle(plain).backgroundColor);
    el.highlight = undefined;
    await el.updateComplete;
    expect(parts(el, 'highlight')).to.have.length(0);
  });

  it('keeps ids unique across two instances', async () => {
    const el = await renderTable(html`<div><cooperation-table .data=${seed}></cooperation-table><cooperation-table .data=${seed}></cooperation-table></div>`);
    const [a, b] = Array.from(el.parentElement!.querySelectorAll('cooperation-table'));
    await b!.updateComplete;
    expect(part(a!, 'caption').id).not.to.equal(part(b!, 'caption').id);
  });

  it('re-renders when data is replaced', async () => {
    const el = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`);
    el.data = { columns: [{ key: 'x', label: 'X' }], rows: [{ x: 'only' }] };
    await el.updateComplete;
    expect(bodyText(el)).to.deep.equal([['only']]);
    expect(parts(el, 'header-cell').map((h) => text(h))).to.deep.equal(['X']);
  });
});
