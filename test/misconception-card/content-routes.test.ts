import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/misconception-card.js';
import type { MisconceptionCard, MisconceptionContent } from '../../src/misconception-card.js';
import type { ExplainerErrorDetail, ExplainerLoadDetail } from '../../src/internal/events.js';
import { exampleContent, exampleUrl } from '../helpers/content.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { nextEvent } from '../helpers/events.js';

const claims = (el: Element) => parts(el, 'misconception-text').map((m) => text(m));

describe('misconception-card: content routes', () => {
  let content: MisconceptionContent;
  before(async () => {
    content = await exampleContent<MisconceptionContent>('misconception-card');
  });

  it('takes content from the data property', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${content}></misconception-card>`);
    expect(claims(el)).to.deep.equal(content.items.map((i) => i.misconception));
  });

  it('takes a single card from an inline JSON script child', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card>
      <script type="application/json">
        {"misconception": "From the page", "reality": "Read *inline*.", "verdict": "false"}
      </script>
    </misconception-card>`);
    await settle(el);
    expect(claims(el)).to.deep.equal(['From the page']);
    expect(text(part(el, 'verdict'))).to.equal('Verdict: False');
  });

  it('fetches the seed content from src, with a loading state meanwhile', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card src=${`/mock/slow?ms=300&file=${exampleUrl('misconception-card')}`}></misconception-card>`);
    await settle(el);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(parts(el, 'loading')).to.have.length(1);
    const event = await nextEvent<ExplainerLoadDetail>(el, 'explainer-load');
    expect(event.detail).to.deep.equal({ count: 3, source: 'src' });
    await settle(el);
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(claims(el)).to.have.length(3);
  });

  it('shows the error state when src fails, and keeps good content when a later src fails', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card src="/mock/status/404"></misconception-card>`);
    const failed = await nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
    expect(failed.detail).to.deep.include({ kind: 'network', fatal: true });
    await settle(el);
    expect(text(part(el, 'error'))).to.contain('404');
    el.src = exampleUrl('misconception-card');
    await oneEvent(el, 'explainer-load');
    el.src = '/mock/status/500';
    const stale = await nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
    expect(stale.detail.fatal).to.be.false;
    await settle(el);
    expect(claims(el)).to.have.length(3);
    expect(parts(el, 'stale-notice')).to.have.length(1);
  });
});
