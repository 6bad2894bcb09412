// Starts what WebKitGTK needs to run under test: an X display (Xvfb, on a free display number) and the WebKitWebDriver
// server (on a free port), and stops both afterwards. Used by scripts/test.mjs and the example/consumer smoke tests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { findEngines } from './engines.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb with `-displayfd`, so the X server picks a free display and tells us which. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 20 s: ${stderr.trim()}`)), 20000);
    child.stdio[3].on('data', (chunk) => {
      clearTimeout(timer);
      resolve({ child, display: `:${String(chunk).trim()}` });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`));
    });
  });
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer in 20 s');
}

/**
 * Starts Xvfb (unless DISPLAY is set and WEBKIT_USE_DISPLAY=1) and WebKitWebDriver; resolves to
 * `{ port, display, browser, stop() }`. `browser` is the MiniBrowser binary to name in the session's capabilities.
 */
export async function startWebKitDriver() {
  const { webkit, xvfb } = findEngines();
  if (!webkit) throw new Error('WebKitWebDriver or MiniBrowser not found');
  let display = process.env.WEBKIT_USE_DISPLAY === '1' ? process.env.DISPLAY : undefined;
  let xserver;
  if (!display) {
    if (!xvfb) throw new Error('Xvfb not found (WebKitGTK needs an X display): sudo apt-get install -y xvfb');
    ({ child: xserver, display } = await startXvfb(xvfb));
  }
  const port = await freePort();
  const driver = spawn(webkit.driver, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
  });
  const stop = async () => {
    for (const child of [driver, xserver]) {
      if (child && child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => {
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 3000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    }
  };
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, display, browser: webkit.browser, stop };
}

/** WebDriver capabilities for a MiniBrowser session under automation. */
export function webkitCapabilities(browser) {
  return { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } };
}
