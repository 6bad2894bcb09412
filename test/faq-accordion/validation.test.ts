import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { validateFaqContent, type ExplainerErrorDetail, type FaqAccordion } from '../../src/index.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { expectErrorState } from '../helpers/errors.js';
import { nextEvent } from '../helpers/events.js';

async function render(data: unknown) {
  const el = document.createElement('faq-accordion');
  const errored = nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
  el.data = data;
  await fixture(html`<div></div>`).then((wrap) => wrap.append(el));
  const event = await errored;
  await settle(el);
  return { el, detail: event.detail };
}

describe('faq-accordion: validation and errors', () => {
  const structural: [string, unknown, string][] = [
    ['not an object', 'just text', '(root): expected an object, got a string'],
    ['an array', [1, 2], '(root): expected an object, got an array'],
    ['no items', { title: 'T' }, 'items: is required: expected a list'],
    ['items not a list', { items: {} }, 'items: expected a list, got an object'],
    ['empty items', { items: [] }, 'items: is empty: expected at least one item'],
  ];
  for (const [name, data, line] of structural) {
    it(`shows the error state for ${name}`, async () => {
      const { el, detail } = await render(data);
      expectErrorState(el, detail, line, 'question');
    });
  }

  it('drops only the invalid items, names each bad field and renders the rest', async () => {
    const { el, detail } = await render({
      items: [
        { question: 'Good one?', answer: 'Yes.' },
        { question: 'Bad answer', answer: 42 },
        'not an item',
        { answer: 'no question' },
        { question: 'Bad open', answer: 'x', open: 'yes' },
        { question: 'Second good?', answer: 'Also yes.' },
      ],
    });
    expect(detail.fatal).to.be.false;
    expect(detail.errors).to.deep.equal([
      { path: 'items[1].answer', message: 'expected a string, got a number' },
      { path: 'items[2]', message: 'expected an object, got a string' },
      { path: 'items[3].question', message: 'is required' },
      { path: 'items[4].open', message: 'expected true or false, got a string' },
    ]);
    expect(parts(el, 'question').map((b) => text(b))).to.deep.equal(['Good one?', 'Second good?']);
    const notice = part(el, 'item-errors');
    expect(text(notice)).to.contain('4 items could not be shown');
    expect(text(notice)).to.contain('items[1].answer: expected a string, got a number');
  });

  it('refuses duplicate and malformed ids', () => {
    const result = validateFaqContent({
      items: [
        { id: 'a', question: 'Q1', answer: 'A' },
        { id: 'a', question: 'Q2', answer: 'A' },
        { id: 'has space', question: 'Q3', answer: 'A' },
        { id: 7, question: 'Q4', answer: 'A' },
      ],
    });
    expect(result.value?.items.map((i) => i.question)).to.deep.equal(['Q1']);
    expect(result.errors.map((e) => e.path)).to.deep.equal(['items[1].id', 'items[2].id', 'items[3].id']);
  });

  it('reports a non-string title but still renders the items', () => {
    const result = validateFaqContent({ title: 5, items: [{ question: 'Q', answer: 'A' }] });
    expect(result.value?.items).to.have.length(1);
    expect(result.value?.title).to.be.undefined;
    expect(result.errors).to.deep.equal([{ path: 'title', message: 'expected a string, got a number' }]);
  });

  it('an empty question is an error', () => {
    const result = validateFaqContent({ items: [{ question: '  ', answer: 'A' }, { question: 'Q', answer: 'A' }] });
    expect(result.errors).to.deep.equal([{ path: 'items[0].question', message: 'must not be empty' }]);
  });

  it('when every item is invalid the whole FAQ is in the error state', async () => {
    const { el, detail } = await render({ items: [{ question: 1, answer: 2 }] });
    expect(detail.fatal).to.be.true;
    expect(detail.errors.map((e) => e.path)).to.deep.equal(['items[0].question', 'items[0].answer', 'items']);
    expect(parts(el, 'error')).to.have.length(1);
  });

  it('invalid inline JSON shows the error state instead of throwing', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion><script type="application/json">{ nope </script></faq-accordion>`);
    await settle(el);
    expect(text(part(el, 'error'))).to.contain('(root): is not valid JSON');
  });

  const srcFaults: [string, string][] = [
    ['/mock/status/404', 'the server answered 404'],
    ['/mock/invalid-json', 'is not valid JSON'],
    ['/mock/text', 'expected JSON, got content of type "text/html"'],
    ['/mock/big', 'too large'],
  ];
  for (const [url, message] of srcFaults) {
    it(`src fault ${url} gives the error state naming src`, async () => {
      const el = await fixture<FaqAccordion>(html`<faq-accordion src=${url}></faq-accordion>`);
      const event = await nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
      expect(event.detail.errors[0]!.path).to.equal('src');
      expect(event.detail.errors[0]!.message).to.contain(message);
      await settle(el);
      expect(text(part(el, 'error'))).to.contain(message);
    });
  }

  it('renders content that looks like HTML or script as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${{ title: payload, intro: payload, items: [{ question: payload, answer: payload, open: true }] }}></faq-accordion>`);
    await new Promise((r) => setTimeout(r, 50));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script')).to.have.length(0);
    expect(text(part(el, 'question'))).to.equal(payload);
    expect(text(part(el, 'answer-body'))).to.contain(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('refuses unsafe link schemes in answers, keeping them visible as text', async () => {
    const answer = '[click](javascript:alert(1)) and [ok](https://example.org) and [d](data:text/html,x)';
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${{ items: [{ question: 'Q', answer, open: true }] }}></faq-accordion>`);
    const links = Array.from(part(el, 'answer-body').querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org']);
    expect(text(part(el, 'answer-body'))).to.contain('[click](javascript:alert(1))');
  });
});
