import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';

/** Library build: one ES module per source module in dist/, with types; Lit stays external. */
export default {
  input: {
    index: 'src/index.ts',
    elements: 'src/elements.ts',
    'faq-accordion': 'src/faq-accordion.ts',
    'explainer-provider': 'src/explainer-provider.ts',
  },
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  external: (id) => /^(lit|@lit\/|@lit-labs\/)/.test(id),
  plugins: [nodeResolve(), typescript({ tsconfig: './tsconfig.build.json' })],
};
