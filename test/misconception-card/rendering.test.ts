import { expect, fixture, html } from '@open-wc/testing';
import '../../src/misconception-card.js';
import type { MisconceptionCard, MisconceptionContent } from '../../src/misconception-card.js';
import { exampleContent } from '../helpers/content.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import { fullCard, sameNode, verdictSet } from './fixtures.js';

describe('misconception-card: rendering', () => {
  let content: MisconceptionContent;
  before(async () => {
    content = await exampleContent<MisconceptionContent>('misconception-card');
  });

  it('renders the seed set as a titled list of article cards, each labelled in words', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${content}></misconception-card>`);
    expect(text(part(el, 'title'))).to.equal('Addressing Common Misconceptions');
    const list = part(el, 'list');
    expect(list.localName).to.equal('ul');
    expect(list.getAttribute('role')).to.equal('list');
    expect(parts(el, 'item').every((li) => li.localName === 'li' && li.parentElement === list)).to.be.true;
    const cards = parts(el, 'card');
    expect(cards.map((c) => c.localName)).to.deep.equal(['article', 'article', 'article']);
    expect(parts(el, 'misconception-text').map((m) => text(m))).to.deep.equal(content.items.map((i) => i.misconception));
    expect(parts(el, 'misconception-label').map((l) => text(l))).to.deep.equal(['Misconception', 'Misconception', 'Misconception']);
    expect(parts(el, 'reality-label').map((l) => text(l))).to.deep.equal(['Reality', 'Reality', 'Reality']);
    expect(text(parts(el, 'reality-body')[0])).to.equal(content.items[0]!.reality);
    expect(parts(el, 'reality-body')[0]!.firstElementChild!.localName).to.equal('p');
  });

  it('makes the misconception the card heading, read as "Misconception: …", and names the article by it', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${content}></misconception-card>`);
    const [first] = parts(el, 'misconception');
    expect(first!.localName).to.equal('h3');
    expect(text(first)).to.equal(`Misconception: ${content.items[0]!.misconception}`);
    const card = parts(el, 'card')[0]!;
    const labelledBy = card.getAttribute('aria-labelledby')!;
    expect(sameNode(el.shadowRoot!.getElementById(labelledBy), first)).to.equal('same');
    // The reality comes after the heading in the DOM.
    const reality = parts(el, 'reality')[0]!;
    expect(first!.compareDocumentPosition(reality) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('follows heading-level: title at the level, cards one below, or at the level without a title', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card heading-level="4" .data=${content}></misconception-card>`);
    expect(part(el, 'title').localName).to.equal('h4');
    expect(part(el, 'misconception').localName).to.equal('h5');
    const untitled = await fixture<MisconceptionCard>(html`<misconception-card heading-level="3" .data=${{ items: content.items }}></misconception-card>`);
    expect(parts(untitled, 'title')).to.have.length(0);
    expect(part(untitled, 'misconception').localName).to.equal('h3');
  });

  it('renders a single card (the root is the card) as one article with no list', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${fullCard}></misconception-card>`);
    expect(parts(el, 'list')).to.have.length(0);
    expect(parts(el, 'card')).to.have.length(1);
    expect(part(el, 'misconception').localName).to.equal('h2');
    expect(text(part(el, 'misconception-text'))).to.equal(fullCard.misconception);
    expect(part(el, 'reality-body').querySelector('em')?.textContent).to.equal('part');
  });

  it('shows icons only beside words, hidden from assistive technology; icons="none" drops them', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${fullCard}></misconception-card>`);
    const icons = parts(el, 'icon');
    expect(parts(el, 'misconception-icon')).to.have.length(1);
    expect(parts(el, 'reality-icon')).to.have.length(1);
    expect(parts(el, 'verdict-icon')).to.have.length(1);
    expect(icons.every((i) => i.getAttribute('aria-hidden') === 'true')).to.be.true;
    el.icons = 'none';
    await el.updateComplete;
    expect(parts(el, 'icon')).to.have.length(0);
    expect(text(part(el, 'misconception-label'))).to.equal('Misconception');
    expect(text(part(el, 'verdict'))).to.equal('Verdict: Mostly false');
  });

  it('shows each verdict as a text badge with its own icon shape and part', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${verdictSet()}></misconception-card>`);
    const badges = parts(el, 'verdict');
    expect(badges.map((b) => text(b))).to.deep.equal([
      'Verdict: False',
      'Verdict: Misleading',
      'Verdict: Mostly false',
      'Verdict: Mostly true',
      'Verdict: Unproven',
    ]);
    expect(badges.map((b) => b.getAttribute('part'))).to.deep.equal([
      'verdict verdict-false',
      'verdict verdict-misleading',
      'verdict verdict-mostly-false',
      'verdict verdict-mostly-true',
      'verdict verdict-unproven',
    ]);
    const shapes = parts(el, 'verdict-icon').map((svg) => svg.innerHTML.replace(/<!--[^>]*-->/g, ''));
    expect(new Set(shapes).size, 'a different shape per verdict').to.equal(5);
  });

  it('shows no badge, sources or date for cards without them', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${content}></misconception-card>`);
    expect(parts(el, 'verdict')).to.have.length(0);
    expect(parts(el, 'sources')).to.have.length(0);
    expect(parts(el, 'reviewed')).to.have.length(0);
  });

  it('lists sources as safe links and keeps refused URLs as plain text', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${fullCard}></misconception-card>`);
    expect(text(part(el, 'sources-label'))).to.equal('Sources');
    const list = part(el, 'sources');
    expect(list.localName).to.equal('ul');
    expect(sameNode(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!), part(el, 'sources-label'))).to.equal('same');
    const links = parts<HTMLAnchorElement>(el, 'source-link');
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      ['Federal Foreign Office', 'https://www.auswaertiges-amt.de/'],
      ['Relative page', '/policy/indo-pacific'],
    ]);
    expect(parts(el, 'source-text').map((s) => [s.localName, text(s)])).to.deep.equal([
      ['span', 'Dangerous'],
      ['span', 'Data URL'],
    ]);
    expect(list.querySelectorAll('a')).to.have.length(2);
    expect(list.querySelectorAll('li')).to.have.length(4);
  });

  it('shows the review date in a <time datetime> formatted for the locale', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${fullCard}></misconception-card>`);
    const time = part(el, 'reviewed').querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-05-01');
    expect(text(time)).to.equal('May 1, 2026');
    expect(text(part(el, 'reviewed'))).to.equal('Reviewed May 1, 2026');
    const british = await fixture(html`<div lang="en-GB"><misconception-card .data=${{ ...fullCard, reviewed: '2026-01-31T23:30:00-05:00' }}></misconception-card></div>`);
    const card = british.querySelector('misconception-card')!;
    await settle(card);
    const gbTime = part(card, 'reviewed').querySelector('time')!;
    expect(gbTime.getAttribute('datetime')).to.equal('2026-01-31T23:30:00-05:00');
    expect(text(gbTime), 'the date as written, not moved by time zones').to.equal('31 January 2026');
  });

  it('falls back to English dates for a locale Intl cannot read', async () => {
    const wrap = await fixture(html`<div lang="not a locale!"><misconception-card .data=${fullCard}></misconception-card></div>`);
    const el = wrap.querySelector('misconception-card')!;
    await settle(el);
    expect(text(part(el, 'reviewed').querySelector('time'))).to.equal('May 1, 2026');
  });

  it('renders the intro as rich text', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${{ ...content, intro: 'Read **this** first.' }}></misconception-card>`);
    expect(part(el, 'intro').querySelector('strong')?.textContent).to.equal('this');
  });

  it('applies label overrides from the labels property', async () => {
    const labels = { 'misconception.misconception': 'Myth', 'misconception.reality': 'Fact', 'misconception.verdict.mostly-false': 'Largely wrong' };
    const el = await fixture<MisconceptionCard>(html`<misconception-card .labels=${labels} .data=${fullCard}></misconception-card>`);
    expect(text(part(el, 'misconception'))).to.equal(`Myth: ${fullCard.misconception}`);
    expect(text(part(el, 'reality-label'))).to.equal('Fact');
    expect(text(part(el, 'verdict'))).to.equal('Verdict: Largely wrong');
  });

  it('renders many cards in one element, with no element per card', async () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ misconception: `Claim ${i}`, reality: `Reality ${i}` }));
    const el = await fixture<MisconceptionCard>(html`<misconception-card .data=${{ items }}></misconception-card>`);
    expect(parts(el, 'card')).to.have.length(200);
    const custom = Array.from(el.shadowRoot!.querySelectorAll('*'), (n) => n.localName).filter((name) => name.includes('-'));
    expect(custom).to.deep.equal([]);
  });
});
