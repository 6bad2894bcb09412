#!/usr/bin/env node
// `npm run example:ssr` (after `npm run build`): builds a static page from the example content with the Node API,
// as a portal's build or server would: examples/ssr/out/index.html. Every section is rendered on the server
// (declarative shadow DOM, the content as inline JSON), so the page reads in full without script; dist/bundle.js then
// hydrates it: the same nodes become the live components. The FAQ and the cards carry their structured data, written
// here and kept in step in the browser (the `structured-data` attribute takes the server's script over).
// `npm run serve` serves it at /examples/ssr/out/index.html.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { renderToString } from 'explainer-elements/ssr.js';

const content = async (name) => JSON.parse(await readFile(new URL(`../content/${name}.json`, import.meta.url), 'utf8'));
const url = 'https://example.org/explainers/asean-germany';
const options = { locale: 'en', headingLevel: 2 };

const sections = [
  await renderToString('cooperation-table', await content('asean-germany/cooperation-table'), { ...options, attributes: { sortable: true, filterable: true, downloadable: true } }),
  await renderToString('faq-accordion', await content('asean-germany/faq-accordion'), { ...options, attributes: { 'copy-links': true, 'structured-data': true }, jsonLd: { url } }),
  await renderToString('misconception-card', await content('asean-germany/misconception-card'), { ...options, attributes: { reveal: true, 'structured-data': true }, jsonLd: { url, author: 'Example News' } }),
  await renderToString('indicator-tracker', await content('asean-germany/indicator-tracker'), options),
  await renderToString('indicator-tracker', await content('indicator-tracker-full'), { ...options, headingLevel: 3, attributes: { filterable: true } }),
];

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>ASEAN–Germany security cooperation: an explainer (server-rendered example)</title>
    <link rel="canonical" href="${url}" />
    <!-- Hydration support comes first inside bundle.js: the server's markup becomes the live components. -->
    <script type="module" src="../../../dist/bundle.js"></script>
    <style>
      body { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; font: 1.05rem/1.55 system-ui, sans-serif; }
      main > * + * { margin-block-start: 2.5rem; }
    </style>
  </head>
  <body>
    <main>
      <h1>ASEAN and Germany: from trade to security partnership</h1>
      <p>Every section below was rendered on the server from the same JSON the components read: it reads in full without script, and turns into the interactive components when the script arrives.</p>
      ${sections.join('\n      ')}
    </main>
  </body>
</html>
`;

const out = new URL('out/', import.meta.url);
await mkdir(out, { recursive: true });
await writeFile(new URL('index.html', out), page);
console.log(`example:ssr: wrote examples/ssr/out/index.html (${Math.round(page.length / 1024)} KB, ${sections.length} sections)`);
