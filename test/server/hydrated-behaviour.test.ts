import { expect } from '@open-wc/testing';
import { example, fullTracker, hydrate, openFrame, pageHtml, serverHtml, type Frame } from './ssr-frame.js';

/**
 * After hydration every behaviour works on the server's nodes: toggle and keyboard (FAQ), sort and filter (table),
 * reveal (cards), status filter and evidence (tracker), deep links, events; ids rendered later match the server's.
 */

type El = HTMLElement & { updateComplete: Promise<unknown> };

/** The elements of the frame by tag, the first of each. */
const get = (frame: Frame, tag: string) => frame.doc.querySelector<El>(tag)!;
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
const texts = (els: Element[]) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Events of `type` fired in the frame, their details. */
function record(frame: Frame, type: string): unknown[] {
  const details: unknown[] = [];
  frame.doc.addEventListener(type, (e) => details.push((e as CustomEvent).detail));
  return details;
}

/** Every id reference inside a shadow root, with whether it names an element of that root. */
function danglingRefs(root: ShadowRoot): string[] {
  const refs = ['for', 'aria-controls', 'aria-labelledby', 'aria-describedby'];
  return Array.from(root.querySelectorAll(refs.map((r) => `[${r}]`).join()))
    .flatMap((el) => refs.flatMap((r) => (el.getAttribute(r) ?? '').split(/\s+/).filter(Boolean).map((id) => [r, id] as const)))
    .filter(([, id]) => !root.getElementById(id))
    .map(([r, id]) => `${r}="${id}"`);
}

