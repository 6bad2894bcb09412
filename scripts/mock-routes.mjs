// A web-test-runner (dev server) middleware serving faulty `src` responses for the tests, under /mock/, and the
// strict-CSP test pages (/test/security/csp-page.html, /test/security/csp-json-ld.html[?policy=refused],
// /test/security/csp-html.html[?policy=refused]).
//   /mock/status/<code>        that HTTP status, JSON body
//   /mock/text                 200 with content-type text/html
//   /mock/invalid-json         200, application/json, not JSON
//   /mock/big                  200, application/json, a 5 MB body
//   /mock/slow?ms=N&file=PATH  waits N ms (at most 20 s), then serves PATH (a JSON file of the project) or {}
//   /mock/echo?json=...        200, application/json, the given text
//   /mock/slow?ms=N&json=...   waits N ms (at most 20 s), then serves the given text as JSON
//   /mock/once?key=K&file=PATH the first request for K serves PATH; every later one answers 500 (a failing reload)
//   /mock/fuzz-seed            {"seed": FUZZ_SEED from the environment, or null}: replays a fuzzing run
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';

const root = process.cwd();

/** Keys already served by /mock/once. */
const served = new Set();

/** The strict policy of the CSP test page (test/security/csp-page.html). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/**
 * The structured-data and HTML-content CSP pages (test/security/csp-json-ld-page.ts, csp-html-page.ts): the strict
 * policy with policy names restricted, allowing the package's `explainer-elements` Trusted Types policy or (with
 * `?policy=refused`) only Lit's.
 */
export const jsonLdCsp = (allowed) => `${STRICT_CSP}; trusted-types lit-html${allowed ? ' explainer-elements' : ''}`;

export function mockRoutes() {
  return async function mockRoutesMiddleware(context, next) {
    if (context.path === '/test/security/csp-page.html') {
      context.type = 'text/html';
      context.body = await cspPage();
      context.set('Content-Security-Policy', STRICT_CSP);
      return;
    }
    if (context.path === '/test/security/csp-json-ld.html') {
      context.type = 'text/html';
      context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Structured data under Trusted Types</title>
<script type="module" src="/test/security/csp-json-ld-page.ts"></script></head><body><main id="root"></main></body></html>`;
      context.set('Content-Security-Policy', jsonLdCsp(context.query.policy !== 'refused'));
      return;
    }
    if (context.path === '/test/security/csp-html.html') {
      context.type = 'text/html';
      context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>HTML content under Trusted Types</title>
<script type="module" src="/test/security/csp-html-page.ts"></script></head><body><main id="root"></main></body></html>`;
      context.set('Content-Security-Policy', jsonLdCsp(context.query.policy !== 'refused'));
      return;
    }
    if (!context.path.startsWith('/mock/')) return next();
    const result = await respond(context);
    context.status = result.status ?? 200;
    context.type = result.type;
    context.body = result.body;
  };
}

/**
 * The CSP test page, as a CMS would emit it: every component with its example content as inline JSON in the
 * HTML (under Trusted Types, scripts cannot create inline JSON), plus an external module that adds the rest.
 */
async function cspPage() {
  const components = JSON.parse(await readFile(resolve(root, 'test/security/components.json'), 'utf8'));
  const parts = await Promise.all(
    components.map(async ({ tag, file }) => {
      const json = await readFile(resolve(root, 'examples/content/asean-germany', file), 'utf8');
      return `<${tag} data-route="inline" data-file="${file}"><script type="application/json">${json.replace(/</g, '\\u003c')}</script></${tag}>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP and Trusted Types</title>
<script type="module" src="/test/security/csp-page.ts"></script></head>
<body><main id="root">${parts.join('\n')}</main></body></html>`;
}

async function respond(context) {
  const url = new URL(context.url, 'http://localhost');
  const json = (body, status = 200) => ({ body, status, type: 'application/json' });
  const status = /^\/mock\/status\/(\d{3})$/.exec(url.pathname);
  if (status) return json('{"error":true}', Number(status[1]));
  switch (url.pathname) {
    case '/mock/text':
      return { body: '<html><body>not json</body></html>', type: 'text/html' };
    case '/mock/invalid-json':
      return json('{"items": [');
    case '/mock/big':
      return json(`{"items":[],"padding":"${'x'.repeat(5 * 1024 * 1024)}"}`);
    case '/mock/echo':
      return json(url.searchParams.get('json') ?? '{}');
    case '/mock/slow': {
      const ms = Math.min(Number(url.searchParams.get('ms') ?? 1000), 20000);
      await new Promise((r) => setTimeout(r, ms));
      const text = url.searchParams.get('json');
      if (text !== null) return json(text);
      return projectFile(url.searchParams.get('file'), json);
    }
    case '/mock/once': {
      const key = url.searchParams.get('key') ?? '';
      if (served.has(key)) return json('{"error":true}', 500);
      served.add(key);
      return projectFile(url.searchParams.get('file'), json);
    }
    case '/mock/fuzz-seed': {
      const seed = Number.parseInt(process.env.FUZZ_SEED ?? '', 10);
      return json(JSON.stringify({ seed: Number.isFinite(seed) ? seed : null }));
    }
    default:
      return json('{}', 404);
  }
}

/** A JSON file of the project (no path outside it), or `{}` when none is named. */
async function projectFile(file, json) {
  if (!file) return json('{}');
  const path = resolve(root, `.${file}`);
  if (relative(root, path).startsWith('..')) return json('{}', 403);
  return json(await readFile(path, 'utf8'));
}
