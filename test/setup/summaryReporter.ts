import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `Tests: N passed, N failed, N skipped`, that tools reading
 * test output understand whatever the runner (vitest's own summary has another shape).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
    }
    // A file whose set-up failed (a hook threw, the web app not built) ran none of its tests:
    // they count as failed, not skipped, so the line never says "0 failed" on a failed run.
    for (const module of testModules) {
      if (module.state() !== 'failed') continue;
      for (const test of module.children.allTests())
        if (test.result().state === 'skipped' && test.options.mode === 'run') {
          count.skipped--;
          count.failed++;
        }
    }
    console.log(`\nTests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  }
}
