// What a page downloads through the built autoloader (dist/autoloader.js, dist/cdn/): the loader, the chunk of
// each tag it shows, and every chunk those import statically, transitively. Read from the built files' own
// import declarations (rollup's parser), so it is what a browser would fetch. Used by `npm run size` and the
// benchmark's size report.
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { parseAst } from 'rollup/parseAst';

const STATIC = new Set(['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration']);

/** `file` and every file it imports statically, transitively (relative specifiers only). */
async function withStaticImports(file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  for (const node of parseAst(await readFile(file, 'utf8')).body) {
    const source = STATIC.has(node.type) ? node.source?.value : undefined;
    if (typeof source === 'string' && source.startsWith('.')) await withStaticImports(normalize(join(dirname(file), source)), seen);
  }
}

/**
 * The files a page showing `tags` downloads through the autoloader, as paths (`dist/autoloader.js`,
 * `dist/cdn/...`), in the order they are found.
 * @param {string[]} tags
 * @param {string} [dist] the build folder
 */
export async function autoloaderPageFiles(tags, dist = 'dist') {
  const seen = new Set();
  await withStaticImports(join(dist, 'autoloader.js'), seen);
  for (const tag of tags) await withStaticImports(join(dist, 'cdn', `${tag}.js`), seen);
  return [...seen];
}
