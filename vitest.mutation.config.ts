import { defineConfig } from 'vitest/config';

// The unit tests that guard the framework-free core, for `npm run mutation` (Stryker): the
// matcher, normaliser and tokeniser, word forms, and corpus validation, each on small inputs made
// for the purpose. The tests of the shipped corpus (test/corpus.test.ts, test/corpus-matching.test.ts,
// test/match/concept-format.test.ts) are left out: they validate or match the whole corpus, which
// instrumented code does slowly for every mutant they reach, and the unit tests kill what they kill.
export default defineConfig({
  test: {
    include: ['test/match/**/*.test.ts', 'test/corpus/**/*.test.ts'],
    exclude: ['test/match/concept-format.test.ts'],
    environment: 'node',
    // Instrumented code runs several times slower than the real thing.
    testTimeout: 60_000,
  },
});
