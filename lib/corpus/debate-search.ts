import MiniSearch from 'minisearch';
import type { Claim } from './corpus-schema.ts';

// Full-text search over the whole debate: each claim with its summary, quote, other wordings,
// topics and every answer to it, so a reader finds a claim by what either side said. MiniSearch
// does the indexing and ranking (prefix and a little fuzziness, summaries weighted highest); the
// filters by slate, topic and source narrow what it finds.

export interface DebateFilters {
  query: string;
  slate: string | null;
  topic: string | null;
  /** A source the claim or one of its answers comes from. */
  source: string | null;
}

export const NO_FILTERS: DebateFilters = { query: '', slate: null, topic: null, source: null };

interface ClaimDocument {
  id: string;
  summary: string;
  quote: string;
  answers: string;
  topics: string;
}

/** "internal-democracy" → "internal democracy". */
export function topicLabel(topic: string): string {
  return topic.replaceAll('-', ' ');
}

export interface DebateSearch {
  /** Matching claims: by relevance for a query, otherwise in corpus order. */
  search(filters: DebateFilters): Claim[];
  /** Every topic the claims carry, alphabetically. */
  readonly topics: readonly string[];
}

export function createDebateSearch(claims: readonly Claim[]): DebateSearch {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const index = new MiniSearch<ClaimDocument>({
    fields: ['summary', 'quote', 'answers', 'topics'],
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { summary: 2, quote: 1.5 } },
  });
  index.addAll(
    claims.map((claim) => ({
      id: claim.id,
      summary: claim.summary,
      quote: [claim.quote, ...(claim.alsoSaid ?? []).map((said) => said.quote)].join('\n'),
      answers: claim.responses.map((response) => response.quote).join('\n'),
      topics: claim.topics.map(topicLabel).join('\n'),
    })),
  );
  const passes = (claim: Claim, filters: DebateFilters): boolean =>
    (filters.slate === null || claim.slate === filters.slate) &&
    (filters.topic === null || claim.topics.includes(filters.topic)) &&
    (filters.source === null ||
      claim.source === filters.source ||
      claim.responses.some((response) => response.source === filters.source));

  return {
    search(filters) {
      const query = filters.query.trim();
      const found =
        query === ''
          ? claims
          : index.search(query).flatMap((result) => {
              const claim = byId.get(String(result.id));
              return claim === undefined ? [] : [claim];
            });
      return found.filter((claim) => passes(claim, filters));
    },
    topics: [...new Set(claims.flatMap((claim) => claim.topics))].sort(),
  };
}
