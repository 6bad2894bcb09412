// A web-test-runner reporter that writes the totals to a file, so scripts/test.mjs can print
// `N passed, N failed, N skipped` as the very last line. A test file that fails to load counts as a failure.
import { writeFileSync } from 'node:fs';

// It also lists each failure (file, suite and test names, the error's first line), so the closing block of
// `npm test` names what failed even when a log is cut.
const firstLine = (error) => String(error?.message ?? error ?? '').split('\n')[0].slice(0, 200);

function countSuite(suite, totals, file, names = []) {
  const path = suite.name ? [...names, suite.name] : names;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`${file}: ${[...path, test.name].join(' > ')}: ${firstLine(test.error)}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, totals, file, path);
}

export function countReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        if (session.testResults) countSuite(session.testResults, totals, file);
        // A file that failed to import, or errored outside a test, has errors but may report no tests.
        for (const error of session.errors ?? []) {
          totals.failed += 1;
          totals.failures.push(`${file}: ${firstLine(error)}`);
        }
      }
      writeFileSync(outFile, JSON.stringify(totals));
    },
  };
}
