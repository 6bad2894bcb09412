import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';

/** The registration entry points: one per tag, plus the root that registers them all. */
export const tagEntries = ['cooperation-table', 'misconception-card', 'indicator-tracker', 'faq-accordion', 'explainer-provider'];

/** The languages besides English (built in): one module each, `dist/locales/<lang>.js`, never in `bundle.js`. */
export const localeEntries = ['de', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my', 'zh', 'fr', 'es', 'ar'];

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
  // The CDN bundle: one self-contained, minified ES module with Lit inside; registers every tag.
  {
    input: 'src/index.ts',
    // One file: the structured-data builder, loaded on demand by the per-tag entries, is inlined here.
    output: { file: 'dist/bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' }),
      minifyTemplates(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
