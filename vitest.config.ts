import { defineConfig } from 'vitest/config';

// One runner for the whole repository; `npm test` runs every project.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'api',
          root: './apps/api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['./test/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: { name: 'web', root: './apps/web', include: ['test/**/*.test.ts'], environment: 'node' },
      },
      {
        // The launcher's own logic (scripts/lib), against tiny fake child processes.
        test: { name: 'scripts', root: './scripts', include: ['**/*.test.mjs'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          root: './e2e',
          include: ['**/*.e2e.ts'],
          globalSetup: ['./support/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // Journeys share one running product and one browser; run their files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
