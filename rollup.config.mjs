import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';
import { parallelImports } from './scripts/rollup-parallel-imports.mjs';
import { transpileTs } from './scripts/rollup-transpile-ts.mjs';

/** The registration entry points: one per tag, plus the root that registers them all. */
export const tagEntries = ['cooperation-table', 'misconception-card', 'indicator-tracker', 'faq-accordion', 'explainer-provider'];

/** The languages besides English (built in): one module each, `dist/locales/<lang>.js`, never in `bundle.js`. */
export const localeEntries = ['de', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my', 'zh', 'fr', 'es', 'ar'];

const TERSER = { ecma: 2022, module: true, format: { comments: false } };

/**
 * The autoloader's build, for CDN pages: `dist/autoloader.js`, and in `dist/cdn/` one chunk per tag (the same
 * entries as `dist/<tag>.js`, registering their tag) plus the chunks they share (Lit, the core), so a page
 * downloads the loader, Lit, the core and the components it shows, each once. Minified, Lit inside.
 * `minify: false` is for the test runner's in-memory copy (scripts/wtr-cdn.mjs): same chunks, readable, templates
 * as written.
 * @param {{ minify?: boolean }} [options]
 * @returns {import('rollup').RollupOptions}
 */
export function cdnBuild({ minify = true } = {}) {
  return {
    input: {
      autoloader: 'src/autoloader.ts',
      // Lit's hydration support, loaded by the autoloader before any component on server-rendered pages only.
      hydrate: 'src/hydrate.ts',
      ...Object.fromEntries(tagEntries.map((tag) => [tag, `src/${tag}.ts`])),
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: minify,
      entryFileNames: (chunk) => (chunk.name === 'autoloader' ? '[name].js' : 'cdn/[name].js'),
      // The structured-data trigger goes with the Trusted Types policy it hands over: the FAQ and the card import
      // both, so their pages download one small file rather than two.
      manualChunks: (id) => (/src\/(internal\/trusted-types|structured-data\/on-demand)\.ts$/.test(id) ? 'trusted-types' : undefined),
      // Shared chunks are named for what they hold: `lit-*` (LitElement, with the few helpers every tag uses), `core-*`
      // (the base class, content intake, validation, rich text: every component but the provider). lit-html is a
      // chunk of its own (`lit-html-*`): hydration support needs it, and must run before LitElement is defined.
      chunkFileNames: ({ moduleIds }) =>
        `cdn/${moduleIds.some((id) => id.includes('lit-element')) ? 'lit' : moduleIds.some((id) => id.endsWith('explainer-element.ts')) ? 'core' : '[name]'}-[hash].js`,
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      transpileTs(),
      // The loader requests a component's chunk and everything it imports at once, not one level per round trip.
      parallelImports({ include: (id) => id.endsWith('/src/autoloader.ts') }),
      // Unminified, templates stay as in the sources too: the server-rendering tests render from the sources, and
      // hydration needs the very template strings the server used (dist/ssr.js and dist/cdn/ are both minified).
      ...(minify ? [minifyTemplates(), terser(TERSER)] : []),
    ],
  };
}

export default [
  // The library: one ES module per source module in dist/, with types; Lit stays external.
  {
    input: {
      index: 'src/index.ts',
      elements: 'src/elements.ts',
      validate: 'src/validate.ts',
      'validate-node': 'src/validate-node.ts',
      'structured-data': 'src/structured-data.ts',
      'structured-data-node': 'src/structured-data-node.ts',
      extract: 'src/extract.ts',
      ssr: 'src/ssr.ts',
      hydrate: 'src/hydrate.ts',
      'cli/main': 'src/cli/main.ts',
      react: 'src/react.ts',
      ...Object.fromEntries(localeEntries.map((lang) => [`locales/${lang}`, `src/locales/${lang}.ts`])),
      ...Object.fromEntries(tagEntries.map((tag) => [tag, `src/${tag}.ts`])),
    },
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    // parse5 (the HTML parser of the Node entry points) stays a dependency, never bundled.
    external: (id) => /^(lit|@lit\/|@lit-labs\/|react(-dom)?(\/|$)|parse5(\/|$)|node:)/.test(id),
    plugins: [nodeResolve(), typescript({ tsconfig: './tsconfig.build.json' }), minifyTemplates()],
  },
  // The CDN bundle: one self-contained, minified ES module with Lit inside and Lit's hydration support first;
  // registers every tag.
  {
    input: 'src/bundle.ts',
    // One file: the structured-data builder, loaded on demand by the per-tag entries, is inlined here.
    output: { file: 'dist/bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' }),
      minifyTemplates(),
      terser(TERSER),
    ],
  },
  cdnBuild(),
];
