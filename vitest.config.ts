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
          // Builds and the browser share two cores: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
