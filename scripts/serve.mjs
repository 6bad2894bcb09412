#!/usr/bin/env node
// Serves the project folder on 127.0.0.1 so the plain-HTML examples can be opened in a browser
// (run `npm run build` first: they load dist/bundle.js).
import { serveStatic } from './static-server.mjs';

const server = await serveStatic('.');
console.log(`Plain-HTML examples: ${server.url}/examples/plain-html/index.html (bundle.js), ${server.url}/examples/plain-html/autoloader.html (autoloader.js)  (Ctrl+C to stop)`);
