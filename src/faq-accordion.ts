import { FaqAccordion } from './components/faq-accordion/faq-accordion.js';

export { FaqAccordion };
export type * from './components/faq-accordion/faq-accordion.content.js';

FaqAccordion.define('faq-accordion');

declare global {
  interface HTMLElementTagNameMap {
    'faq-accordion': FaqAccordion;
  }
}
