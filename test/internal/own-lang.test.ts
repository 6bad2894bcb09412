import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { FaqAccordion } from '../../src/index.js';
import '../../src/locales/de.js';
import '../../src/locales/fr.js';
import '../../src/locales/es.js';
import { part, settle, text } from '../helpers/dom.js';

/**
 * The element's own `lang` attribute sets its locale, over the provider's `locale` and the page's `lang`: the setting
 * server rendering writes (`lang` on the element), so the browser renders in the language the server did.
 */

const data = { title: 'FAQ', items: [{ question: 'Q?', answer: 'A.' }] };

describe('the element’s own lang', () => {
  it('wins over the provider and the page; without it, the provider, then the page', async () => {
    const wrap = await fixture(html`<div lang="fr">
      <explainer-provider locale="de"><faq-accordion lang="es" .data=${data}></faq-accordion></explainer-provider>
      <faq-accordion .data=${data}></faq-accordion>
    </div>`);
    const [own, page] = Array.from(wrap.querySelectorAll<FaqAccordion>('faq-accordion'));
    await settle(own!);
    await settle(page!);
    expect(own!.locale).to.equal('es');
    expect(text(part(own!, 'toggle-all'))).to.match(/^Mostrar todas/);
    expect(page!.locale).to.equal('fr');
    own!.removeAttribute('lang');
    await settle(own!);
    expect(own!.locale, 'the provider once the own lang goes').to.equal('de');
    expect(text(part(own!, 'toggle-all'))).to.match(/^Alle Antworten anzeigen/);
  });

  it('follows the standard lang property and re-renders', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${data}></faq-accordion>`);
    await settle(el);
    expect(el.locale).to.equal('en');
    el.lang = 'de_AT';
    await settle(el);
    expect(el.getAttribute('lang')).to.equal('de_AT');
    expect(el.locale).to.equal('de-AT');
    expect(text(part(el, 'toggle-all'))).to.match(/^Alle Antworten anzeigen/);
    el.lang = '';
    await settle(el);
    expect(el.locale, 'empty: unknown, so the fallbacks').to.equal('en');
  });
});
