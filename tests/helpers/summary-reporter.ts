import type { Reporter, SerializedError, TestModule, TestRunEndReason, TestSpecification } from 'vitest/node';

/**
 * Prints one plain closing line after the run — `tests: 239 passed, 0 failed, 0 skipped` — so tools
 * that do not parse Vitest's own summary can still read the result. A test file that failed as a
 * whole (a failing setup hook, a missing browser, an import error), a file that never ran (a failing
 * global setup stops the run before any file starts) and an unhandled error each count as failed
 * too, so the line can never say `0 failed` for a run that failed.
 */
export default class SummaryReporter implements Reporter {
  private planned = 0;

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.planned = specifications.length;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
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
      // A file whose own errors (setup, collection) failed it without any failing test, or that never finished.
      const state = module.state();
      if (failedTests === 0 && (state === 'failed' || state === 'pending' || state === 'queued' || module.errors().length > 0)) counts.failed++;
    }
    // Files the run was to hold that never started: a global setup threw before them.
    const notRun = Math.max(0, this.planned - modules.length);
    counts.failed += notRun + unhandledErrors.length;
    // Vitest's own verdict has the last word (an error thrown outside any file, e.g. by a global setup, reaches no hook).
    if (reason === 'failed' && counts.failed === 0) counts.failed = 1;
    const note = notRun ? ` (${notRun} file${notRun === 1 ? '' : 's'} did not run)` : '';
    console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${note}`);
  }
}
