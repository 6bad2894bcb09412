import { expect, html } from '@open-wc/testing';
import { part, parts } from '../helpers/dom.js';
import { renderTable, seedTable, type CooperationTableContent } from './fixtures.js';
import { emulateForcedColors, emulateMedia } from '../helpers/media.js';

describe('cooperation-table: theming and media', () => {
  let seed: CooperationTableContent;
  before(async () => {
    seed = await seedTable();
  });
  afterEach(async () => {
    await emulateForcedColors(false);
    await emulateMedia({ media: 'screen' });
  });

  it('inherits font, colour and direction from the page', async () => {
    const el = await renderTable(html`<div dir="rtl" style="font-family: Georgia, serif; color: rgb(10, 20, 30)"><cooperation-table .data=${seed}></cooperation-table></div>`);
    const cell = getComputedStyle(part(el, 'cell'));
    expect(cell.fontFamily).to.contain('Georgia');
    expect(cell.color).to.equal('rgb(10, 20, 30)');
    expect(cell.direction).to.equal('rtl');
  });

  it('applies the --explainer-table-* tokens', async () => {
    const style = document.createElement('style');
    style.textContent = `.themed {
      --explainer-table-header-background: rgb(1, 2, 3);
      --explainer-table-border: 3px solid rgb(4, 5, 6);
      --explainer-table-cell-padding: 7px;
      --explainer-table-stripe-background: rgb(7, 8, 9);
      --explainer-table-highlight-background: rgb(10, 11, 12);
      --explainer-table-highlight-border: 4px dashed rgb(13, 14, 15);
      --explainer-table-header-font-weight: 800;
      --explainer-table-caption-align: center;
      --explainer-table-card-border: 5px solid rgb(16, 17, 18);
      --explainer-table-card-radius: 9px;
      --explainer-table-label-color: rgb(19, 20, 21);
    }`;
    document.head.append(style);
    const el = await renderTable(html`<cooperation-table class="themed" highlight="benefit" .data=${seed}></cooperation-table>`);
    const header = getComputedStyle(part(el, 'header-cell'));
    expect(header.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(header.fontWeight).to.equal('800');
    const cell = getComputedStyle(part(el, 'cell'));
    expect(cell.borderBottomWidth).to.equal('3px');
    expect(cell.paddingTop).to.equal('7px');
    expect(getComputedStyle(parts(el, 'row')[1]!).backgroundColor).to.equal('rgb(7, 8, 9)');
    const highlighted = getComputedStyle(parts(el, 'highlight')[1]!);
    expect(highlighted.backgroundColor).to.equal('rgb(10, 11, 12)');
    expect(highlighted.borderLeftStyle).to.equal('dashed');
    expect(getComputedStyle(part(el, 'caption')).textAlign).to.equal('center');
    el.layout = 'stacked';
    await el.updateComplete;
    const card = getComputedStyle(part(el, 'row'));
    expect(card.borderTopWidth).to.equal('5px');
    expect(card.borderTopLeftRadius).to.equal('9px');
    expect(getComputedStyle(part(el, 'stacked-label')).color).to.equal('rgb(19, 20, 21)');
    style.remove();
  });

  it('exposes every structural part to ::part()', async () => {
    const el = await renderTable(html`<cooperation-table sortable filterable downloadable highlight="area" .data=${{ ...seed, notes: 'n' }}></cooperation-table>`);
    const names = [
      'title', 'toolbar', 'filter', 'filter-input', 'sort-control', 'download', 'scroller', 'table', 'caption', 'head',
      'header-row', 'header-cell', 'sort-button', 'sort-icon', 'body', 'row', 'row-header', 'cell', 'highlight', 'notes',
    ];
    expect(names.filter((name) => parts(el, name).length === 0)).to.deep.equal([]);
    const style = document.createElement('style');
    style.textContent = `.parted::part(row-header) { text-transform: uppercase; } .parted::part(sort-button) { letter-spacing: 2px; }`;
    document.head.append(style);
    el.classList.add('parted');
    style.textContent += ` .parted:state(stacked)::part(row) { outline: 3px dotted rgb(1, 1, 1); }`;
    expect(getComputedStyle(part(el, 'row')).outlineStyle, 'no card styles in the table layout').to.equal('none');
    el.layout = 'stacked';
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'row')).outlineStyle, 'card styles through the stacked state').to.equal('dotted');
    // Data cells carry their stacked label once the table has stacked (never before: see the layout tests).
    expect(parts(el, 'stacked-label')).to.have.length(seed.rows.length * 2);
    el.layout = 'auto';
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'row-header')).textTransform).to.equal('uppercase');
    expect(getComputedStyle(part(el, 'sort-button')).letterSpacing).to.equal('2px');
    style.remove();
  });

  it('keeps the highlight and the stacked cards visible in forced-colors mode', async () => {
    const el = await renderTable(html`<cooperation-table highlight="benefit" .data=${seed}></cooperation-table>`);
    await emulateForcedColors(true);
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(parts(el, 'highlight')[1]!);
    expect(highlight.borderLeftColor).to.equal(getComputedStyle(probe).color);
    expect(highlight.borderLeftWidth, 'side rules, not colour alone').to.equal('2px');
    probe.style.color = 'CanvasText';
    el.layout = 'stacked';
    await el.updateComplete;
    const card = getComputedStyle(part(el, 'row'));
    expect(card.borderTopStyle).to.equal('solid');
    expect(card.borderTopColor).to.equal(getComputedStyle(probe).color);
    const frame = part(el, 'scroller').parentElement!;
    expect(getComputedStyle(frame, '::after').display, 'no scroll shadows').to.equal('none');
    probe.remove();
  });

  it('prints without the toolbar and without clipping wide tables', async () => {
    const el = await renderTable(html`<cooperation-table filterable .data=${seed}></cooperation-table>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'toolbar')).display).to.equal('none');
    expect(getComputedStyle(part(el, 'scroller')).overflowX).to.equal('visible');
  });
});
