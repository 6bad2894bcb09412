import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/cooperation-table.js';
import type { CooperationTable } from '../../src/cooperation-table.js';
import type { ExplainerErrorDetail, ExplainerLoadDetail } from '../../src/internal/events.js';
import { exampleUrl } from '../helpers/content.js';
import { part, parts, settle, waitFor } from '../helpers/dom.js';
import { nextEvent } from '../helpers/events.js';
import { bodyText, seedTable, type CooperationTableContent } from './fixtures.js';

describe('cooperation-table: content routes', () => {
  let seed: CooperationTableContent;
  before(async () => {
    seed = await seedTable();
  });

  it('takes content from the data property and fires explainer-load with the row count', async () => {
    const el = document.createElement('cooperation-table');
    const loaded = oneEvent(el, 'explainer-load');
    el.data = seed;
    document.body.append(el);
    const event = (await loaded) as CustomEvent<ExplainerLoadDetail>;
    expect(event.detail).to.deep.equal({ count: 4, source: 'data' });
    expect(parts(el, 'row')).to.have.length(4);
    el.remove();
  });

  it('takes content from an inline JSON script child', async () => {
    const el = await fixture<CooperationTable>(html`<cooperation-table>
      <script type="application/json">
        {"columns": [{"key": "a", "label": "A"}], "rows": [{"a": "inline"}]}
      </script>
    </cooperation-table>`);
    await waitFor(() => parts(el, 'row').length === 1, 2000, 'inline rows');
    expect(bodyText(el)).to.deep.equal([['inline']]);
  });

  it('fetches content from src', async () => {
    const el = await fixture<CooperationTable>(html`<cooperation-table src=${exampleUrl('cooperation-table')}></cooperation-table>`);
    const event = await nextEvent<ExplainerLoadDetail>(el, 'explainer-load');
    expect(event.detail).to.deep.equal({ count: 4, source: 'src' });
    await settle(el);
    expect(bodyText(el)[0]![0]).to.equal('Maritime Security');
  });

  it('shows the error state when src fails', async () => {
    const el = await fixture<CooperationTable>(html`<cooperation-table src="/mock/status/404"></cooperation-table>`);
    const event = await nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
    expect(event.detail).to.deep.include({ kind: 'network', fatal: true });
    await settle(el);
    expect(part(el, 'error').getAttribute('role')).to.equal('alert');
    expect(parts(el, 'retry')).to.have.length(1);
  });
});
