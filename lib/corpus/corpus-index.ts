import type { Claim, ClaimResponse, Corpus, Slate, Source } from './corpus-schema.ts';

// Look-ups by id over a validated corpus, and the resolved view of a claim the popover shows.

export interface ResolvedResponse {
  response: ClaimResponse;
  slate: Slate;
  source: Source;
}

export interface ResolvedClaim {
  claim: Claim;
  slate: Slate;
  source: Source;
  responses: ResolvedResponse[];
}

export interface CorpusIndex {
  readonly corpus: Corpus;
  claim(id: string): Claim | undefined;
  slate(id: string): Slate | undefined;
  resolve(claimId: string): ResolvedClaim | undefined;
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

export function indexCorpus(corpus: Corpus): CorpusIndex {
  const claims = byId(corpus.claims);
  const slates = byId(corpus.slates);
  const sources = byId(corpus.sources);
  return {
    corpus,
    claim: (id) => claims.get(id),
    slate: (id) => slates.get(id),
    resolve(claimId) {
      const claim = claims.get(claimId);
      if (claim === undefined) return undefined;
      const slate = slates.get(claim.slate);
      const source = sources.get(claim.source);
      if (slate === undefined || source === undefined) return undefined;
      const responses: ResolvedResponse[] = [];
      for (const response of claim.responses) {
        const responseSlate = slates.get(response.slate);
        const responseSource = sources.get(response.source);
        if (responseSlate && responseSource) {
          responses.push({ response, slate: responseSlate, source: responseSource });
        }
      }
      return { claim, slate, source, responses };
    },
  };
}
