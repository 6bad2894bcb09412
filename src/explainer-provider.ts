import { ExplainerProvider } from './components/explainer-provider/explainer-provider.js';

export { ExplainerProvider };

ExplainerProvider.define('explainer-provider');

declare global {
  interface HTMLElementTagNameMap {
    'explainer-provider': ExplainerProvider;
  }
}
