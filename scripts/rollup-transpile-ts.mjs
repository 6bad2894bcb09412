// Rollup plugin: strips TypeScript types with esbuild (no type check: `npm run typecheck` and the library build
// do that), and resolves the `./x.js` specifiers of TypeScript sources to `./x.ts`. A second full TypeScript
// program per build output costs about 25 s on these machines; this costs well under one. Used by the CDN build
// (rollup.config.mjs) and by the test runner's in-memory build of it (scripts/wtr-cdn.mjs).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

/** @returns {import('rollup').Plugin} */
export function transpileTs() {
  return {
    name: 'transpile-ts',
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !/^\.\.?\/.*\.js$/.test(source)) return null;
      const ts = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(ts) ? ts : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } },
      });
      return { code: result.code, map: result.map };
    },
  };
}
