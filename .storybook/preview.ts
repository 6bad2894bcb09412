/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { manifestControls, publicManifest } from './manifest.js';
import '../src/index.js';
import '../src/locales/de.js';

// Controls and the docs tables (attributes, properties, events, parts, CSS custom properties) come from the
// Custom Elements Manifest, generated from the components' JSDoc by `npm run manifest` (npm start runs it).
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(publicManifest(manifest));

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story, not merely warn.
    a11y: { test: 'error' },
  },
  // Under automation (scripts/storybook-smoke.mjs drives Chromium through puppeteer), the smoke test runs axe-core
  // on every story itself, with stricter rules: skip the a11y panel's own second run, which on the largest stories
  // alone takes longer than the page load timeout. In a browser, the panel checks every story as usual.
  initialGlobals: { a11y: { manual: typeof navigator !== 'undefined' && navigator.webdriver } },
  argTypesEnhancers: [manifestControls],
  tags: ['autodocs'],
};

export default preview;
