import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ExplainerErrorDetail, ExplainerLoadDetail, FaqAccordion, FaqContent } from '../../src/index.js';
import { exampleContent, exampleUrl } from '../helpers/content.js';
import { part, parts, settle, text, waitFor } from '../helpers/dom.js';
import { nextEvent, recordEvents } from '../helpers/events.js';

const questions = (el: Element) => parts(el, 'question').map((b) => text(b));

describe('faq-accordion: content routes', () => {
  let content: FaqContent;
  before(async () => {
    content = await exampleContent<FaqContent>('faq-accordion');
  });

  it('takes content from the data property and fires explainer-load with source "data"', async () => {
    const el = document.createElement('faq-accordion');
    const loaded = oneEvent(el, 'explainer-load');
    el.data = content;
    document.body.append(el);
    const event = (await loaded) as CustomEvent<ExplainerLoadDetail>;
    expect(event.detail).to.deep.equal({ count: 5, source: 'data' });
    expect(questions(el)).to.have.length(5);
    el.remove();
  });

  it('re-renders when data is replaced', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${content}></faq-accordion>`);
    el.data = { items: [{ question: 'Only one?', answer: 'Yes.' }] };
    await settle(el);
    expect(questions(el)).to.deep.equal(['Only one?']);
  });

  it('takes content from an inline JSON script child', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <script type="application/json">
        {"title": "Inline", "items": [{"question": "From the page?", "answer": "Yes."}]}
      </script>
    </faq-accordion>`);
    await settle(el);
    expect(text(part(el, 'title'))).to.equal('Inline');
    expect(questions(el)).to.deep.equal(['From the page?']);
  });

  it('reads inline JSON added after the element was upgraded (as a streaming parser does)', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    expect(el.shadowRoot!.childElementCount).to.equal(0);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ items: [{ question: 'Late?', answer: 'Still read.' }] });
    el.append(script);
    await waitFor(() => questions(el).length === 1, 2000, 'inline content');
    expect(questions(el)).to.deep.equal(['Late?']);
  });

  it('fetches content from src, showing a loading state with aria-busy meanwhile', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion src=${`/mock/slow?ms=300&file=${exampleUrl('faq-accordion')}`}></faq-accordion>`);
    await settle(el);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(text(part(el, 'loading'))).to.equal('Loading…');
    const event = await nextEvent<ExplainerLoadDetail>(el, 'explainer-load');
    expect(event.detail.source).to.equal('src');
    await settle(el);
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(parts(el, 'loading')).to.have.length(0);
    expect(questions(el)).to.have.length(5);
  });

  it('data takes precedence over src and inline content', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion src=${exampleUrl('faq-accordion')} .data=${{ items: [{ question: 'Data wins', answer: '.' }] }}>
      <script type="application/json">{"items":[{"question":"Inline","answer":"."}]}</script>
    </faq-accordion>`);
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    expect(questions(el)).to.deep.equal(['Data wins']);
  });

  it('shows the error state with a retry button when src fails, and retry loads it', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion src="/mock/status/500"></faq-accordion>`);
    const event = await nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
    expect(event.detail.kind).to.equal('network');
    expect(event.detail.fatal).to.be.true;
    expect(event.detail.errors[0]).to.deep.include({ path: 'src' });
    await settle(el);
    const error = part(el, 'error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('500');
    // Point src at a good file, then retry re-fetches the current src.
    el.setAttribute('src', exampleUrl('faq-accordion'));
    await oneEvent(el, 'explainer-load');
    expect(questions(el)).to.have.length(5);
    el.reload();
    await oneEvent(el, 'explainer-load');
    expect(parts(el, 'error')).to.have.length(0);
  });

  it('the retry button fetches again', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion src="/mock/status/503"></faq-accordion>`);
    await oneEvent(el, 'explainer-error');
    await settle(el);
    const seen = recordEvents(el, 'explainer-error');
    part(el, 'retry').click();
    await waitFor(() => seen.length === 1, 3000, 'second error');
    expect(seen[0]!.detail).to.deep.include({ kind: 'network' });
  });

  it('keeps the good content when a later src fails, and says so', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion src=${exampleUrl('faq-accordion')}></faq-accordion>`);
    await oneEvent(el, 'explainer-load');
    el.src = '/mock/status/404';
    const event = await nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
    expect(event.detail.fatal).to.be.false;
    await settle(el);
    expect(questions(el)).to.have.length(5);
    expect(parts(el, 'stale-notice')).to.have.length(1);
  });

  it('the last src wins a race', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion src=${`/mock/slow?ms=600&file=${exampleUrl('faq-accordion')}`}></faq-accordion>`);
    el.src = `/mock/echo?json=${encodeURIComponent(JSON.stringify({ items: [{ question: 'Fast', answer: '.' }] }))}`;
    await oneEvent(el, 'explainer-load');
    await new Promise((r) => setTimeout(r, 800));
    await settle(el);
    expect(questions(el)).to.deep.equal(['Fast']);
  });

  it('gives up after fetch-timeout', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion fetch-timeout="150" src="/mock/slow?ms=3000"></faq-accordion>`);
    const event = await nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
    expect(event.detail.errors[0]!.message).to.contain('timed out');
  });

  it('aborts the request when disconnected and fetches again when reconnected', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion src=${`/mock/slow?ms=300&file=${exampleUrl('faq-accordion')}`}></faq-accordion>`);
    const seen = recordEvents(el, 'explainer-load', 'explainer-error');
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 500));
    expect(seen, 'no late render or error after disconnect').to.have.length(0);
    parent.append(el);
    await waitFor(() => seen.length === 1, 3000, 'load after reconnect');
    expect(seen[0]!.type).to.equal('explainer-load');
  });

  it('clearing src clears the content', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion src=${exampleUrl('faq-accordion')}></faq-accordion>`);
    await oneEvent(el, 'explainer-load');
    el.removeAttribute('src');
    await settle(el);
    expect(questions(el)).to.have.length(0);
  });
});
