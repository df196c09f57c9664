import { defineConfig } from 'vitest/config';

// Three projects: unit tests in Node, browser tests that drive the built extension in Debian
// Chromium (test/browser/), and end-to-end tests in Debian Firefox ESR (test/firefox/).
// `npm test` builds first, then runs all three.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/browser/**', 'test/firefox/**'],
          environment: 'node',
          // Property tests and the 25,000-note import run many cases: seconds, not milliseconds.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: CI has two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
