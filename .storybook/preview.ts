/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '../src/index.js';

// Controls and the docs tables (attributes, properties, events, parts, CSS custom properties) come from the
// Custom Elements Manifest, generated from the components' JSDoc by `npm run manifest` (npm start runs it).
const manifests = import.meta.glob<{ default: object }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story, not merely warn.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
