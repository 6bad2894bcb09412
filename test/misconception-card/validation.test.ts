import { expect, fixture, html } from '@open-wc/testing';
import '../../src/misconception-card.js';
import { validateMisconceptionContent } from '../../src/components/misconception-card/misconception-card.content.js';
import type { MisconceptionCard } from '../../src/misconception-card.js';
import type { ExplainerErrorDetail } from '../../src/internal/events.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { expectErrorState } from '../helpers/errors.js';
import { nextEvent } from '../helpers/events.js';
import { fullCard } from './fixtures.js';

async function render(data: unknown) {
  const el = document.createElement('misconception-card');
  const errored = nextEvent<ExplainerErrorDetail>(el, 'explainer-error');
  el.data = data;
  await fixture(html`<div></div>`).then((wrap) => wrap.append(el));
  const event = await errored;
  await settle(el);
  return { el, detail: event.detail };
}

const lines = (errors: { path: string; message: string }[]) => errors.map((e) => `${e.path}: ${e.message}`);
const good = { misconception: 'Good claim', reality: 'Good reality.' };
const VERDICT_MESSAGE = 'expected one of "false", "misleading", "mostly-false", "mostly-true", "unproven"';

describe('misconception-card: validation and errors', () => {
  const structural: [string, unknown, string][] = [
    ['not an object', 'just text', '(root): expected an object, got a string'],
    ['an array', [fullCard], '(root): expected an object, got an array'],
    ['neither a card nor a set', { title: 'T' }, 'items: is required: expected a list'],
    ['items not a list', { items: 'nope' }, 'items: expected a list, got a string'],
    ['empty items', { items: [] }, 'items: is empty: expected at least one item'],
  ];
  for (const [name, data, line] of structural) {
    it(`shows the error state for ${name}`, async () => {
      const { el, detail } = await render(data);
      expectErrorState(el, detail, line, 'card');
    });
  }

  it('drops an item with an unknown verdict or a bad date, naming the field, and renders the rest', async () => {
    const { el, detail } = await render({
      items: [
        { ...good, verdict: 'false' },
        { ...good, misconception: 'Bad verdict', verdict: 'pants-on-fire' },
        { ...good, misconception: 'Impossible date', reviewed: '2026-02-30' },
        { ...good, misconception: 'Word date', reviewed: 'yesterday' },
        { ...good, misconception: 'Number date', reviewed: 20260501 },
        { ...good, misconception: 'Second good', reviewed: '2026-02-28' },
      ],
    });
    expect(detail.fatal).to.be.false;
    expect(lines(detail.errors)).to.deep.equal([
      `items[1].verdict: ${VERDICT_MESSAGE}, got "pants-on-fire"`,
      'items[2].reviewed: expected an ISO date such as 2026-05-01, got "2026-02-30"',
      'items[3].reviewed: expected an ISO date such as 2026-05-01, got "yesterday"',
      'items[4].reviewed: expected a string, got a number',
    ]);
    expect(parts(el, 'misconception-text').map((m) => text(m))).to.deep.equal(['Good claim', 'Second good']);
    const notice = part(el, 'item-errors');
    expect(text(notice)).to.contain('4 items could not be shown');
    expect(text(notice)).to.contain('items[1].verdict');
  });

  it('names the field at the root for a single card with a bad verdict (nothing left to show)', async () => {
    const { el, detail } = await render({ ...good, verdict: 'True' });
    expect(detail.fatal).to.be.true;
    expect(lines(detail.errors)).to.deep.equal([`verdict: ${VERDICT_MESSAGE}, got "True"`]);
    expect(text(part(el, 'error'))).to.contain('verdict: expected one of');
  });

  it('names root fields of a single card without an items[0] prefix', () => {
    const result = validateMisconceptionContent({ reality: 5, reviewed: '01/05/2026', id: 'a b' });
    expect(result.value).to.be.null;
    expect(lines(result.errors)).to.deep.equal([
      'misconception: is required',
      'reality: expected a string, got a number',
      'id: expected a short identifier without spaces or #',
      'reviewed: expected an ISO date such as 2026-05-01, got "01/05/2026"',
    ]);
  });

  it('normalises a single card to a set of one, keeping every field', () => {
    const result = validateMisconceptionContent(fullCard);
    expect(result.errors).to.deep.equal([]);
    expect(result.value).to.deep.equal({ items: [fullCard] });
  });

  it('checks that sources are a list of { label, url } strings, and keeps unsafe URLs (shown as text)', () => {
    const result = validateMisconceptionContent({
      items: [
        { ...good, sources: 'https://example.org' },
        { ...good, sources: ['https://example.org'] },
        { ...good, sources: [{ label: 'No url' }] },
        { ...good, sources: [{ label: 3, url: 'https://example.org' }] },
        { ...good, sources: [{ label: 'Unsafe is fine here', url: 'javascript:alert(1)' }] },
        { ...good, sources: [] },
      ],
    });
    expect(lines(result.errors)).to.deep.equal([
      'items[0].sources: expected a list, got a string',
      'items[1].sources[0]: expected an object with label and url, got a string',
      'items[2].sources[0].url: is required',
      'items[3].sources[0].label: expected a string, got a number',
    ]);
    expect(result.value?.items.map((i) => i.sources)).to.deep.equal([[{ label: 'Unsafe is fine here', url: 'javascript:alert(1)' }], []]);
  });

  it('refuses duplicate ids and non-string titles but keeps the cards it can', () => {
    const result = validateMisconceptionContent({
      title: 7,
      intro: false,
      items: [
        { ...good, id: 'x' },
        { ...good, id: 'x' },
      ],
    });
    expect(lines(result.errors)).to.deep.equal([
      'title: expected a string, got a number',
      'intro: expected a string, got a boolean',
      'items[1].id: duplicates the id "x"',
    ]);
    expect(result.value).to.deep.equal({ items: [{ ...good, id: 'x' }] });
  });

  it('accepts every verdict and date-times', () => {
    const verdicts = ['false', 'misleading', 'mostly-false', 'mostly-true', 'unproven'];
    const result = validateMisconceptionContent({ items: verdicts.map((verdict) => ({ ...good, verdict, reviewed: '2026-05-01T09:30:00Z' })) });
    expect(result.errors).to.deep.equal([]);
    expect(result.value?.items.map((i) => i.verdict)).to.deep.equal(verdicts);
  });

  it('an empty misconception is an error', () => {
    const result = validateMisconceptionContent({ items: [{ misconception: ' ', reality: 'R' }, good] });
    expect(lines(result.errors)).to.deep.equal(['items[0].misconception: must not be empty']);
  });

  it('renders content that looks like HTML or script as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const data = { title: payload, intro: payload, items: [{ misconception: payload, reality: payload, sources: [{ label: payload, url: 'https://example.org' }] }] };
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${data}></misconception-card>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(text(part(el, 'misconception-text'))).to.equal(payload);
    expect(text(part(el, 'reality-body'))).to.equal(payload);
    expect(text(part(el, 'source-link'))).to.equal(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('refuses unsafe link schemes inside the reality, keeping them visible as text', async () => {
    const reality = '[click](javascript:alert(1)) and [ok](https://example.org)';
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${{ misconception: 'M', reality }}></misconception-card>`);
    const links = Array.from(part(el, 'reality-body').querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org']);
    expect(text(part(el, 'reality-body'))).to.contain('[click](javascript:alert(1))');
  });
});
