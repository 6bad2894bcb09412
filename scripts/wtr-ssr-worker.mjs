// The child process behind scripts/wtr-ssr.mjs: renders with the project's own renderToString (src/ssr.ts, through
// tsx), so the browser tests get server HTML from the sources, never from dist/ or a committed file. It answers
// { id, tag, content, options } messages with { id, html } or { id, error }.
const { renderToString } = await import('../src/ssr.ts');

process.on('message', async ({ id, tag, content, options }) => {
  try {
    process.send({ id, html: await renderToString(tag, content, options) });
  } catch (error) {
    process.send({ id, error: { name: error.name, message: error.message, errors: error.errors } });
  }
});
process.send({ ready: true });
