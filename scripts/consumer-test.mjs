#!/usr/bin/env node
// `npm run test:consumer` (after `npm run build`): what a consumer gets from npm. Packs the package, installs the
// tarball into a new project in a temporary folder, and there:
// - resolves every `exports` entry (wildcards expanded) to a file in the installed package, with its `types`;
// - checks that custom-elements.json names only files the package ships;
// - type-checks a TypeScript file that imports every JS entry (moduleResolution nodenext);
// - runs validate() from `explainer-elements/validate.js` and toJsonLd() from `explainer-elements/structured-data.js` in Node,
//   with Markdown and HTML content (HTML read by parse5, the package's dependency);
// - runs `npx explainer-elements validate` (exit 0 valid, 1 invalid, 2 unknown component), HTML content included;
// - server rendering: renderToString() and `npx explainer-elements render` say how to install the optional peer
//   @lit-labs/ssr while it is missing, and render (German labels, inline JSON, JSON-LD, exit codes) once it is installed;
// - opens, in every engine installed (Chromium, Firefox, WebKit; all three when REQUIRE_ENGINES=1), the plain-HTML page on
//   node_modules/explainer-elements/dist/bundle.js, a page that loads the per-tag entries through an import map, and
//   the autoloader example on .../dist/autoloader.js; every component must render with no error or axe violation.
// Prints `consumer: N passed, N failed` last.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';
import { availableEngines, launchEngine } from './page-driver.mjs';
import { serveStatic } from './static-server.mjs';
import { checkPage, plainHtmlExpectations } from './page-check.mjs';

