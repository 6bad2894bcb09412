import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { mockRoutes } from './scripts/mock-routes.mjs';
import { enginePlugin } from './scripts/wtr-engine.mjs';
import { reactPlugin } from './scripts/wtr-react.mjs';
import { ssrPlugin } from './scripts/wtr-ssr.mjs';
import { cdnPlugin } from './scripts/wtr-cdn.mjs';
import { CHROME_ARGS } from './scripts/find-chrome.mjs';
import { findEngines } from './scripts/engines.mjs';
import { webkitCapabilities } from './scripts/webkit-driver.mjs';

// One engine per run: EXPLAINER_ENGINE is chromium (default), firefox or webkit. scripts/test.mjs runs each engine it
// finds in turn (starting Xvfb and WebKitWebDriver for webkit) and sums the results.
const engine = process.env.EXPLAINER_ENGINE ?? 'chromium';
const found = findEngines();

function browser() {
  switch (engine) {
    case 'chromium':
      return chromeLauncher({
        launchOptions: { executablePath: found.chromium, headless: true, args: [...CHROME_ARGS, '--js-flags=--expose-gc'] },
      });
    case 'firefox':
      // puppeteer-core drives Firefox over WebDriver BiDi; a fresh profile per run.
      return chromeLauncher({
        // Passing puppeteer-core itself names the browser after `launchOptions.browser` in the report.
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath: found.firefox,
          headless: true,
          extraPrefsFirefox: {
            // Background pages get no animation frames otherwise; keep timers precise for focus and axe.
            'dom.min_background_timeout_value': 0,
            'browser.tabs.remote.autostart': true,
          },
        },
      });
    case 'webkit': {
      const launcher = webdriverLauncher({
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
        path: '/',
        logLevel: 'error',
        capabilities: webkitCapabilities(found.webkit?.browser),
      });
      // The launcher names the browser after `browserName`, which WebKitGTK's driver refuses to match.
      const initialize = launcher.initialize.bind(launcher);
      launcher.initialize = async (...init) => {
        await initialize(...init);
        launcher.name = 'WebKit';
      };
      return launcher;
    }
    default:
      throw new Error(`EXPLAINER_ENGINE=${engine}: expected chromium, firefox or webkit`);
  }
}

export default {
  // test/node holds Node tests (node:test), run by scripts/test.mjs.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: a background tab gets no animation frames, which axe-core and focus tests need.
  concurrency: 1,
  testFramework: { config: { timeout: engine === 'chromium' ? 5000 : 10000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 120000,
  middleware: [mockRoutes()],
  // enginePlugin: the `engine` command (which engine runs the test) and the media and viewport commands where the
  // engine's driver lacks them. reactPlugin: React 19 and 18 as ES modules for the React wrapper tests (test/react/).
  // ssrPlugin: server HTML rendered from the sources in Node, pages to load it in, network throttling (test/server/).
  // cdnPlugin: the autoloader's CDN build under /__cdn/ (test/autoloader/).
  plugins: [
    enginePlugin(engine),
    reactPlugin(),
    ssrPlugin(engine),
    cdnPlugin(),
    a11ySnapshotPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [browser()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['node_modules/**', 'test/**', 'stories/**'],
    threshold: { statements: 90, lines: 90, functions: 90, branches: 85 },
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter(process.env.EXPLAINER_RESULTS ?? '.test-results.json')],
};
