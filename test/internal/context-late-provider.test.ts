import { expect, fixture, html } from '@open-wc/testing';
// Registration modules of the components only: providers are defined by the tests themselves, after the components.
import '../../src/faq-accordion.js';
import '../../src/indicator-tracker.js';
import { ExplainerProvider, type FaqAccordion, type IndicatorTracker } from '../../src/elements.js';
import type { attachContextRoot } from '../../src/internal/context/root.js';
import { part, settle, text } from '../helpers/dom.js';
import '../../src/locales/de.js';

const ROOT = Symbol.for('explainer-elements/context-root');
const rootOf = () => (document as Document & { [ROOT]?: unknown })[ROOT];

const faqData = { title: 'FAQ', items: [{ question: 'Q?', answer: 'A.' }] };
const trackerData = { title: 'Tracker', indicators: [{ label: 'Indicator', description: 'd' }] };

let tags = 0;
/** A new tag for a provider that no test has defined yet. */
const nextTag = () => `late-provider-${++tags}`;

describe('context: a provider defined after the components', () => {
  it('attaches nothing at import time: the context root comes with the first element that connects', async () => {
    expect(rootOf(), 'no root after importing the modules').to.be.undefined;
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${faqData}></faq-accordion>`);
    await settle(el);
    expect(rootOf()).to.be.an('object');
  });

  it('reaches components that were upgraded first: locale, labels and heading level', async () => {
    const tag = nextTag();
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    // Markup as a CMS would emit it: the provider's tag is not defined yet.
    const provider = document.createElement(tag);
    provider.setAttribute('locale', 'de');
    provider.setAttribute('heading-level', '4');
    provider.setAttribute('labels', '{"faq.showAll":"Alles zeigen"}');
    const faq = document.createElement('faq-accordion');
    faq.data = faqData;
    const tracker = document.createElement('indicator-tracker');
    tracker.data = trackerData;
    provider.append(faq, tracker);
    wrap.append(provider);
    await settle(faq);
    await settle(tracker);
    expect(text(part(faq, 'toggle-all'))).to.equal('Show all answers: FAQ');
    expect(part(faq, 'title').localName).to.equal('h2');

    ExplainerProvider.define(tag);
    expect(provider).to.be.instanceOf(ExplainerProvider);
    await (provider as ExplainerProvider).updateComplete;
    await settle(faq);
    await settle(tracker);
    expect(faq.locale).to.equal('de');
    expect(text(part(faq, 'toggle-all')), 'its label, then German').to.equal('Alles zeigen');
    expect(part(faq, 'title').localName).to.equal('h4');
    expect(part(faq, 'question-heading').localName).to.equal('h5');
    expect(part<IndicatorTracker>(tracker, 'title').localName).to.equal('h4');
    expect(tracker.locale).to.equal('de');
  });

  it('keeps following the late provider’s changes, and stops once the component leaves it', async () => {
    const tag = nextTag();
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const provider = document.createElement(tag);
    const faq = document.createElement('faq-accordion');
    faq.data = faqData;
    provider.append(faq);
    wrap.append(provider);
    await settle(faq);
    ExplainerProvider.define(tag);
    const late = provider as ExplainerProvider;
    late.locale = 'de';
    await late.updateComplete;
    await settle(faq);
    expect(text(part(faq, 'toggle-all'))).to.contain('Alle Antworten anzeigen');
    // Moved out of the provider: no settings of it remain.
    wrap.append(faq);
    await settle(faq);
    expect(faq.locale).to.equal('en');
    expect(text(part(faq, 'toggle-all'))).to.contain('Show all');
  });

  it('an inner provider defined later takes over inside it; it inherits from the outer one', async () => {
    const outerTag = nextTag();
    const innerTag = nextTag();
    ExplainerProvider.define(outerTag);
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const outer = document.createElement(outerTag) as ExplainerProvider;
    outer.locale = 'de';
    outer.headingLevel = 3;
    const inner = document.createElement(innerTag);
    inner.setAttribute('heading-level', '5');
    const faq = document.createElement('faq-accordion');
    faq.data = faqData;
    inner.append(faq);
    outer.append(inner);
    wrap.append(outer);
    await outer.updateComplete;
    await settle(faq);
    expect(part(faq, 'title').localName, 'the outer provider first').to.equal('h3');
    ExplainerProvider.define(innerTag);
    await (inner as ExplainerProvider).updateComplete;
    await settle(faq);
    expect(part(faq, 'title').localName, 'the inner provider once defined').to.equal('h5');
    expect(faq.locale, 'inherited from the outer provider').to.equal('de');
  });

  it('answers a subscribing request of another copy of the package (the raw protocol) once the provider is defined', async () => {
    const tag = nextTag();
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const provider = document.createElement(tag);
    provider.setAttribute('locale', 'de');
    const consumer = document.createElement('span');
    provider.append(consumer);
    wrap.append(provider);
    const seen: unknown[] = [];
    const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: Symbol.for('explainer-elements/settings'),
      contextTarget: consumer,
      subscribe: true,
      callback: (value: unknown) => seen.push(value),
    });
    consumer.dispatchEvent(request);
    expect(seen, 'no provider yet').to.deep.equal([]);
    ExplainerProvider.define(tag);
    await (provider as ExplainerProvider).updateComplete;
    expect(seen.at(-1)).to.deep.equal({ locale: 'de', labels: undefined, headingLevel: undefined });
  });

  it('two copies of the package attach one context root between them', async () => {
    const first = rootOf();
    expect(first).to.be.an('object');
    // A second instance of the module, as a second copy of the package would have.
    const url = new URL('../../src/internal/context/root.ts?second-copy', import.meta.url).href;
    const copy = (await import(url)) as { attachContextRoot: typeof attachContextRoot };
    copy.attachContextRoot();
    expect(rootOf(), 'the same root').to.equal(first);
  });
});