const repo = resolve('.');
if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync('dist/bundle.js') || !existsSync('custom-elements.json')) {
  console.error('consumer: dist/ or custom-elements.json is missing: run `npm run build` first');
  process.exit(1);
}

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`  ok   ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  FAIL ${name}\n       ${String(error instanceof Error ? error.message : error).split('\n').join('\n       ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const work = mkdtempSync(join(tmpdir(), 'explainer-consumer-'));
const app = join(work, 'app');
mkdirSync(app);
const started = performance.now();

try {
  // Pack and install, as a consumer would.
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], repo));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  // A React user adds the optional peer `@lit/react` (and React's types) next to the package; nobody else needs them.
  const reactPeers = ['@lit/react@^1.0.8', '@types/react@^19'];
  npm(['install', join(work, filename), ...reactPeers, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  const pkgDir = join(app, 'node_modules', 'explainer-elements');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  console.log(`consumer: installed ${filename} into ${app}`);

  /** Every subpath of the exports map; a wildcard stands for each matching file of the repository. */
  const subpaths = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (!key.includes('*')) {
      subpaths.push({ key, target });
      continue;
    }
    const [prefix, suffix] = key.split('*');
    const dir = join(repo, (typeof target === 'string' ? target : target.default).split('*')[0]);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)) : [];
    subpaths.push({ key, target, expanded: files.map((f) => `${prefix}${f}`) });
  }

  await check('every exports entry resolves to a shipped file (JS entries with their types)', () => {
    const specifiers = subpaths.flatMap((s) => (s.expanded ? s.expanded : [s.key])).map((k) => `explainer-elements${k === '.' ? '' : k.slice(1)}`);
    const script = `
      const out = {};
      for (const s of ${JSON.stringify(specifiers)}) {
        try { out[s] = new URL(import.meta.resolve(s)).pathname; } catch (e) { out[s] = 'ERROR ' + e.message; }
      }
      console.log(JSON.stringify(out));`;
    const resolved = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
    const problems = Object.entries(resolved).filter(([, path]) => path.startsWith('ERROR') || !existsSync(path));
    assert(problems.length === 0, `unresolved: ${JSON.stringify(problems)}`);
    for (const { key, target, expanded } of subpaths) {
      if (typeof target !== 'object') continue;
      const [prefix, suffix] = key.split('*');
      const names = expanded ? expanded.map((k) => k.slice(prefix.length, k.length - suffix.length)) : [''];
      for (const name of names) {
        const types = target.types.replace('*', name);
        assert(existsSync(join(pkgDir, types)), `${key}: types ${types} missing`);
      }
    }
    const locales = subpaths.find((s) => s.key === './locales/*.js');
    assert(locales?.expanded.includes('./locales/de.js'), 'the German locale module is exported');
    const schemas = subpaths.find((s) => s.key === './schemas/*.schema.json');
    assert(schemas?.expanded.length === 4, `expected 4 schemas, got ${schemas?.expanded.length}`);
    console.log(`       ${specifiers.length} subpaths: ${specifiers.map((s) => s.replace('explainer-elements', '') || '.').join(' ')}`);
  });

  await check('custom-elements.json is referenced by package.json and names only shipped files', () => {
    assert(pkg.customElements === 'custom-elements.json', 'customElements field');
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8'));
    const paths = manifest.modules.map((m) => m.path);
    const missing = paths.filter((p) => !existsSync(join(pkgDir, p)));
    assert(missing.length === 0, `missing: ${missing.join(', ')}`);
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    assert(tags.length === 5, `5 elements, got ${tags.join(', ')}`);
  });

  await check('TypeScript (nodenext) type-checks imports of every JS entry', () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], skipLibCheck: false, types: [] },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(app, 'consumer.ts'),
      [
        "import { FaqAccordion as FaqClass, type FaqContent } from 'explainer-elements';",
        "import { CooperationTable, IndicatorTracker, MisconceptionCard, ExplainerProvider } from 'explainer-elements/elements.js';",
        "import 'explainer-elements/faq-accordion.js';",
        "import 'explainer-elements/locales/de.js';",
        "import 'explainer-elements/cooperation-table.js';",
        "import 'explainer-elements/misconception-card.js';",
        "import 'explainer-elements/indicator-tracker.js';",
        "import 'explainer-elements/explainer-provider.js';",
        "import 'explainer-elements/bundle.js';",
        "import { watch } from 'explainer-elements/autoloader.js';",
        'const watching: Promise<void> = watch(document.body);',
        "import { validate, type ValidateResult } from 'explainer-elements/validate.js';",
        "import { toJsonLd, toJsonLdScript, type FaqPageJsonLd } from 'explainer-elements/structured-data.js';",
        "import { extractArticle, type ExtractResult } from 'explainer-elements/extract.js';",
        "import { renderToString, InvalidContentError, type RenderOptions } from 'explainer-elements/ssr.js';",
        "import 'explainer-elements/hydrate.js';",
        "import { FaqAccordion, createWrappers } from 'explainer-elements/react.js';",
        "const content: FaqContent = { items: [{ question: 'Q', answer: 'A' }] };",
        "const result: ValidateResult = validate('faq-accordion', content);",
        "const ld: FaqPageJsonLd | null = toJsonLd('faq-accordion', content);",
        "const ldScript: string | null = toJsonLdScript('misconception-card', { misconception: 'M', reality: 'R.' });",
        "const extracted: ExtractResult = extractArticle('## FAQ\\n\\n### Why?\\n\\nBecause.');",
        "const faqFromArticle: FaqContent | undefined = extracted.sections['faq-accordion'];",
        "const renderOptions: RenderOptions = { locale: 'de', headingLevel: 3, attributes: { sortable: true }, jsonLd: { url: 'https://example.org/' } };",
        "const rendered: Promise<string> = renderToString('faq-accordion', content, renderOptions).catch((e: unknown) => (e instanceof InvalidContentError ? e.errors.map((x) => x.path).join() : ''));",
        "const el: FaqClass = document.createElement('faq-accordion');",
        "el.addEventListener('explainer-toggle', (e) => e.detail.open);",
        'export { result, ld, ldScript, faqFromArticle, rendered, el, watching, CooperationTable, IndicatorTracker, MisconceptionCard, ExplainerProvider, FaqAccordion, createWrappers };',
      ].join('\n'),
    );
    const tsc = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    assert(tsc.status === 0, `tsc:\n${tsc.stdout}${tsc.stderr}`);
  });

  await check('validate() from explainer-elements/validate.js runs in Node, HTML content included', () => {
    const faq = join(repo, 'examples/content/asean-germany/faq-accordion.json');
    const wordpress = join(repo, 'examples/content/cms/faq-accordion-wordpress.json');
    const script = `
      import { readFileSync } from 'node:fs';
      import { validate } from 'explainer-elements/validate.js';
      const good = validate('faq-accordion', JSON.parse(readFileSync(${JSON.stringify(faq)}, 'utf8')));
      const bad = validate('indicator-tracker', { indicators: [{ label: 'L', description: 'D', status: 'done' }] });
      // HTML content, read with parse5 (the node export condition).
      const html = validate('faq-accordion', JSON.parse(readFileSync(${JSON.stringify(wordpress)}, 'utf8')));
      const empty = validate('faq-accordion', { format: 'html', items: [{ question: 'Q', answer: '<img src="x.png">' }] });
      console.log(JSON.stringify({ good, bad, html, empty }));`;
    const { good, bad, html, empty } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
    assert(good.ok === true && good.errors.length === 0, `example: ${JSON.stringify(good)}`);
    assert(bad.ok === false && bad.errors[0]?.path === 'indicators[0].status', `broken: ${JSON.stringify(bad)}`);
    assert(html.ok === true, `HTML example: ${JSON.stringify(html)}`);
    assert(empty.errors[0]?.message === 'has no text once read as HTML', `empty HTML answer: ${JSON.stringify(empty)}`);
  });

  await check('toJsonLd() from explainer-elements/structured-data.js runs in Node, HTML content included', () => {
    const faq = join(repo, 'examples/content/asean-germany/faq-accordion.json');
    const wordpress = join(repo, 'examples/content/cms/faq-accordion-wordpress.json');
    const script = `
      import { readFileSync } from 'node:fs';
      import { toJsonLd } from 'explainer-elements/structured-data.js';
      const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
      console.log(JSON.stringify([toJsonLd('faq-accordion', read(${JSON.stringify(faq)})), toJsonLd('faq-accordion', read(${JSON.stringify(wordpress)}))]));`;
    const [data, html] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
    assert(data['@type'] === 'FAQPage' && data.mainEntity.length === 5, `FAQPage: ${JSON.stringify(data).slice(0, 200)}`);
    const [question] = html.mainEntity;
    assert(question.name.includes('Germany\u2019s') && question.acceptedAnswer.text.startsWith('<p>It signals <strong>'), `FAQPage from HTML: ${JSON.stringify(question).slice(0, 300)}`);
  });

  await check('npx explainer-elements validate: exit 0 valid, 1 invalid, 2 usage error', () => {
    const examples = join(repo, 'examples/content/asean-germany');
    const files = readdirSync(examples).map((f) => join(examples, f));
    const broken = join(work, 'broken.json');
    writeFileSync(broken, JSON.stringify({ columns: [{ key: 'a', label: 'A' }], rows: [{ a: true }] }));
    const run = (...args) => spawnSync('npx', ['--no-install', 'explainer-elements', ...args], { cwd: app, encoding: 'utf8' });
    const cms = ['faq-accordion-wordpress.json', 'misconception-card-drupal.json'].map((f) => join(repo, 'examples/content/cms', f));
    const good = run('validate', ...files, ...cms);
    assert(good.status === 0, `valid files (HTML content included): exit ${good.status}\n${good.stdout}${good.stderr}`);
    const bad = run('validate', broken, '--component', 'cooperation-table');
    assert(bad.status === 1, `broken file: exit ${bad.status}`);
    assert(bad.stdout.startsWith(`${broken}: rows[0].a: expected a string, a finite number or null, got a boolean`), `broken file printed: ${bad.stdout}`);
    const usage = run('validate', broken, '--component', 'no-such-tag');
    assert(usage.status === 2, `unknown component: exit ${usage.status}`);
  });

  await check('extractArticle() from explainer-elements/extract.js and npx explainer-elements extract', () => {
    const article = join(repo, 'examples/articles/asean-germany-explainer.txt');
    const script = `
      import { readFileSync } from 'node:fs';
      import { extractArticle } from 'explainer-elements/extract.js';
      const { found } = extractArticle(readFileSync(${JSON.stringify(article)}, 'utf8'));
      console.log(JSON.stringify(found.map((f) => f.name)));`;
    const names = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
    assert(names.length === 4, `sections from the seed: ${names.join(', ')}`);
    const out = join(work, 'extracted');
    const run = (...args) => spawnSync('npx', ['--no-install', 'explainer-elements', ...args], { cwd: app, encoding: 'utf8' });
    const good = run('extract', article, '--out', out);
    assert(good.status === 0, `extract: exit ${good.status}\n${good.stdout}${good.stderr}`);
    const validated = run('validate', ...readdirSync(out).map((f) => join(out, f)));
    assert(validated.status === 0 && readdirSync(out).length === 4, `extracted files: exit ${validated.status}\n${validated.stdout}`);
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, 'Nothing to see.\n');
    assert(run('extract', empty).status === 1, 'an article with no section exits 1');
    assert(run('extract').status === 2, 'no article exits 2');
  });

  await check('renderToString() and npx explainer-elements render: without the optional peer @lit-labs/ssr, the install hint', () => {
    const faq = join(repo, 'examples/content/asean-germany/faq-accordion.json');
    const script = `
      import { readFileSync } from 'node:fs';
      import { renderToString } from 'explainer-elements/ssr.js';
      renderToString('faq-accordion', JSON.parse(readFileSync(${JSON.stringify(faq)}, 'utf8'))).then(() => console.log('rendered'), (e) => console.log(e.message));`;
    const message = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }).trim();
    assert(message === 'explainer-elements/ssr.js needs @lit-labs/ssr, an optional peer dependency: npm install @lit-labs/ssr@~4.1.0', `without the renderer: ${message}`);
    const cli = spawnSync('npx', ['--no-install', 'explainer-elements', 'render', faq], { cwd: app, encoding: 'utf8' });
    assert(cli.status === 2 && cli.stderr.includes('npm install @lit-labs/ssr@~4.1.0'), `render without the renderer: exit ${cli.status}\n${cli.stderr}`);
  });

  await check('renderToString() from explainer-elements/ssr.js and npx explainer-elements render, with @lit-labs/ssr installed', () => {
    npm(['install', '@lit-labs/ssr@~4.1.0', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
    const faq = join(repo, 'examples/content/asean-germany/faq-accordion.json');
    const script = `
      import { readFileSync } from 'node:fs';
      import { renderToString, InvalidContentError } from 'explainer-elements/ssr.js';
      const html = await renderToString('faq-accordion', JSON.parse(readFileSync(${JSON.stringify(faq)}, 'utf8')), { locale: 'de' });
      const error = await renderToString('faq-accordion', { items: [] }).catch((e) => e);
      console.log(JSON.stringify({ html, invalid: error instanceof InvalidContentError && error.errors.length > 0 }));`;
    const { html, invalid } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
    assert(/^<faq-accordion lang="de" heading-level="2"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/.test(html), `fragment: ${html.slice(0, 200)}`);
    assert(html.includes('Alle Antworten anzeigen') && html.endsWith('</script></faq-accordion>'), 'German labels and the inline JSON');
    assert(invalid, 'invalid content rejects with InvalidContentError');
    const run = (...args) => spawnSync('npx', ['--no-install', 'explainer-elements', 'render', ...args], { cwd: app, encoding: 'utf8' });
    const good = run(faq, '--locale', 'de', '--json-ld');
    assert(good.status === 0 && good.stdout.startsWith('<faq-accordion lang="de"') && good.stdout.includes('application/ld+json'), `render: exit ${good.status}\n${good.stderr}`);
    const broken = join(work, 'faq-accordion.json');
    writeFileSync(broken, JSON.stringify({ items: [{ question: 'Q' }] }));
    const bad = run(broken);
    assert(bad.status === 1 && bad.stderr.startsWith(`${broken}: items[0].answer: is required`), `invalid: exit ${bad.status}\n${bad.stderr}`);
    assert(run(broken, '--heading-level', '9').status === 2, 'a bad heading level exits 2');
  });

  // Pages in Chromium, served from the consumer project.
  mkdirSync(join(app, 'content'));
  copyFileSync(join(repo, 'examples/content/indicator-tracker-full.json'), join(app, 'content/indicator-tracker-full.json'));
  const example = readFileSync(join(repo, 'examples/plain-html/index.html'), 'utf8');
  const bundlePage = example
    .replace('src="../../dist/bundle.js"', 'src="./node_modules/explainer-elements/dist/bundle.js"')
    .replace('src="../content/indicator-tracker-full.json"', 'src="./content/indicator-tracker-full.json"');
  assert(bundlePage.includes('./node_modules/explainer-elements/dist/bundle.js'), 'the example page loads dist/bundle.js');
  writeFileSync(join(app, 'bundle.html'), bundlePage);
  const importMap = {
    imports: {
      lit: './node_modules/lit/index.js',
      'lit/': './node_modules/lit/',
      'lit-html': './node_modules/lit-html/lit-html.js',
      'lit-html/': './node_modules/lit-html/',
      'lit-element/': './node_modules/lit-element/',
      '@lit/reactive-element': './node_modules/@lit/reactive-element/reactive-element.js',
      '@lit/reactive-element/': './node_modules/@lit/reactive-element/',
      '@lit/context': './node_modules/@lit/context/index.js',
      'explainer-elements/': './node_modules/explainer-elements/dist/',
    },
  };
  const entries = ['explainer-provider', 'cooperation-table', 'faq-accordion', 'misconception-card', 'indicator-tracker'];
  const entriesPage = bundlePage.replace(
    '<script type="module" src="./node_modules/explainer-elements/dist/bundle.js"></script>',
    `<script type="importmap">${JSON.stringify(importMap)}</script>\n    <script type="module">\n${entries.map((t) => `      import 'explainer-elements/${t}.js';`).join('\n')}\n    </script>`,
  );
  assert(entriesPage !== bundlePage, 'the import-map page differs');
  writeFileSync(join(app, 'entries.html'), entriesPage);

  // The autoloader example, with the two content files it fetches.
  mkdirSync(join(app, 'content/asean-germany'));
  for (const name of ['cooperation-table', 'faq-accordion']) {
    copyFileSync(join(repo, `examples/content/asean-germany/${name}.json`), join(app, `content/asean-germany/${name}.json`));
  }
  const autoloaderPage = readFileSync(join(repo, 'examples/plain-html/autoloader.html'), 'utf8')
    .replace('src="../../dist/autoloader.js"', 'src="./node_modules/explainer-elements/dist/autoloader.js"')
    .replaceAll('src="../content/', 'src="./content/');
  assert(autoloaderPage.includes('./node_modules/explainer-elements/dist/autoloader.js'), 'the autoloader page loads dist/autoloader.js');
  writeFileSync(join(app, 'autoloader.html'), autoloaderPage);
  const title = (name) => JSON.parse(readFileSync(join(repo, `examples/content/asean-germany/${name}.json`), 'utf8')).title;

  const expected = await plainHtmlExpectations();
  const server = await serveStatic(app, { probe: true });
  try {
    for (const engine of availableEngines({ required: process.env.REQUIRE_ENGINES === '1' })) {
      let browser;
      try {
        browser = await launchEngine(engine);
        for (const page of ['bundle.html', 'entries.html']) {
          await check(`${engine}: ${page === 'bundle.html' ? 'dist/bundle.js' : 'the per-tag entries with an import map'} renders every component from inline JSON`, async () => {
            const problems = await checkPage(browser, `${server.url}/${page}`, expected);
            assert(problems.length === 0, problems.join('\n'));
          });
        }
        await check(`${engine}: dist/autoloader.js loads the components of its page from dist/cdn/`, async () => {
          const problems = await checkPage(browser, `${server.url}/autoloader.html`, [
            { tag: 'cooperation-table', title: title('cooperation-table') },
            { tag: 'faq-accordion', title: title('faq-accordion') },
          ]);
          assert(problems.length === 0, problems.join('\n'));
        });
      } finally {
        await browser?.close();
      }
    }
  } finally {
    await server.close();
  }
} catch (error) {
  failed += 1;
  console.log(`  FAIL setup: ${error instanceof Error ? `${error.message}\n${error.stderr ?? ''}` : error}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`consumer: took ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
