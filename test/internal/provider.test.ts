import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { registerLabels, type ExplainerProvider, type FaqAccordion } from '../../src/index.js';
import { part, settle, text } from '../helpers/dom.js';
import '../../src/locales/de.js';

const data = { title: 'FAQ', items: [{ question: 'Q?', answer: 'A.' }] };

async function faqIn(template: ReturnType<typeof html>): Promise<FaqAccordion[]> {
  const wrap = await fixture(template);
  const faqs = Array.from(wrap.querySelectorAll('faq-accordion'));
  for (const el of faqs) await settle(el);
  return faqs;
}

describe('explainer-provider: locale, labels and heading level', () => {
  it('without a provider, uses English labels and level 2', async () => {
    const [el] = await faqIn(html`<div><faq-accordion .data=${data}></faq-accordion></div>`);
    expect(text(part(el!, 'toggle-all'))).to.equal('Show all answers: FAQ');
    expect(part(el!, 'title').localName).to.equal('h2');
  });

  it('gives German labels with locale="de" (and de-AT falls back to de)', async () => {
    const [de, deAt] = await faqIn(html`<div>
      <explainer-provider locale="de"><faq-accordion .data=${data}></faq-accordion></explainer-provider>
      <explainer-provider locale="de-AT"><faq-accordion .data=${data}></faq-accordion></explainer-provider>
    </div>`);
    // One label, in German word order: "Alle anzeigen" on screen, "Alle Antworten anzeigen: FAQ" as the name.
    expect(text(part(de!, 'toggle-all'))).to.equal('Alle Antworten anzeigen: FAQ');
    expect(text(part(deAt!, 'toggle-all'))).to.equal('Alle Antworten anzeigen: FAQ');
  });

  it('falls back to English for a locale it has no labels for', async () => {
    const [el] = await faqIn(html`<explainer-provider locale="sw"><faq-accordion .data=${data}></faq-accordion></explainer-provider>`);
    expect(text(part(el!, 'toggle-all'))).to.contain('Show all');
  });

  it('uses the page lang when there is no provider', async () => {
    const [el] = await faqIn(html`<div lang="de"><faq-accordion .data=${data}></faq-accordion></div>`);
    expect(el!.locale).to.equal('de');
    expect(text(part(el!, 'toggle-all'))).to.contain('Alle Antworten anzeigen');
  });

  it('applies label overrides from the labels attribute (JSON) and the element’s own labels first', async () => {
    const [a, b] = await faqIn(html`<explainer-provider labels='{"faq.showAll":"Expand everything","bad":5}'>
      <faq-accordion .data=${data}></faq-accordion>
      <faq-accordion .data=${data} .labels=${{ 'faq.showAll': 'Mine' }}></faq-accordion>
    </explainer-provider>`);
    expect(text(part(a!, 'toggle-all'))).to.contain('Expand everything');
    expect(text(part(b!, 'toggle-all'))).to.contain('Mine');
  });

  it('ignores a labels attribute that is not a JSON object', async () => {
    const [el] = await faqIn(html`<explainer-provider labels="not json"><faq-accordion .data=${data}></faq-accordion></explainer-provider>`);
    expect(text(part(el!, 'toggle-all'))).to.contain('Show all');
    const provider = el!.closest('explainer-provider')!;
    provider.setAttribute('labels', '[1,2]');
    await settle(el!);
    expect(provider.labels).to.be.undefined;
  });

  it('sets the base heading level; the element’s own heading-level wins', async () => {
    const [a, b] = await faqIn(html`<explainer-provider heading-level="3">
      <faq-accordion .data=${data}></faq-accordion>
      <faq-accordion heading-level="5" .data=${data}></faq-accordion>
    </explainer-provider>`);
    expect(part(a!, 'title').localName).to.equal('h3');
    expect(part(a!, 'question-heading').localName).to.equal('h4');
    expect(part(b!, 'title').localName).to.equal('h5');
  });

  it('nested providers: the nearest wins, and inherits what it does not set', async () => {
    const [inner] = await faqIn(html`<explainer-provider locale="de" heading-level="4" labels='{"faq.hideAll":"Zu"}'>
      <explainer-provider locale="en" labels='{"faq.showAll":"Open"}'><faq-accordion .data=${data}></faq-accordion></explainer-provider>
    </explainer-provider>`);
    expect(part(inner!, 'title').localName).to.equal('h4');
    expect(text(part(inner!, 'toggle-all'))).to.contain('Open');
    inner!.expandAll();
    await settle(inner!);
    expect(text(part(inner!, 'toggle-all'))).to.contain('Zu');
  });

  it('updates components when the provider changes', async () => {
    const [el] = await faqIn(html`<explainer-provider><faq-accordion .data=${data}></faq-accordion></explainer-provider>`);
    const provider = el!.closest<ExplainerProvider>('explainer-provider')!;
    provider.locale = 'de';
    await provider.updateComplete;
    await settle(el!);
    expect(text(part(el!, 'toggle-all'))).to.contain('Alle Antworten anzeigen');
  });

  it('lays out as if absent (display: contents)', async () => {
    const [el] = await faqIn(html`<explainer-provider><faq-accordion .data=${data}></faq-accordion></explainer-provider>`);
    expect(getComputedStyle(el!.closest('explainer-provider')!).display).to.equal('contents');
  });

  it('stops listening once removed: a provider change no longer reaches it', async () => {
    const [el] = await faqIn(html`<explainer-provider><faq-accordion .data=${data}></faq-accordion></explainer-provider>`);
    const provider = el!.closest<ExplainerProvider>('explainer-provider')!;
    el!.remove();
    provider.locale = 'de';
    await provider.updateComplete;
    await settle(el!);
    expect(el!.locale).to.equal('en');
  });

  it('answers the community context protocol, so other code can read the settings', async () => {
    const wrap = await fixture(html`<explainer-provider locale="de" heading-level="3"><span></span></explainer-provider>`);
    const provider = wrap as ExplainerProvider;
    await provider.updateComplete;
    const seen: unknown[] = [];
    const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: Symbol.for('explainer-elements/settings'),
      callback: (value: unknown) => seen.push(value),
    });
    wrap.querySelector('span')!.dispatchEvent(request);
    expect(seen).to.deep.equal([{ locale: 'de', labels: undefined, headingLevel: 3 }]);
  });
});

describe('registerLabels: languages as separate modules', () => {
  it('a language registered after the elements rendered re-renders them', async () => {
    const [el] = await faqIn(html`<explainer-provider locale="fr-CA"><faq-accordion .data=${data}></faq-accordion></explainer-provider>`);
    expect(text(part(el!, 'toggle-all'))).to.contain('Show all');
    registerLabels('FR', { 'faq.showAll': 'Tout afficher' });
    await settle(el!);
    expect(text(part(el!, 'toggle-all'))).to.contain('Tout afficher');
    // Registering again extends the catalog; keys it does not name keep their earlier value.
    registerLabels('fr', { 'faq.hideAll': 'Tout masquer' });
    await settle(el!);
    expect(text(part(el!, 'toggle-all'))).to.contain('Tout afficher');
  });

  it('a language that is not loaded falls back to English, key by key', async () => {
    registerLabels('nl', { 'faq.hideAll': 'Alles verbergen' });
    const [el] = await faqIn(html`<explainer-provider locale="nl"><faq-accordion .data=${data}></faq-accordion></explainer-provider>`);
    expect(text(part(el!, 'toggle-all'))).to.equal('Show all answers: FAQ');
  });
});
