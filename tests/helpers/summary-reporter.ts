import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line after the run — `tests: 239 passed, 0 failed, 0 skipped` — so tools
 * that do not parse Vitest's own summary can still read the result. A test file that failed as a
 * whole (a failing setup hook, a missing browser, an import error) and an unhandled error each count
 * as failed too, so the line can never say `0 failed` for a run that failed.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') failedTests++;
        else counts.skipped++;
      }
      counts.failed += failedTests;
      // A file whose own errors (setup, collection) failed it without any failing test.
      if (failedTests === 0 && (module.state() === 'failed' || module.errors().length > 0)) counts.failed++;
    }
    counts.failed += unhandledErrors.length;
    console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
