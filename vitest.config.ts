import { defineConfig } from 'vitest/config';
import { messageCatalogues } from './scripts/messageCatalogues.js';

// One run for every test: unit, integration, contract (every store), fuzz and browser (e2e).
// test/setup/environment.ts prints loudly which optional parts (PostgreSQL, Redis, Chromium)
// were skipped, and fails the run when CI asked for them (E2E=required, DATABASE_URL set).
export default defineConfig({
  // The web app's message catalogues, compiled as the build compiles them (docs/i18n.md).
  plugins: [messageCatalogues(`${import.meta.dirname}/src/shared/i18n/catalogues`)],
  test: {
    include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['test/setup/environment.ts'],
    reporters: ['default', './test/setup/summaryReporter.ts'],
    pool: 'forks',
    // The PostgreSQL store's master key (docs/SPEC.md P4) for every test and the servers and
    // CLIs they start, so none writes a master.key into the working folder.
    env: { OPENCITIES_MASTER_KEY: '7e57'.repeat(16) },
    testTimeout: 30_000,
    // On CI (a loaded machine, two runs) a failed test runs once more; one that then passes is
    // listed as flaky at the end of the run (test/setup/summaryReporter.ts), never silently.
    retry: process.env.CI ? 1 : 0,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
