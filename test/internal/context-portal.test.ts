import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import '../../src/index.js';
import { explainerSettingsContext, type FaqAccordion } from '../../src/index.js';
import { explainerSettingsContext as fromElements } from '../../src/elements.js';
import { part, parts, settle, text } from '../helpers/dom.js';
import '../../src/locales/de.js';

/** A portal's own Lit element that provides the explainer settings to what it holds. */
class PortalShell extends LitElement {
  readonly settings = new ContextProvider(this, {
    context: explainerSettingsContext,
    initialValue: { locale: 'de', headingLevel: 4, labels: { 'faq.hideAll': 'Zuklappen' } },
  });

  protected override render(): unknown {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('portal-shell', PortalShell);

/** A portal's own Lit element that reads the settings, as any consumer of the key can. */
class PortalReader extends LitElement {
  readonly settings = new ContextConsumer(this, { context: explainerSettingsContext, subscribe: true });
}
customElements.define('portal-reader', PortalReader);

const data = { title: 'FAQ', items: [{ question: 'Q?', answer: 'A.' }] };

describe('context: @lit/context and portals built with Lit', () => {
  it('exports the key from the package root and elements.js: a registered symbol, shared by every copy', () => {
    expect(explainerSettingsContext).to.equal(fromElements);
    expect(explainerSettingsContext).to.equal(Symbol.for('explainer-elements/settings'));
  });

  it('a portal’s own element provides locale, labels and heading level with the key', async () => {
    const shell = await fixture<PortalShell>(html`<portal-shell><faq-accordion .data=${data}></faq-accordion></portal-shell>`);
    const faq = shell.querySelector<FaqAccordion>('faq-accordion')!;
    await settle(faq);
    expect(faq.locale).to.equal('de');
    expect(part(faq, 'title').localName).to.equal('h4');
    expect(text(part(faq, 'toggle-all'))).to.contain('Alle Antworten anzeigen');
    faq.expandAll();
    await settle(faq);
    expect(text(part(faq, 'toggle-all'))).to.contain('Zuklappen');
    // The portal changes its settings: the component follows.
    shell.settings.setValue({ locale: 'en', headingLevel: 3 });
    await settle(faq);
    expect(part(faq, 'title').localName).to.equal('h3');
    expect(text(part(faq, 'toggle-all'))).to.contain('Hide all');
  });

  it('an <explainer-provider> inside the portal’s element inherits from it; a portal element reads what it gives', async () => {
    const shell = await fixture<PortalShell>(html`<portal-shell>
      <explainer-provider heading-level="2" labels='{"faq.showAll":"Öffnen"}'>
        <faq-accordion .data=${data}></faq-accordion><portal-reader></portal-reader>
      </explainer-provider>
    </portal-shell>`);
    const faq = shell.querySelector<FaqAccordion>('faq-accordion')!;
    await settle(faq);
    expect(faq.locale, 'from the portal').to.equal('de');
    expect(part(faq, 'title').localName, 'from the provider').to.equal('h2');
    expect(text(part(faq, 'toggle-all'))).to.contain('Öffnen');
    const reader = shell.querySelector<PortalReader>('portal-reader')!;
    expect(reader.settings.value).to.deep.equal({
      locale: 'de',
      headingLevel: 2,
      labels: { 'faq.hideAll': 'Zuklappen', 'faq.showAll': 'Öffnen' },
    });
    expect(parts(faq, 'question-heading')[0]!.localName).to.equal('h3');
  });
});
