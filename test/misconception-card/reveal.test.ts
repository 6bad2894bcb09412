import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/misconception-card.js';
import type { MisconceptionCard, MisconceptionContent } from '../../src/misconception-card.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, text } from '../helpers/dom.js';
import { fullCard, sameNode } from './fixtures.js';

const focused = (el: MisconceptionCard) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('misconception-card: reveal', () => {
  let content: MisconceptionContent;
  let el: MisconceptionCard;
  beforeEach(async () => {
    content ??= await exampleContent<MisconceptionContent>('misconception-card');
    el = await fixture<MisconceptionCard>(html`<misconception-card reveal .data=${content}></misconception-card>`);
  });

  it('hides each reality behind a button with aria-expanded and aria-controls, findable with hidden="until-found"', () => {
    const buttons = parts(el, 'reveal-button');
    const panels = parts(el, 'reality');
    expect(buttons).to.have.length(3);
    buttons.forEach((button, i) => {
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('type')).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(button)).to.equal('Show the reality');
      expect(sameNode(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!), panels[i])).to.equal('same');
      expect(text(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!))).to.equal(content.items[i]!.misconception);
      expect(panels[i]!.getAttribute('hidden')).to.equal('until-found');
      expect(panels[i]!.getBoundingClientRect().height).to.equal(0);
    });
    // The misconception stays visible.
    expect(parts(el, 'misconception')[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('ids are unique per instance', async () => {
    const other = await fixture<MisconceptionCard>(html`<misconception-card reveal .data=${content}></misconception-card>`);
    expect(part(el, 'reveal-button').getAttribute('aria-controls')).to.not.equal(part(other, 'reveal-button').getAttribute('aria-controls'));
  });

  it('a click reveals the reality and a second click hides it again (disclosure)', async () => {
    const button = parts(el, 'reveal-button')[1]!;
    const panel = parts(el, 'reality')[1]!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hasAttribute('hidden')).to.be.false;
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(button)).to.equal('Hide the reality');
    expect(el.isRevealed(1)).to.be.true;
    expect(el.isRevealed(0)).to.be.false;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.getAttribute('hidden')).to.equal('until-found');
  });

  it('clicks elsewhere in a card change nothing', async () => {
    parts(el, 'misconception')[0]!.click();
    await el.updateComplete;
    expect(el.isRevealed(0)).to.be.false;
  });

  it('Enter and Space on the focused button reveal and hide, and focus stays on the button', async () => {
    const button = parts(el, 'reveal-button')[0]!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(sameNode(focused(el), button)).to.equal('same');
    await sendKeys({ press: ' ' }); // the Space key (' ' is its name in every driver)
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('Tab skips links inside a hidden reality and reaches them once revealed', async () => {
    const card = await fixture<MisconceptionCard>(html`<misconception-card reveal .data=${fullCard}></misconception-card>`);
    const button = part(card, 'reveal-button');
    button.focus();
    await sendKeys({ press: 'Tab' });
    expect(sameNode(card.shadowRoot!.activeElement, null), 'hidden links skipped').to.equal('same');
    button.click();
    await card.updateComplete;
    button.focus();
    await sendKeys({ press: 'Tab' });
    expect(sameNode(card.shadowRoot!.activeElement, part(card, 'reality-body').querySelector('a'))).to.equal('same');
  });

  it('find-in-page (beforematch) reveals a hidden reality and syncs the button', async () => {
    const panel = parts(el, 'reality')[2]!;
    panel.querySelector('p')!.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(el.isRevealed(2)).to.be.true;
    expect(parts(el, 'reveal-button')[2]!.getAttribute('aria-expanded')).to.equal('true');
    // A second match on an open reality keeps it open.
    panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(el.isRevealed(2)).to.be.true;
  });

  it('beforematch outside a reality changes nothing', async () => {
    parts(el, 'misconception')[0]!.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect([0, 1, 2].some((i) => el.isRevealed(i))).to.be.false;
  });

  it('revealAll(), revealItem() and isRevealed() drive the state', async () => {
    el.revealAll();
    await el.updateComplete;
    expect(parts(el, 'reveal-button').every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    el.revealAll(false);
    await el.updateComplete;
    expect(parts(el, 'reality').every((p) => p.getAttribute('hidden') === 'until-found')).to.be.true;
    expect(el.revealItem('too-fragmented')).to.be.true;
    await el.updateComplete;
    expect(el.isRevealed(2)).to.be.true;
    expect(el.revealItem('too-fragmented', true)).to.be.true;
    expect(el.isRevealed(2)).to.be.true;
    expect(el.revealItem(2)).to.be.true;
    expect(el.isRevealed(2)).to.be.false;
    expect(el.revealItem('no-such-card')).to.be.false;
    expect(el.revealItem(7)).to.be.false;
    expect(el.revealItem(-1)).to.be.false;
  });

  it('moves the verdict into the hidden part and keeps the misconception first even with fact-first', async () => {
    const card = await fixture<MisconceptionCard>(html`<misconception-card reveal order="fact-first" .data=${fullCard}></misconception-card>`);
    const article = part(card, 'card');
    expect(sameNode(article.firstElementChild, part(card, 'misconception'))).to.equal('same');
    expect(part(card, 'misconception').localName).to.equal('h2');
    expect(part(card, 'reality').contains(part(card, 'verdict'))).to.be.true;
    expect(part(card, 'reality').contains(part(card, 'sources'))).to.be.true;
    expect(part(card, 'reviewed').getBoundingClientRect().height, 'the review date stays visible').to.be.greaterThan(0);
  });

  it('without reveal there is no button and every reality shows', async () => {
    el.reveal = false;
    await el.updateComplete;
    expect(parts(el, 'reveal-button')).to.have.length(0);
    expect(parts(el, 'reality').every((p) => !p.hasAttribute('hidden'))).to.be.true;
  });

  it('new content starts hidden again', async () => {
    el.revealAll();
    await el.updateComplete;
    el.data = { items: [{ misconception: 'New', reality: 'Fresh' }] };
    await el.updateComplete;
    expect(el.isRevealed(0)).to.be.false;
    expect(part(el, 'reality').getAttribute('hidden')).to.equal('until-found');
  });

  it('the methods do nothing without content', async () => {
    const empty = await fixture<MisconceptionCard>(html`<misconception-card reveal></misconception-card>`);
    expect(empty.revealItem(0)).to.be.false;
    empty.revealAll();
    expect(empty.isRevealed(0)).to.be.false;
  });
});
