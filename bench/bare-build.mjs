// Builds the bare Lit elements (bench/bare-lit.mjs) as dist/bundle.js is built: one ES module, Lit inside,
// production build, minified.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Writes the bare elements' bundle to `file` (with `file.map` beside it when `sourcemap` is set). */
export async function buildBare(file, { sourcemap = false } = {}) {
  const build = await rollup({ input: 'bench/bare-lit.mjs', plugins: [nodeResolve({ exportConditions: ['production'] })], onwarn: () => {} });
  try {
    await build.write({ file, format: 'es', sourcemap, plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })] });
  } finally {
    await build.close();
  }
}
