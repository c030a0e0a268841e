import { defineConfig } from 'vitest/config';
import { apiMockedFiles } from './apps/api/test/mocked-files.js';

// One runner for the whole repository; `npm test` runs every project.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'api',
          root: './apps/api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: apiMockedFiles,
          globalSetup: ['./test/global-setup.ts'],
          environment: 'node',
          // The files of a worker share one module graph: the app is imported once per worker, not once per
          // file (7 min -> 4 min here). Each file still builds its own app over its own database.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Files that replace one of the app's modules (vi.mock) need a module graph of their own (mocked-files.ts).
        test: {
          name: 'api-mocked',
          root: './apps/api',
          include: apiMockedFiles,
          globalSetup: ['./test/global-setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          root: './apps/web',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          // next-intl imports `next/navigation` without an extension, which Node's ESM loader cannot resolve.
          server: { deps: { inline: ['next-intl'] } },
        },
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
