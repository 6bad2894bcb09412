// What the profiles (bench/selector-stats.mjs, bench/cpu-profile.mjs) do before measuring: build unless told not
// to, copy the bundle measured to bench/out/bundle.js (a rebuild of dist/ during the run cannot mix two builds),
// build the bare Lit element, and point the page generators at both.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import * as pages from './pages.mjs';
import { buildBare } from './bare-build.mjs';

export const OUT = 'bench/out';

/** `--faq 100,1000` / `--rows ''`: the page sizes asked for (none for an empty list). */
export const sizeList = (list) => (list ?? '').split(',').map(Number).filter((n) => n > 0);

/**
 * @param {string} tool the profile's name, for messages
 * @param {{ noBuild: boolean, bundle?: string, sourcemaps?: boolean }} options `bundle`: another build of bundle.js;
 *   `sourcemaps`: copy the bundle's map and write the bare element's (bench/out/bundle.js.map, bench/out/bare.js.map)
 * @returns {Promise<string>} the bundle measured
 */
export async function preparePages(tool, { noBuild, bundle, sourcemaps = false }) {
  const fail = (message) => {
    console.error(`${tool}: ${message}`);
    process.exit(1);
  };
  if (!noBuild) {
    console.log('== npm run build');
    const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
    if (build.status !== 0) fail(`the build failed:\n${`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-30).join('\n')}`);
  }
  const bundleSource = bundle ?? 'dist/bundle.js';
  if (!existsSync(bundleSource)) fail(`${bundleSource} is missing: run \`npm run build\` first`);
  if (sourcemaps && !existsSync(`${bundleSource}.map`)) fail(`${bundleSource}.map is missing: the profile maps samples through it`);
  await mkdir(`${OUT}/pages`, { recursive: true });
  await copyFile(bundleSource, `${OUT}/bundle.js`);
  if (sourcemaps) await copyFile(`${bundleSource}.map`, `${OUT}/bundle.js.map`);
  pages.useBundle(`/${OUT}/bundle.js`);
  await buildBare(`${OUT}/bare.js`, { sourcemap: sourcemaps });
  pages.useBare(`/${OUT}/bare.js`);
  return bundleSource;
}
