import type { ResolvedClaim } from '../../lib/corpus/corpus-index.ts';

// The full corpus (quotes, answers, sources) lives in the background; content scripts ask for
// one claim when its popover opens.
export interface CorpusProtocol {
  getClaimDetails(claimId: string): ResolvedClaim | null;
}
