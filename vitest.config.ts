import { defineConfig } from 'vitest/config';

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
          name: 'build',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/helpers/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Two files at a time: a browser test mostly waits on Chromium's processes, a build
          // test on its astro build; one at a time left a core idle most of the run.
          maxWorkers: 2,
        },
      },
    ],
  },
});
