import { defineConfig } from 'vitest/config';

/** Tests that run an astro build or dev server of their own: one at a time (every build writes the project's .astro/ folder). */
const ownBuilds = ['test/build/content-errors.test.ts', 'test/build/incremental.test.ts', 'test/build/subscriptions.test.ts', 'test/browser/cms.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'builds',
          include: ownBuilds,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One at a time, beside the site's tests (fileParallelism: false would run them after).
          maxWorkers: 1,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          exclude: ownBuilds,
          // Builds the fixture site once and serves it with one astro preview for the run.
          globalSetup: ['test/helpers/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Two files at a time: a browser test mostly waits on Chromium's processes.
          maxWorkers: 2,
        },
      },
    ],
  },
});
