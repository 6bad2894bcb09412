// A web-test-runner plugin for the server-rendering tests (test/server/): server HTML made in Node, at test time,
// from the sources, and pages to load it in.
//   ssr-render { tag, content, options }   → { html } or { error: { name, message, errors } }: renderToString() in
//                                            a child process (scripts/wtr-ssr-worker.mjs, through tsx)
//   ssr-page { html }                      → { url }: serves `html` as a page at /__ssr__/page/<n>.html (a real URL,
//                                            so fragments, history and relative module URLs work as on a site)
//   ssr-throttle { latency, throughput } | null  Chromium only: network throttling through the DevTools protocol
//                                            (latency in ms, throughput in bytes/s), with the cache bypassed as on a
//                                            first visit; null turns both off. Answers false where the engine's
//                                            driver has no such thing.
import { fork } from 'node:child_process';

/** One DevTools session per page: network emulation lasts as long as the session that set it. */
const cdpSessions = new WeakMap();

async function cdp(page) {
  let session = cdpSessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    await session.send('Network.enable');
    cdpSessions.set(page, session);
  }
  return session;
}

const PAGE = /^\/__ssr__\/page\/(\d+)\.html$/;

export function ssrPlugin(engine) {
  let worker;
  let ready;
  let next = 0;
  const waiting = new Map();
  const pages = new Map();

  function start() {
    worker = fork(new URL('./wtr-ssr-worker.mjs', import.meta.url), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    ready = new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the SSR worker exited (${code})`)));
      worker.on('message', (message) => {
        if (message.ready) return resolve();
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
      });
    });
    return ready;
  }

  async function render(payload) {
    if (!worker) await start();
    await ready;
    const id = ++next;
    return new Promise((resolve) => {
      waiting.set(id, ({ html, error }) => resolve(error ? { error } : { html }));
      worker.send({ id, ...payload });
    });
  }

  return {
    name: 'explainer-ssr',
    serverStop() {
      worker?.kill();
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'ssr-render') return render(payload);
      if (command === 'ssr-page') {
        const id = pages.size + 1;
        pages.set(id, payload.html);
        return { url: `/__ssr__/page/${id}.html` };
      }
      if (command === 'ssr-throttle') {
        if (engine !== 'chromium') return false;
        const client = await cdp(session.browser.getPage(session.id));
        const on = payload !== null;
        await client.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: on ? payload.latency : 0,
          downloadThroughput: on ? payload.throughput : -1,
          uploadThroughput: on ? payload.throughput : -1,
        });
        // Throttling does not slow what the browser's cache answers: bypass it meanwhile, as on a first visit.
        await client.send('Network.setCacheDisabled', { cacheDisabled: on });
        return true;
      }
      return undefined;
    },
    serve(context) {
      const match = PAGE.exec(context.path);
      if (!match) return undefined;
      const html = pages.get(Number(match[1]));
      return html === undefined ? undefined : { body: html, type: 'html', headers: { 'cache-control': 'no-store' } };
    },
  };
}
