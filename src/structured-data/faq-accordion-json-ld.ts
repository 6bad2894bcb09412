/** What the `structured-data` attribute loads on demand (one dynamic import): the controller and this component's builder. */
export { JsonLdController } from './json-ld-controller.js';
export { faqPage as build } from './faq-page.js';
