// A minimal static file server on 127.0.0.1 for smoke tests and benchmarks (no dependencies).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { PROBE_SCRIPT } from './page-driver.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Files served under fixed paths when `probe` is on: the page probe and axe-core. */
const PROBE_FILES = {
  '/__probe__.js': async () => PROBE_SCRIPT,
  '/__axe__.js': () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js')),
};

/**
 * Serves `root` on 127.0.0.1 at a free port. `headers(path)` may add response headers (e.g. a CSP). With `probe`,
 * every HTML page loads /__probe__.js first (see page-driver.mjs) and /__axe__.js serves axe-core.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, { headers = () => ({}), probe = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (probe && PROBE_FILES[path]) {
        res.writeHead(200, { 'content-type': TYPES['.js'] });
        res.end(await PROBE_FILES[path]());
        return;
      }
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (probe && extname(file) === '.html') body = String(body).replace(/<head>/i, '<head><script src="/__probe__.js"></script>');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
