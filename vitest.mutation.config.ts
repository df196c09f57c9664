import { defineConfig } from 'vitest/config';

// The unit tests that guard the framework-free core, for `npm run mutation` (Stryker): the
// matcher, normaliser and tokeniser, word forms, and corpus validation.
export default defineConfig({
  test: {
    include: ['test/match/**/*.test.ts', 'test/corpus/**/*.test.ts', 'test/corpus*.test.ts'],
    environment: 'node',
    // Instrumented code runs several times slower than the real thing.
    testTimeout: 60_000,
  },
});
