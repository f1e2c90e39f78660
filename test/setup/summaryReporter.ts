import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `Tests: N passed, N failed, N skipped`, that tools reading
 * test output understand whatever the runner (vitest's own summary has another shape). Before
 * it, loudly, the tests that passed only when run again (CI's one retry, vitest.config.ts): a
 * flaky test is still a fault to look at, not a pass to forget.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    const flaky: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (test.diagnostic()?.flaky) flaky.push(`  - ${module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}`);
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
    if (flaky.length > 0) console.log(['', 'FLAKY — these passed only when run again:', ...flaky].join('\n'));
    console.log(`\nTests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  }
}
