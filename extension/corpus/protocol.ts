import type { ResolvedClaim } from '../../lib/corpus/corpus-index.ts';
import type { MatchRequest } from '../../lib/dom/match-request.ts';
import type { Hit } from '../../lib/match/matcher.ts';

// The corpus lives in the background: content scripts send it a page's text to match, and ask for
// one claim's quote and answers when its popover opens.
export interface CorpusProtocol {
  'corpus.getClaimDetails'(claimId: string): ResolvedClaim | null;
  /** Content script -> background: hits in each segment of page text. */
  'corpus.matchSegments'(requests: MatchRequest[]): Hit[][];
}
