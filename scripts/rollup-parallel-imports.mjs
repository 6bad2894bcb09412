// Rollup plugin: the autoloader requests a component's chunk and the chunks that chunk imports (Lit, lit-html, the
// core...) at the same time. A browser otherwise learns of a chunk's imports only once it has downloaded and parsed
// that chunk, so a page paid one round trip per level (loader -> component -> core -> Lit). Each dynamic `import()`
// in the modules given (src/autoloader.ts) becomes `Promise.all([import(chunk), import(each of its imports)])`:
// plain dynamic imports, which every engine supports (unlike `<link rel="modulepreload">` in older ones), and which
// change nothing else, since a chunk's imports are evaluated before it in any case. The list comes from Rollup
// itself (`getTargetChunkImports`, the chunk's imports after hoisting: the whole static graph under it).
// Used by the CDN build (rollup.config.mjs `cdnBuild`) and so by the test runner's in-memory copy of it.

/**
 * @param {{ include: (moduleId: string) => boolean }} options which importing modules to rewrite
 * @returns {import('rollup').Plugin}
 */
export function parallelImports({ include }) {
  return {
    name: 'parallel-imports',
    renderDynamicImport({ moduleId, getTargetChunkImports }) {
      if (!include(moduleId)) return null;
      const imports = (getTargetChunkImports() ?? []).filter((chunk) => chunk.type === 'internal');
      if (imports.length === 0) return null;
      return {
        left: 'Promise.all([import(',
        // `resolvedImportPath` is already a quoted string literal, relative to the importing chunk.
        right: `),${imports.map((chunk) => `import(${chunk.resolvedImportPath})`).join(',')}])`,
      };
    },
  };
}
