import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { part, parts, settle, waitFor } from '../helpers/dom.js';
import { PLAIN_HTML, PLAIN_SHOWN, RICH_HTML, plainProblems, richProblems } from '../helpers/html-content.js';
import { bodyText, cellContent, renderTable, type CooperationTable, type CooperationTableContent } from './fixtures.js';

const content = {
  format: 'html',
  title: PLAIN_HTML,
  caption: PLAIN_HTML,
  columns: [
    { key: 'area', label: PLAIN_HTML, rowHeader: true, sortable: true },
    { key: 'de', label: 'Germany', sortable: true },
    { key: 'rich', label: 'Rich' },
  ],
  rows: [
    { area: '<p>Maritime <b>security</b></p>', de: 'Zeta &amp; co', rich: RICH_HTML },
    { area: 'Cyber&shy;security', de: '<em>Alpha</em>', rich: RICH_HTML },
    { area: 'Disaster relief', de: 12.5, rich: null },
  ],
  notes: [RICH_HTML, RICH_HTML],
} as unknown as CooperationTableContent;

/** Renders HTML content and waits until it shows (the first HTML content of the page loads the reader). */
async function renderHtmlTable(): Promise<CooperationTable> {
  const el = await renderTable(html`<cooperation-table .data=${content} sortable filterable downloadable></cooperation-table>`);
  await waitFor(() => parts(el, 'row').length > 0, 5000, 'rows');
  await settle(el);
  return el;
}

describe('cooperation-table: HTML content ("format": "html")', () => {
  it('renders the subset in cells and notes, and the title, caption and column labels as decoded text', async () => {
    const el = await renderHtmlTable();
    const cells = parts(el, 'cell');
    const problems = [
      ...plainProblems(part(el, 'title'), 'title'),
      ...plainProblems(part(el, 'caption'), 'caption'),
      ...plainProblems(parts(el, 'header-cell')[0], 'columns[0].label'),
      ...richProblems(cells[1] && cellContent(cells[1]), 'rows[0].rich'),
      ...richProblems(cells[3] && cellContent(cells[3]), 'rows[1].rich'),
    ];
    // The notes container holds each note's eight blocks in turn.
    const notes = Array.from(part(el, 'notes').children);
    expect(notes).to.have.length(16);
    for (const i of [0, 1]) {
      const note = document.createElement('div');
      note.append(...notes.slice(i * 8, i * 8 + 8).map((block) => block.cloneNode(true)));
      problems.push(...richProblems(note, `notes[${i}]`));
    }
    expect(problems).to.deep.equal([]);
    // A cell of one paragraph renders inline, without a <p>; numbers and plain text as before.
    const header = parts(el, 'row-header')[0]!;
    expect(header.querySelector('p')).to.equal(null);
    expect(header.querySelector('strong')!.textContent).to.equal('security');
    expect(bodyText(el).map((row) => row.slice(0, 2))).to.deep.equal([
      ['Maritime security', 'Zeta & co'],
      ['Cyber\u00adsecurity', 'Alpha'],
      ['Disaster relief', '12.5'],
    ]);
  });

  it('sorts, filters and exports the HTML cells as their plain text', async () => {
    const el = await renderHtmlTable();
    el.sortBy('de', 'asc');
    await settle(el);
    expect(bodyText(el).map((row) => row[1])).to.deep.equal(['12.5', 'Alpha', 'Zeta & co']);
    el.sortBy(null);
    el.query = 'zeta &';
    await settle(el);
    expect(bodyText(el).map((row) => row[0])).to.deep.equal(['Maritime security']);
    el.query = '';
    await settle(el);
    const [header, first] = el.toCSV().split('\r\n');
    expect(header).to.equal(`${PLAIN_SHOWN},Germany,Rich`);
    expect(first!.startsWith('Maritime security,Zeta & co,"First strong bold')).to.equal(true);
    expect(el.toCSV()).to.not.contain('<p>').and.to.not.contain('&amp;');
  });
});
