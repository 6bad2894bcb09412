import { expect, fixture, html } from '@open-wc/testing';
import '../../src/faq-accordion.js';
import '../../src/misconception-card.js';
import type { FaqAccordion, FaqContent } from '../../src/faq-accordion.js';
import type { MisconceptionCard, MisconceptionContent } from '../../src/misconception-card.js';
import { toJsonLd, type ClaimReviewGraphJsonLd } from '../../src/structured-data.js';
import { clone, exampleContent } from '../helpers/content.js';
import { settle, waitFor } from '../helpers/dom.js';
import { recordEvents } from '../helpers/events.js';
import { XSS_PAYLOADS } from '../security/xss-payloads.js';

const SCRIPT = 'script[type="application/ld+json"]';

/** Every JSON-LD script in the element's parent (there must be at most one per element). */
const scripts = (el: Element): HTMLScriptElement[] => Array.from(el.parentNode!.querySelectorAll<HTMLScriptElement>(SCRIPT));
const pageUrl = () => location.href.replace(/#.*/s, '');

/** Waits for the one JSON-LD script right after `el` whose JSON passes `check`, and returns it. */
async function jsonLdAfter(el: Element, check: (data: unknown) => boolean = () => true): Promise<HTMLScriptElement> {
  await settle(el);
  let script: HTMLScriptElement | undefined;
  await waitFor(() => {
    const next = el.nextElementSibling;
    script = next?.matches(SCRIPT) ? (next as HTMLScriptElement) : undefined;
    try {
      return script && check(JSON.parse(script.text));
    } catch {
      return false; // not written yet
    }
  }, 3000, 'the JSON-LD script');
  expect(scripts(el), 'exactly one JSON-LD script').to.have.length(1);
  return script!;
}

/** Waits until no JSON-LD script is left in `container` (after giving a pending build its chance to run). */
async function noJsonLd(container: ParentNode): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  await waitFor(() => container.querySelectorAll(SCRIPT).length === 0, 3000, 'no JSON-LD script');
}

