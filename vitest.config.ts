import { defineConfig } from 'vitest/config';

/** Three projects: fast pure tests, integration tests on a real database, end-to-end tests in Chromium. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          // Ten files seed the whole demo district first: ~20 s each on an idle 2-core
          // machine, several times that when other work shares the cores.
          hookTimeout: 300_000,
          // Each file gets its own database; two at once fit the 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
