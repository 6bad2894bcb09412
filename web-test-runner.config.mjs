import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { mockRoutes } from './scripts/mock-routes.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors.mjs';
import { reactPlugin } from './scripts/wtr-react.mjs';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';

const executablePath = findChrome();

export default {
  // test/node holds Node tests (node:test), run by scripts/test.mjs.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: a background tab gets no animation frames, which axe-core and focus tests need.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  testsFinishTimeout: 240000,
  middleware: [mockRoutes()],
  // reactPlugin: React 19 and 18 as ES modules for the React wrapper tests (test/react/).
  plugins: [reactPlugin(), forcedColorsPlugin(), a11ySnapshotPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: [...CHROME_ARGS, '--js-flags=--expose-gc'] },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['node_modules/**', 'test/**', 'stories/**'],
    threshold: { statements: 90, lines: 90, functions: 90, branches: 85 },
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('.test-results.json')],
};