describe('structured-data attribute', () => {
  let faq: FaqContent;
  let cards: MisconceptionContent;
  before(async () => {
    faq = await exampleContent<FaqContent>('faq-accordion');
    cards = await exampleContent<MisconceptionContent>('misconception-card');
  });

  it('is a reflected boolean, off by default, on both components', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${faq}></faq-accordion>`);
    expect(el.structuredData).to.equal(false);
    el.structuredData = true;
    await el.updateComplete;
    expect(el.hasAttribute('structured-data')).to.be.true;
    const card = await fixture<MisconceptionCard>(html`<misconception-card structured-data .data=${cards}></misconception-card>`);
    expect(card.structuredData).to.equal(true);
  });

  it('without the attribute adds nothing', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${faq}></faq-accordion>`);
    await noJsonLd(el.parentNode!);
    expect(el.parentElement!.children).to.have.length(1);
  });

  it('faq-accordion: one script right after the element, in the light DOM, with toJsonLd() for the page URL', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion structured-data .data=${faq}></faq-accordion>`);
    const script = await jsonLdAfter(el);
    expect(script.parentNode).to.equal(el.parentNode);
    expect(script.hasAttribute('data-explainer-json-ld')).to.be.true;
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    const data = JSON.parse(script.text) as ReturnType<typeof toJsonLd>;
    expect(data).to.deep.equal(toJsonLd('faq-accordion', faq, { url: pageUrl() }));
    expect(toJsonLd('faq-accordion', faq)!.mainEntity).to.have.length(5);
    expect(script.text).not.to.match(/[<>&]/, 'escaped as in a server-written script');
  });

  it('misconception-card: ClaimReview items with the verdict in the element’s own words', async () => {
    const content = { items: [{ ...cards.items[0]!, verdict: 'false' }, cards.items[1]!] };
    const el = await fixture<MisconceptionCard>(
      html`<misconception-card structured-data .labels=${{ 'misconception.verdict.false': 'Wrong' }} .data=${content}></misconception-card>`,
    );
    const script = await jsonLdAfter(el);
    const data = JSON.parse(script.text) as ClaimReviewGraphJsonLd;
    expect(data['@graph'].map((r) => r['@type'])).to.deep.equal(['ClaimReview', 'ClaimReview']);
    expect(data['@graph'][0]!.reviewRating.alternateName).to.equal('Wrong');
    expect(data['@graph'][0]!.url).to.equal(pageUrl());
    expect(data).to.deep.equal(toJsonLd('misconception-card', content, { url: pageUrl(), labels: { 'misconception.verdict.false': 'Wrong' } }));
  });

  it('follows the content: the same script is updated, never doubled', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion structured-data .data=${faq}></faq-accordion>`);
    const script = await jsonLdAfter(el);
    const next = clone(faq);
    next.items = next.items.slice(0, 2);
    el.data = next;
    const updated = await jsonLdAfter(el, (data) => (data as { mainEntity: unknown[] }).mainEntity.length === 2);
    expect(updated).to.equal(script, 'the same node');
    // Updates that do not change the content (opening answers) leave the script alone.
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(el.parentNode!, { childList: true, subtree: true, characterData: true });
    el.expandAll();
    await settle(el);
    el.toggle(0);
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    expect(writes.filter((record) => record.target === script || Array.from(record.addedNodes).includes(script))).to.have.length(0);
    expect(scripts(el)).to.have.length(1);
  });

  it('goes when the attribute is removed, comes back when it is set again', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion structured-data .data=${faq}></faq-accordion>`);
    await jsonLdAfter(el);
    el.removeAttribute('structured-data');
    await noJsonLd(el.parentNode!);
    el.toggleAttribute('structured-data', true);
    await jsonLdAfter(el);
  });

  it('goes when the content becomes invalid, comes back with valid content', async () => {
    const el = await fixture<MisconceptionCard>(html`<misconception-card structured-data .data=${cards}></misconception-card>`);
    await jsonLdAfter(el);
    const errors = recordEvents(el, 'explainer-error');
    el.data = { items: [] };
    await noJsonLd(el.parentNode!);
    expect(errors.length).to.be.greaterThan(0);
    el.data = { misconception: 'M', reality: 'R.' };
    await jsonLdAfter(el, (data) => (data as { '@graph': unknown[] })['@graph'].length === 1);
  });

  it('goes on disconnect, and follows the element when it is put back elsewhere', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion structured-data .data=${faq}></faq-accordion>`);
    const container = el.parentElement!;
    await jsonLdAfter(el);
    el.remove();
    await noJsonLd(container);
    const other = document.createElement('section');
    other.append(document.createElement('p'));
    document.body.append(other);
    try {
      other.prepend(el);
      const script = await jsonLdAfter(el);
      expect(script.parentNode).to.equal(other);
      expect(other.querySelectorAll(SCRIPT)).to.have.length(1);
    } finally {
      other.remove();
    }
    await noJsonLd(other);
  });

  it('a disconnect while the data is being built leaves no script behind', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const el = document.createElement('faq-accordion');
    el.structuredData = true;
    el.data = faq;
    container.append(el);
    await el.updateComplete;
    el.remove();
    await noJsonLd(container);
    await new Promise((r) => setTimeout(r, 100));
    expect(container.querySelectorAll(SCRIPT)).to.have.length(0);
    container.remove();
  });

  it('takes over a marked script already after the element (server rendered) instead of adding one', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const el = document.createElement('faq-accordion');
      el.structuredData = true;
      const server = document.createElement('script');
      server.type = 'application/ld+json';
      server.setAttribute('data-explainer-json-ld', '');
      // As a server wrote it for older content: the element brings it up to date.
      server.text = JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [] });
      container.append(el, server);
      el.data = faq;
      const script = await jsonLdAfter(el, (data) => (data as { mainEntity: unknown[] }).mainEntity.length === 5);
      expect(script).to.equal(server);
      // An unmarked JSON-LD script of the page is not the element's: it stays, and the element adds its own.
      const own = document.createElement('script');
      own.type = 'application/ld+json';
      own.text = '{"@type":"WebPage"}';
      const card = document.createElement('misconception-card');
      card.structuredData = true;
      container.append(card, own);
      card.data = cards;
      await waitFor(() => card.nextElementSibling?.hasAttribute('data-explainer-json-ld'), 3000, 'the card’s script');
      expect(own.isConnected && own.text).to.equal('{"@type":"WebPage"}');
      expect(container.querySelectorAll(SCRIPT)).to.have.length(3);
    } finally {
      container.remove();
    }
  });

  it('hostile content in every field runs nothing and stays JSON inside the one script', async () => {
    const texts = XSS_PAYLOADS.map((p) => p.text);
    const faqContent = { items: texts.map((text) => ({ question: text, answer: text })) };
    const cardContent = { items: texts.map((text) => ({ misconception: text, reality: text, sources: [{ label: text, url: text }] })) };
    const el = await fixture<FaqAccordion>(html`<faq-accordion structured-data .data=${faqContent}></faq-accordion>`);
    const card = await fixture<MisconceptionCard>(html`<misconception-card structured-data .data=${cardContent}></misconception-card>`);
    const faqScript = await jsonLdAfter(el);
    const cardScript = await jsonLdAfter(card);
    expect(JSON.parse(faqScript.text)).to.deep.equal(toJsonLd('faq-accordion', faqContent, { url: pageUrl() }));
    expect(JSON.parse(cardScript.text)).to.deep.equal(toJsonLd('misconception-card', cardContent, { url: pageUrl() }));
    for (const script of [faqScript, cardScript]) {
      expect(script.text).not.to.match(/[<>&\u2028\u2029]/);
      expect(script.childNodes).to.have.length(1);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });
});
