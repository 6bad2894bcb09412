import { expect, fixture, html } from '@open-wc/testing';
import { FaqAccordion, ExplainerProvider } from '../../src/elements.js';
import { part, settle } from '../helpers/dom.js';

describe('registration', () => {
  it('elements.js registers nothing by itself', () => {
    // This file imports only elements.js; other test files run in their own pages.
    expect(customElements.get('faq-accordion')).to.be.undefined;
    expect(customElements.get('explainer-provider')).to.be.undefined;
  });

  it('a portal can register a class under its own tag, and it works', async () => {
    customElements.define('portal-faq', FaqAccordion);
    const el = await fixture<FaqAccordion>(html`<portal-faq .data=${{ items: [{ question: 'Mine?', answer: 'Yes.' }] }}></portal-faq>`);
    await settle(el);
    expect(part(el, 'question').textContent).to.contain('Mine?');
  });

  it('define() twice, or under a second tag, never throws', async () => {
    // FaqAccordion itself is registered as portal-faq above, so faq-accordion gets a subclass.
    expect(() => FaqAccordion.define('faq-accordion')).not.to.throw();
    expect(() => FaqAccordion.define('faq-accordion')).not.to.throw();
    expect(customElements.get('faq-accordion')!.prototype).to.be.instanceOf(FaqAccordion);
    expect(() => FaqAccordion.define('other-faq')).not.to.throw();
    expect(customElements.get('other-faq')).to.exist;
    const el = await fixture<FaqAccordion>(html`<other-faq .data=${{ items: [{ question: 'Q', answer: 'A' }] }}></other-faq>`);
    expect(el).to.be.instanceOf(FaqAccordion);
    expect(() => ExplainerProvider.define('explainer-provider')).not.to.throw();
    expect(() => ExplainerProvider.define('explainer-provider')).not.to.throw();
    expect(() => ExplainerProvider.define('second-provider')).not.to.throw();
    expect(customElements.get('second-provider')).to.exist;
  });

  it('the registration modules can be imported twice without throwing', async () => {
    await import('../../src/faq-accordion.js');
    await import('../../src/index.js');
    expect(customElements.get('faq-accordion')!.prototype).to.be.instanceOf(FaqAccordion);
  });
});
