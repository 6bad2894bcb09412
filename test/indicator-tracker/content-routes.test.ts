import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/indicator-tracker.js';
import type { IndicatorTracker } from '../../src/indicator-tracker.js';
import type { ExplainerErrorDetail, ExplainerLoadDetail } from '../../src/internal/events.js';
import { exampleUrl } from '../helpers/content.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { nextEvent, recordEvents } from '../helpers/events.js';
import { FULL_URL, NOW, seedContent } from './fixtures.js';

const labels = (el: Element) => parts(el, 'indicator-heading').map((h) => text(h));

describe('indicator-tracker: content routes', () => {
  it('takes content from the data property and fires explainer-load with the indicator count', async () => {
    const el = document.createElement('indicator-tracker');
    const loaded = oneEvent(el, 'explainer-load');
    el.data = await seedContent();
    document.body.append(el);
    const event = (await loaded) as CustomEvent<ExplainerLoadDetail>;
    expect(event.detail).to.deep.equal({ count: 3, source: 'data' });
    expect(labels(el)).to.deep.equal(['Joint Statements', 'Defense Procurement', 'Military-to-Military Visits']);
    el.remove();
  });

  it('takes content from an inline JSON script child', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker now=${NOW}>
      <script type="application/json">
        {"indicators": [{"label": "Inline", "description": "From the page.", "status": "achieved"}]}
      </script>
    </indicator-tracker>`);
    await settle(el);
    expect(labels(el)).to.deep.equal(['Inline']);
    expect(text(part(el, 'summary'))).to.equal('1 achieved');
  });

  it('fetches the seed and the full example from src', async () => {
    const seed = await fixture<IndicatorTracker>(html`<indicator-tracker src=${exampleUrl('indicator-tracker')}></indicator-tracker>`);
    const seedLoad = await nextEvent<ExplainerLoadDetail>(seed, 'explainer-load');
    expect(seedLoad.detail).to.deep.equal({ count: 3, source: 'src' });
    const full = await fixture<IndicatorTracker>(html`<indicator-tracker now=${NOW} src=${FULL_URL}></indicator-tracker>`);
    const fullLoad = await nextEvent<ExplainerLoadDetail>(full, 'explainer-load');
    expect(fullLoad.detail.count).to.equal(7);
    await settle(full);
    expect(parts(full, 'status')).to.have.length(7);
  });

  it('shows the loading state, then the error state with retry, when src fails', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker src="/mock/status/404"></indicator-tracker>`);
    const event = await nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
    expect(event.detail.kind).to.equal('network');
    await settle(el);
    expect(text(part(el, 'error'))).to.contain('404');
    expect(parts(el, 'retry')).to.have.length(1);
  });

  it('fires explainer-load once per content and re-renders when data is replaced', async () => {
    const el = await fixture<IndicatorTracker>(html`<indicator-tracker></indicator-tracker>`);
    const seen = recordEvents(el, 'explainer-load');
    el.data = await seedContent();
    await settle(el);
    el.requestUpdate();
    await settle(el);
    expect(seen).to.have.length(1);
    el.data = { indicators: [{ label: 'Only', description: 'd' }] };
    await settle(el);
    expect(seen).to.have.length(2);
    expect(labels(el)).to.deep.equal(['Only']);
  });
});
