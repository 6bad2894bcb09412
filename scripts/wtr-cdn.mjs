// web-test-runner plugin: serves the autoloader's CDN build (rollup.config.mjs `cdnBuild`) under /__cdn/, built in
// memory from src/ on the first request, so its tests need no `npm run build` first (and only they pay for the
// build, about a second). Same inputs, chunking and file names as dist/autoloader.js and dist/cdn/, unminified.
//   /__cdn/autoloader.js, /__cdn/cdn/<chunk>.js   the built files
//   /__cdn/manifest.json                           { [fileName]: { name, isEntry, imports, dynamicImports } }
//   /__cdn-slow/...                                the same files, but each entry chunk (a tag's, hydration support)
//                                                  answers SLOW_MS late: a test can tell whether the chunks it imports
//                                                  were requested before it arrived (the loader's parallel imports)
import { rollup } from 'rollup';
import { cdnBuild } from '../rollup.config.mjs';

const PREFIX = '/__cdn/';
const SLOW = '/__cdn-slow/';
const SLOW_MS = 400;

async function build() {
  const options = cdnBuild({ minify: false });
  const bundle = await rollup({ ...options, onwarn: () => {} });
  try {
    const { output } = await bundle.generate(options.output);
    const files = new Map();
    const manifest = {};
    for (const chunk of output) {
      if (chunk.type !== 'chunk') continue;
      files.set(chunk.fileName, chunk.code);
      manifest[chunk.fileName] = { name: chunk.name, isEntry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports };
    }
    files.set('manifest.json', JSON.stringify(manifest));
    // What /__cdn-slow/ delays: the tags' chunks and hydration support (the loader itself answers at once).
    const late = new Set(Object.keys(manifest).filter((file) => manifest[file].isEntry && file !== 'autoloader.js'));
    return { files, late };
  } finally {
    await bundle.close();
  }
}

export function cdnPlugin() {
  /** @type {Promise<{ files: Map<string, string>, late: Set<string> }> | undefined} */
  let built;
  return {
    name: 'explainer-cdn-build',
    async serve(context) {
      const slow = context.path.startsWith(SLOW);
      if (!slow && !context.path.startsWith(PREFIX)) return undefined;
      built ??= build();
      const { files, late } = await built;
      const name = context.path.slice((slow ? SLOW : PREFIX).length);
      const body = files.get(name);
      if (body === undefined) return undefined;
      if (slow && late.has(name)) await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      return { body, type: name.endsWith('.json') ? 'json' : 'js' };
    },
  };
}