describe('server rendering: behaviour after hydration', function () {
  this.timeout(30000);
  let frame: Frame;
  afterEach(() => frame?.remove());

  async function page(fragments: [string, unknown, Parameters<typeof serverHtml>[2]][], hash = ''): Promise<Frame> {
    const html = await Promise.all(fragments.map(([tag, content, options]) => serverHtml(tag, content, options)));
    frame = await openFrame(pageHtml(html.join('\n')), { hash });
    return frame;
  }

  it('faq-accordion: the server buttons toggle, move focus by keyboard and fire explainer-toggle', async () => {
    const faq = await example('faq-accordion');
    await page([['faq-accordion', faq, { attributes: { 'copy-links': true } }]]);
    const el = get(frame, 'faq-accordion');
    const buttons = qa<HTMLButtonElement>(el, '[part~="question"]');
    const panels = qa(el, '[part~="answer"]');
    await hydrate(frame);
    const toggles = record(frame, 'explainer-toggle');
    // The same button nodes, now live.
    expect(qa(el, '[part~="question"]')).to.deep.equal(buttons);
    buttons[1]!.click();
    await el.updateComplete;
    expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
    expect(panels[1]!.hasAttribute('hidden')).to.be.false;
    expect(toggles).to.deep.equal([{ id: 'asean-centrality', index: 1, label: (faq.items as { question: string }[])[1]!.question, open: true }]);
    // Keyboard: arrow keys move between the questions, Home and End to either end.
    buttons[1]!.focus();
    for (const [k, expected] of [['ArrowDown', 2], ['Home', 0], ['End', buttons.length - 1], ['ArrowDown', 0]] as const) {
      const focused = el.shadowRoot!.activeElement!;
      focused.dispatchEvent(new frame.win.KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      expect(el.shadowRoot!.activeElement, k).to.equal(buttons[expected]);
    }
    // Show all, on the server's toolbar button.
    q<HTMLButtonElement>(el, '[part~="toggle-all"]').click();
    await el.updateComplete;
    expect(panels.every((p) => !p.hasAttribute('hidden'))).to.be.true;
    expect(frame.problems).to.deep.equal([]);
  });

  it('faq-accordion: a deep link to an item opens it once hydrated', async () => {
    await page([['faq-accordion', await example('faq-accordion'), {}]], '#main-threats');
    const el = get(frame, 'faq-accordion') as El & { isOpen(i: number): boolean };
    await hydrate(frame);
    const items = (await example('faq-accordion')).items as { id: string }[];
    const index = items.findIndex((item) => item.id === 'main-threats');
    expect(index).to.be.greaterThan(0);
    expect(el.isOpen(index)).to.be.true;
    expect(qa(el, '[part~="question"]')[index]!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('cooperation-table: sorts by a server header button, filters through the server input, fires events', async () => {
    await page([['cooperation-table', await example('cooperation-table'), { attributes: { sortable: true, filterable: true } }]]);
    const el = get(frame, 'cooperation-table') as El & { shownRowCount: number };
    const rows = () => texts(qa(el, '[part~="row-header"]'));
    const original = rows();
    const button = qa<HTMLButtonElement>(el, '[part~="sort-button"]')[0]!;
    const input = q<HTMLInputElement>(el, '[part~="filter-input"]');
    await hydrate(frame);
    const sorts = record(frame, 'explainer-sort');
    const filters = record(frame, 'explainer-filter');
    button.click();
    await el.updateComplete;
    expect(rows()).to.deep.equal([...original].sort((a, b) => a.localeCompare(b)));
    expect(q(el, '[part~="header-cell"]').getAttribute('aria-sort')).to.equal('ascending');
    button.click();
    await el.updateComplete;
    expect(rows()).to.deep.equal([...original].sort((a, b) => b.localeCompare(a)));
    expect(sorts.map((d) => (d as { direction: string }).direction)).to.deep.equal(['asc', 'desc']);
    input.value = 'cyber';
    input.dispatchEvent(new frame.win.Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(rows()).to.deep.equal(['Cyber Defense']);
    expect(filters).to.have.length(1);
    expect(el.shadowRoot!.contains(input)).to.be.true;
    expect(frame.problems).to.deep.equal([]);
  });

  it('misconception-card: the server reveal buttons show and hide the realities and fire explainer-reveal', async () => {
    await page([['misconception-card', await example('misconception-card'), { attributes: { reveal: true } }]]);
    const el = get(frame, 'misconception-card');
    const buttons = qa<HTMLButtonElement>(el, '[part~="reveal-button"]');
    const realities = qa(el, '[part~="reality"]');
    await hydrate(frame);
    const reveals = record(frame, 'explainer-reveal');
    expect(realities.every((r) => r.getAttribute('hidden') === 'until-found')).to.be.true;
    buttons[2]!.click();
    await el.updateComplete;
    expect(realities[2]!.hasAttribute('hidden')).to.be.false;
    expect(buttons[2]!.getAttribute('aria-expanded')).to.equal('true');
    buttons[2]!.click();
    await el.updateComplete;
    expect(realities[2]!.getAttribute('hidden')).to.equal('until-found');
    expect(reveals.map((d) => (d as { open: boolean }).open)).to.deep.equal([true, false]);
    expect(frame.problems).to.deep.equal([]);
  });

  it('indicator-tracker: the server select filters by status; the evidence opens and fires explainer-toggle', async () => {
    await page([['indicator-tracker', await fullTracker(), { attributes: { filterable: true, now: '2026-03-01' } }]]);
    const el = get(frame, 'indicator-tracker');
    const select = q<HTMLSelectElement>(el, 'select');
    const indicators = qa(el, '[part~="indicator"]');
    await hydrate(frame);
    const filters = record(frame, 'explainer-filter');
    const toggles = record(frame, 'explainer-toggle');
    select.value = 'stalled';
    select.dispatchEvent(new frame.win.Event('change', { bubbles: true }));
    await el.updateComplete;
    const shown = indicators.filter((li) => !li.hidden);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.length).to.be.lessThan(indicators.length);
    expect(filters).to.have.length(1);
    expect(el.getAttribute('filter')).to.equal('stalled');
    // From outside: the same select follows.
    el.setAttribute('filter', 'on-track');
    await el.updateComplete;
    expect(select.value).to.equal('on-track');
    el.removeAttribute('filter');
    await el.updateComplete;
    const details = q<HTMLDetailsElement>(el, 'details');
    details.open = true;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    expect(toggles).to.have.length(1);
    expect(frame.problems).to.deep.equal([]);
  });

  it('ids rendered after hydration match the server ids (controls switched on later, reveal turned on)', async () => {
    await page([
      ['cooperation-table', await example('cooperation-table'), {}],
      ['misconception-card', await example('misconception-card'), {}],
      ['indicator-tracker', await fullTracker(), { attributes: { now: '2026-03-01' } }],
    ]);
    const table = get(frame, 'cooperation-table');
    const cards = get(frame, 'misconception-card');
    const tracker = get(frame, 'indicator-tracker');
    const serverIds = [table, cards, tracker].map((el) => q(el, '[id]').id);
    await hydrate(frame);
    table.setAttribute('filterable', '');
    table.setAttribute('sortable', '');
    cards.setAttribute('reveal', '');
    tracker.setAttribute('filterable', '');
    for (const el of [table, cards, tracker]) await el.updateComplete;
    expect(q<HTMLInputElement>(table, 'input').getAttribute('aria-controls')).to.equal(q(table, 'table').id);
    for (const el of [table, cards, tracker]) expect(danglingRefs(el.shadowRoot!), el.localName).to.deep.equal([]);
    // Every id still starts with the prefix the server wrote.
    [table, cards, tracker].forEach((el, i) => {
      const prefix = serverIds[i]!.split('-').slice(0, 3).join('-');
      expect(qa(el, '[id]').every((node) => node.id.startsWith(`${prefix}-`)), el.localName).to.be.true;
    });
    expect(frame.problems).to.deep.equal([]);
  });
});
