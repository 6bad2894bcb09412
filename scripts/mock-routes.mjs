// A web-test-runner (dev server) middleware serving faulty `src` responses for the tests, under /mock/.
//   /mock/status/<code>        that HTTP status, JSON body
//   /mock/text                 200 with content-type text/html
//   /mock/invalid-json         200, application/json, not JSON
//   /mock/big                  200, application/json, a 5 MB body
//   /mock/slow?ms=N&file=PATH  waits N ms (at most 20 s), then serves PATH (a JSON file of the project) or {}
//   /mock/echo?json=...        200, application/json, the given text
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';

const root = process.cwd();

export function mockRoutes() {
  return async function mockRoutesMiddleware(context, next) {
    if (!context.path.startsWith('/mock/')) return next();
    const result = await respond(context);
    context.status = result.status ?? 200;
    context.type = result.type;
    context.body = result.body;
  };
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
      const file = url.searchParams.get('file');
      if (!file) return json('{}');
      const path = resolve(root, `.${file}`);
      if (relative(root, path).startsWith('..')) return json('{}', 403);
      return json(await readFile(path, 'utf8'));
    }
    default:
      return json('{}', 404);
  }
}
