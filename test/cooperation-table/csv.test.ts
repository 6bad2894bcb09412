import { expect, html } from '@open-wc/testing';
import type { ExplainerDownloadDetail } from '../../src/cooperation-table.js';
import { csvField, csvFileName, toCsv, withCsvExtension } from '../../src/components/cooperation-table/cooperation-table.csv.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { renderTable, seedTable, typedTable, type CooperationTable, type CooperationTableContent } from './fixtures.js';

/** Captures the link the download clicks (and stops the real download). */
function captureDownload(el: CooperationTable): { link: HTMLAnchorElement | null } {
  const seen: { link: HTMLAnchorElement | null } = { link: null };
  el.shadowRoot!.addEventListener(
    'click',
    (event) => {
      const target = event.target as HTMLElement;
      if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
        event.preventDefault();
        seen.link = target;
      }
    },
    { capture: true },
  );
  return seen;
}

describe('cooperation-table: CSV', () => {
  let seed: CooperationTableContent;
  before(async () => {
    seed = await seedTable();
  });

  it('exports the seed table with a header record and CRLF line ends', async () => {
    const el = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`);
    const lines = el.toCSV().split('\r\n');
    expect(lines).to.have.length(5);
    expect(lines[0]).to.equal('Cooperation Area,German Contribution,ASEAN Benefit');
    expect(lines[1]).to.equal('Maritime Security,Technical expertise in UNCLOS & patrol tech,Enhanced territorial monitoring & legal clarity');
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180) and exports rich text as plain text', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a, b')).to.equal('"a, b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField('cr\rhere')).to.equal('"cr\rhere"');
    expect(toCsv(['h1', 'h2'], [['a', 'b,c'], ['', 'd']])).to.equal('h1,h2\r\na,"b,c"\r\n,d');
  });

  it('escapes cells that a spreadsheet would run as formulas', () => {
    expect(csvField('=SUM(A1:A9)')).to.equal("'=SUM(A1:A9)");
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('-2+3+cmd|\' /C calc\'!A0')).to.equal("'-2+3+cmd|' /C calc'!A0");
    expect(csvField('@SUM(1)')).to.equal("'@SUM(1)");
    expect(csvField('\tTAB')).to.equal("'\tTAB");
    expect(csvField('=HYPERLINK("http://x","y")')).to.equal('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('a=b')).to.equal('a=b');
  });

  it('writes numbers as JavaScript does, with no formula guard: a number is not a formula', () => {
    expect([-2.25, 12.5, 1234567, 0, -0, 1e21, 0.1].map(csvField)).to.deep.equal(['-2.25', '12.5', '1234567', '0', '0', '1e+21', '0.1']);
    expect(csvField('-2.25'), 'the same as text is guarded').to.equal("'-2.25");
    expect(toCsv(['n', 't'], [[-1, '-x'], [3.5, '']])).to.equal("n,t\r\n-1,'-x\r\n3.5,");
  });

  it('exports the rows as shown: sorted and filtered, with cells as plain text', async () => {
    const data = {
      columns: [
        { key: 'n', label: 'Name', sortable: true },
        { key: 'v', label: 'Value, "quoted"' },
      ],
      rows: [
        { n: 'b', v: '**bold** and [link](https://example.org)' },
        { n: 'a', v: '=1+1' },
        { n: 'c', v: 'skip me' },
      ],
    };
    const el = await renderTable(html`<cooperation-table filterable .data=${data}></cooperation-table>`);
    el.sortBy('n');
    el.query = 'b';
    await settle(el);
    expect(el.toCSV()).to.equal('Name,"Value, ""quoted"""\r\nb,bold and link');
    el.query = '';
    await settle(el);
    expect(el.toCSV().split('\r\n')).to.deep.equal(['Name,"Value, ""quoted"""', "a,'=1+1", 'b,bold and link', 'c,skip me']);
  });

  it('names files from the title, or download-name', () => {
    expect(csvFileName('Key Pillars of ASEAN-Germany Security Cooperation')).to.equal('key-pillars-of-asean-germany-security-cooperation.csv');
    expect(csvFileName('Über Größe: 2026!')).to.equal('uber-große-2026.csv');
    expect(csvFileName('')).to.equal('table.csv');
    expect(csvFileName(undefined)).to.equal('table.csv');
    expect(withCsvExtension('export')).to.equal('export.csv');
    expect(withCsvExtension('export.csv')).to.equal('export.csv');
  });

  it('shows a Download CSV button only with downloadable, named for the table', async () => {
    const plain = await renderTable(html`<cooperation-table .data=${seed}></cooperation-table>`);
    expect(parts(plain, 'download')).to.have.length(0);
    const el = await renderTable(html`<cooperation-table downloadable .data=${seed}></cooperation-table>`);
    const button = part(el, 'download');
    expect(button.localName).to.equal('button');
    expect(text(button)).to.equal(`Download CSV: ${seed.caption}`);
  });

  it('downloads the CSV through a temporary link to a Blob, and fires explainer-download', async () => {
    const el = await renderTable(html`<cooperation-table downloadable sort="area:desc" .data=${seed}></cooperation-table>`);
    const seen = recordEvents<ExplainerDownloadDetail>(el, 'explainer-download');
    const captured = captureDownload(el);
    part(el, 'download').click();
    const link = captured.link!;
    expect(link, 'a link was clicked').to.exist;
    expect(link.download).to.equal('key-pillars-of-asean-germany-security-cooperation.csv');
    expect(link.href).to.match(/^blob:/);
    expect(link.isConnected, 'the link is removed').to.be.false;
    const body = await (await fetch(link.href)).text();
    expect(body).to.equal(el.toCSV());
    expect(body.split('\r\n')[1]).to.match(/^Maritime Security,/);
    expect(seen.map((e) => e.detail)).to.deep.equal([{ rows: 4, filename: 'key-pillars-of-asean-germany-security-cooperation.csv' }]);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.be.true;
  });

  it('uses download-name, and a cancelled explainer-download stops the download', async () => {
    const el = await renderTable(html`<cooperation-table downloadable download-name="cooperation" .data=${typedTable}></cooperation-table>`);
    const captured = captureDownload(el);
    el.addEventListener('explainer-download', (e) => e.preventDefault(), { once: true });
    el.downloadCSV();
    expect(captured.link).to.be.null;
    el.downloadCSV();
    expect(captured.link!.download).to.equal('cooperation.csv');
  });

  it('exports nothing before content arrives', () => {
    const el = document.createElement('cooperation-table');
    document.body.append(el);
    expect(el.toCSV()).to.equal('');
    const seen = recordEvents(el, 'explainer-download');
    el.downloadCSV();
    expect(seen).to.have.length(0);
    el.remove();
  });
});
