// A web-test-runner plugin that serves React (CommonJS only) to the browser as ES modules, in two versions side by
// side, for the tests of the React wrappers (test/react/):
// - `react`, `react-dom/client`, `react-dom/server`: React 19 (the `react`/`react-dom` devDependencies);
// - `react-18`, `react-dom-18/client`, `react-dom-18/server`: React 18 (devDependencies installed under those
//   aliases; package.json's `overrides` points react-dom-18's peer at the root react only to satisfy npm: here its
//   `require('react')` is bundled as react-18).
// Each version is bundled once by esbuild (development build, code splitting), so react, react-dom/client and
// react-dom/server of one version share a single React instance, as hooks require.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
const PREFIX = '/__react__/';

const VERSIONS = {
  19: { react: 'react', 'react-dom': 'react-dom' },
  18: { react: 'react-18', 'react-dom': 'react-dom-18' },
};

/** React's named exports, read in a child process (loading React here would meet the runner's console patching). */
function reactExports(pkg) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(pkg)}))))`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  return names.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
}

/** Entry modules: the facade's name, the module it wraps, and its named exports. */
const ENTRIES = {
  react: { module: 'react', names: (version) => reactExports(VERSIONS[version].react) },
  'react-dom-client': { module: 'react-dom/client', names: () => ['createRoot', 'hydrateRoot'] },
  'react-dom-server': { module: 'react-dom/server.browser', names: () => ['renderToString', 'renderToStaticMarkup'] },
};

/** Bare specifier in a test → [version, entry]. */
function entryFor(source) {
  const match = /^(react|react-dom)(-18)?(\/client|\/server)?$/.exec(source);
  if (!match) return undefined;
  const [, pkg, v18, sub] = match;
  const entry = pkg === 'react' ? (sub ? undefined : 'react') : sub === '/client' ? 'react-dom-client' : sub === '/server' ? 'react-dom-server' : undefined;
  return entry ? [v18 ? 18 : 19, entry] : undefined;
}

const bundles = new Map();

/** The modules of one React version: path under PREFIX → source. */
function bundle(version) {
  if (!bundles.has(version)) {
    const alias = VERSIONS[version];
    bundles.set(
      version,
      build({
        entryPoints: Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, `facade:${name}`])),
        bundle: true,
        splitting: true,
        format: 'esm',
        write: false,
        outdir: `${PREFIX}${version}`,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"development"' },
        alias: version === 18 ? alias : {},
        plugins: [
          {
            name: 'facade',
            setup(b) {
              b.onResolve({ filter: /^facade:/ }, (args) => ({ path: args.path.slice('facade:'.length), namespace: 'facade' }));
              b.onLoad({ filter: /.*/, namespace: 'facade' }, (args) => {
                const entry = ENTRIES[args.path];
                const names = entry.names(version);
                return {
                  contents: `import m from ${JSON.stringify(entry.module)};\nexport default m;\n` + (names.length ? `export const { ${names.join(', ')} } = m;\n` : ''),
                  resolveDir: process.cwd(),
                  loader: 'js',
                };
              });
            },
          },
        ],
      }).then((result) => new Map(result.outputFiles.map((file) => [file.path.slice(file.path.indexOf(PREFIX)), file.text]))),
    );
  }
  return bundles.get(version);
}

export function reactPlugin() {
  return {
    name: 'explainer-react-esm',
    resolveImport({ source }) {
      const found = entryFor(source);
      return found ? `${PREFIX}${found[0]}/${found[1]}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const version = Number(context.path.slice(PREFIX.length).split('/')[0]);
      if (!(version in VERSIONS)) return undefined;
      const body = (await bundle(version)).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
