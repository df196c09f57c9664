import builtMatchData from 'virtual:right-of-reply/match-data';
import { corpus } from '../../data/corpus.ts';
import { indexCorpus } from '../../lib/corpus/corpus-index.ts';
import { findInSegments } from '../../lib/dom/match-request.ts';
import type { MatchData } from '../../lib/match/match-data.ts';
import { compileMatcher, type ClaimMatcher } from '../../lib/match/matcher.ts';
import { onMessage } from '../messaging.ts';

const matchData = builtMatchData as MatchData;

export function registerCorpusService(): void {
  const index = indexCorpus(corpus);
  onMessage('corpus.getClaimDetails', ({ data: claimId }) => index.resolve(claimId) ?? null);
  // Compiled on the first page that asks (a paused page never does), then kept while the
  // background lives: pages no longer compile the corpus each.
  let matcher: ClaimMatcher | null = null;
  onMessage('corpus.matchSegments', ({ data: requests }) => {
    matcher ??= compileMatcher(matchData.claims);
    return findInSegments(matcher, requests);
  });
}
