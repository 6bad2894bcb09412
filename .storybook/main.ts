import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The example content, served as a portal would serve it: stories fetch it through `src="/content/..."`.
  staticDirs: [{ from: '../examples/content', to: '/content' }],
  core: { disableTelemetry: true },
};

export default config;
