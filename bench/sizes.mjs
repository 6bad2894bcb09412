// Transfer sizes: gzip (level 9) and brotli of dist/bundle.js and dist/autoloader.js as built, of a page with the
// FAQ alone through the autoloader (the loader and every chunk that page downloads, each compressed on its own and
// summed), and of every registration entry (dist/<tag>.js) bundled in memory with its internal imports, Lit
// external, minified as the CDN bundle is. Lit itself is measured the same way, for reference.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { autoloaderPageFiles } from '../scripts/autoloader-page.mjs';

const TERSER = { ecma: 2022, module: true, format: { comments: false } };
const LIT_EXTERNAL = (id) => /^(lit|@lit\/|@lit-labs\/)/.test(id);

/** Raw, gzip and brotli byte counts of `code`. */
export function sizesOf(code) {
  const buffer = Buffer.from(code);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function bundleInMemory(options) {
  const build = await rollup({ onwarn: () => {}, ...options });
  try {
    const { output } = await build.generate({ format: 'es', plugins: [terser(TERSER)] });
    return output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
  } finally {
    await build.close();
  }
}

const virtual = (id, code) => ({
  name: 'virtual',
  resolveId: (source) => (source === id ? id : null),
  load: (source) => (source === id ? code : null),
});

/**
 * @param {string} root project folder
 * @param {string[]} entries registration entries (`index` and one per tag), as built in dist/
 * @returns {Promise<Array<{ name: string, raw: number, gzip: number, brotli: number, note: string }>>}
 */
export async function measureSizes(root, entries) {
  const rows = [];
  const bundlePath = `${root}/dist/bundle.js`;
  rows.push({ name: 'dist/bundle.js', note: 'as built: Lit inside, every tag', ...sizesOf(await readFile(bundlePath)) });
  if (existsSync(`${root}/dist/autoloader.js`)) {
    rows.push({ name: 'dist/autoloader.js', note: 'as built: the loader alone', ...sizesOf(await readFile(`${root}/dist/autoloader.js`)) });
    const files = await autoloaderPageFiles(['faq-accordion'], `${root}/dist`);
    const page = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of files) for (const [key, value] of Object.entries(sizesOf(await readFile(file)))) page[key] += value;
    const names = files.map((f) => f.slice(f.indexOf('/dist/') + 6).replace(/-[\w-]{8}\.js$/, '-*.js'));
    rows.push({ name: 'FAQ page through the autoloader', note: `sum of ${names.join(' + ')}, each compressed alone`, ...page });
  }
  for (const entry of entries) {
    const input = `${root}/dist/${entry}.js`;
    if (!existsSync(input)) continue;
    const code = await bundleInMemory({ input, external: LIT_EXTERNAL });
    rows.push({ name: `dist/${entry}.js`, note: 'with its imports, Lit external', ...sizesOf(code) });
  }
  const litId = '\0bench-lit';
  const lit = await bundleInMemory({
    input: litId,
    plugins: [
      virtual(litId, "export * from 'lit'; export * from 'lit/decorators.js'; export * from 'lit/static-html.js';"),
      nodeResolve({ exportConditions: ['production'], rootDir: root }),
    ],
  });
  rows.push({ name: 'lit (with decorators and static-html)', note: 'reference: everything they export', ...sizesOf(lit) });
  return rows;
}

/**
 * What dist/bundle.js is made of: each module of the bundle (Lit's grouped by package) minified on its own,
 * as bytes and share. Top-level names stay unmangled, so the sum is a little above the real bundle.
 */
export async function bundleBreakdown(root) {
  let minify;
  try {
    ({ minify } = await import('terser'));
  } catch {
    return [];
  }
  const build = await rollup({ input: `${root}/dist/index.js`, onwarn: () => {}, plugins: [nodeResolve({ exportConditions: ['production'], rootDir: root })] });
  try {
    const { output } = await build.generate({ format: 'es' });
    const groups = new Map();
    for (const [id, module] of Object.entries(output[0].modules)) {
      if (!module.code) continue;
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
      const name = pkg ?? id.slice(id.indexOf('/dist/') + 1);
      const { code } = await minify(module.code, { ecma: 2022, module: false, toplevel: false, format: { comments: false } });
      groups.set(name, (groups.get(name) ?? 0) + Buffer.byteLength(code ?? ''));
    }
    const total = [...groups.values()].reduce((a, b) => a + b, 0);
    return [...groups].map(([name, bytes]) => ({ name, bytes, share: bytes / total })).sort((a, b) => b.bytes - a.bytes);
  } finally {
    await build.close();
  }
}
