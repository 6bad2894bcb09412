import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * Vite 8 leaves standard decorators (`@property() accessor x`) untransformed, which browsers cannot parse yet:
 * lower them with esbuild first, for the project's own TypeScript files.
 */
function lowerDecorators(): Plugin {
  return {
    name: 'explainer-lower-decorators',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/(src|stories)\/.*\.ts$/.test(id) || id.includes('node_modules')) return null;
      const result = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id });
      return { code: result.code, map: result.map };
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../examples/content', to: '/content' }],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    viteConfig.plugins = [lowerDecorators(), ...(viteConfig.plugins ?? [])];
    return viteConfig;
  },
};

export default config;
