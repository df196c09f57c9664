import type { ClaimMatcher, Hit } from '../match/matcher.ts';

// What the page layer sends to be matched, and how a matcher answers it: in the background for the
// content script (which then holds no corpus), in the page itself for tests and the benchmark.

/** One segment of page text to match, with the text either side for context words. */
export interface MatchRequest {
  text: string;
  before: string;
  after: string;
}

/** Hits per request, offsets into that request's text. */
export function findInSegments(matcher: ClaimMatcher, requests: readonly MatchRequest[]): Hit[][] {
  return requests.map(({ text, before, after }) =>
    matcher.find(text, { before: () => before, after: () => after }),
  );
}
