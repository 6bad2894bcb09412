import { expect, fixture, html } from '@open-wc/testing';
import '../../src/misconception-card.js';
import '../../src/explainer-provider.js';
import type { MisconceptionCard, MisconceptionContent } from '../../src/misconception-card.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { fullCard, sameNode } from './fixtures.js';
import '../../src/locales/de.js';

/** The parts of a card in DOM order, as a screen reader reads them. */
function readingOrder(card: Element): string[] {
  const names = ['misconception', 'reality', 'verdict', 'reveal-button', 'reviewed'];
  return Array.from(card.querySelectorAll('[part]'))
    .map((n) => n.getAttribute('part')!.split(' ')[0]!)
    .filter((name) => names.includes(name));
}

describe('misconception-card: order and locale', () => {
  let content: MisconceptionContent;
  before(async () => {
    content = await exampleContent<MisconceptionContent>('misconception-card');
  });

  it('puts the misconception first by default, with the verdict right after it', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${fullCard}></misconception-card>`);
    expect(readingOrder(part(el, 'card'))).to.deep.equal(['misconception', 'verdict', 'reality', 'reviewed']);
  });

  it('order="fact-first" moves the reality before the misconception in the DOM, not only visually', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card order="fact-first" .data=${fullCard}></misconception-card>`);
    const card = part(el, 'card');
    expect(readingOrder(card)).to.deep.equal(['reality', 'misconception', 'verdict', 'reviewed']);
    expect(sameNode(card.firstElementChild, part(el, 'reality'))).to.equal('same');
    expect(text(card).indexOf('Defence cooperation')).to.be.lessThan(text(card).indexOf(fullCard.misconception));
  });

  it('in fact-first order the "Reality" label is the card heading and the misconception a labelled paragraph', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card order="fact-first" .data=${content}></misconception-card>`);
    const labels = parts(el, 'reality-label');
    expect(labels.map((l) => l.localName)).to.deep.equal(['h3', 'h3', 'h3']);
    expect(text(labels[0])).to.equal('Reality');
    const misconceptions = parts(el, 'misconception');
    expect(misconceptions.map((m) => m.localName)).to.deep.equal(['p', 'p', 'p']);
    expect(text(misconceptions[1])).to.equal(`Misconception: ${content.items[1]!.misconception}`);
    // The heading opens each card, so nothing of a card is read under the previous card's heading.
    for (const card of parts(el, 'card')) expect(sameNode(card.querySelector('h1, h2, h3, h4, h5, h6'), card.querySelector('[part~="reality"]')!.firstElementChild)).to.equal('same');
    expect(parts(el, 'card').some((c) => c.hasAttribute('aria-labelledby'))).to.be.false;
  });

  it('switches order live', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${fullCard}></misconception-card>`);
    el.order = 'fact-first';
    await el.updateComplete;
    expect(sameNode(part(el, 'card').firstElementChild, part(el, 'reality'))).to.equal('same');
    el.order = 'misconception-first';
    await el.updateComplete;
    expect(sameNode(part(el, 'card').firstElementChild, part(el, 'misconception'))).to.equal('same');
  });

  it('shows labels, verdicts, buttons and dates in German through the provider', async () => {
    const wrap = await fixture(html`<explainer-provider locale="de">
      <misconception-card reveal .data=${fullCard}></misconception-card>
    </explainer-provider>`);
    const el = wrap.querySelector('misconception-card')!;
    await settle(el);
    expect(text(part(el, 'misconception'))).to.equal(`Fehlannahme: ${fullCard.misconception}`);
    expect(text(part(el, 'reality-label'))).to.equal('Tatsache');
    expect(text(part(el, 'reveal-button'))).to.equal('Tatsache anzeigen');
    expect(text(part(el, 'verdict'))).to.equal('Bewertung: Größtenteils falsch');
    expect(text(part(el, 'sources-label'))).to.equal('Quellen');
    expect(text(part(el, 'reviewed'))).to.equal('Geprüft am 1. Mai 2026');
    el.revealAll();
    await el.updateComplete;
    expect(text(part(el, 'reveal-button'))).to.equal('Tatsache ausblenden');
  });

  it('names every verdict in German', async () => {
    const verdicts = ['false', 'misleading', 'mostly-false', 'mostly-true', 'unproven'] as const;
    const items = verdicts.map((verdict, i) => ({ misconception: `C${i}`, reality: 'R', verdict }));
    const wrap = await fixture(html`<explainer-provider locale="de-AT"><misconception-card .data=${{ items }}></misconception-card></explainer-provider>`);
    const el = wrap.querySelector('misconception-card')!;
    await settle(el);
    expect(parts(el, 'verdict').map((v) => text(v))).to.deep.equal([
      'Bewertung: Falsch',
      'Bewertung: Irreführend',
      'Bewertung: Größtenteils falsch',
      'Bewertung: Größtenteils richtig',
      'Bewertung: Unbelegt',
    ]);
  });

  it('takes label overrides from the provider', async () => {
    const wrap = await fixture(html`<explainer-provider labels='{"misconception.show":"Reveal the fact"}'>
      <misconception-card reveal .data=${fullCard}></misconception-card>
    </explainer-provider>`);
    const el = wrap.querySelector('misconception-card')!;
    await settle(el);
    expect(text(part(el, 'reveal-button'))).to.equal('Reveal the fact');
  });
});
