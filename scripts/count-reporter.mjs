// A web-test-runner reporter that writes the totals to a file, so scripts/test.mjs can print
// `N passed, N failed, N skipped` as the very last line. A test file that fails to load counts as a failure.
import { writeFileSync } from 'node:fs';

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function countReporter(outFile) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that failed to import, or errored outside a test, has errors but may report no tests.
        if ((session.errors?.length ?? 0) > 0) totals.failed += session.errors.length;
      }
      writeFileSync(outFile, JSON.stringify(totals));
    },
  };
}
