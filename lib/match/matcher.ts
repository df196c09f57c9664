import type { Concept, MatchForm, Synonyms } from '../corpus/corpus-schema.ts';
import { ConceptFinder } from './concepts.ts';
import { LiteralForms, type SurroundingText } from './literal-forms.ts';
import { normalise } from './normalise.ts';
import { PageTokens } from './page-tokens.ts';
import { OTHER_WORD, PageWords } from './page-words.ts';
import { forEachToken } from './tokenise.ts';

// Finds every corpus claim in a text in one pass over its tokens: quoted (a claim's literal forms,
// its own words reprinted) and restated (its concept patterns, its ideas in other words within one
// sentence). The page is tokenised once; each token costs a look-up in each index.

export type { SurroundingText } from './literal-forms.ts';

export interface MatchableClaim {
  id: string;
  slate: string;
  match: readonly MatchForm[];
  concepts?: readonly Concept[];
}

/** How a hit matched: one of the claim's literal forms, or its ideas in other words. */
export type MatchKind = 'quoted' | 'restated';

export interface Hit {
  claimId: string;
  slate: string;
  /** Offsets into the raw text given to `find`, end exclusive. */
  start: number;
  end: number;
  how: MatchKind;
  /** For a restatement, the page's words that made each of its ideas, in text order; empty for a quote. */
  matched: string[];
}

export interface ClaimMatcher {
  /** Non-overlapping hits in text order. Text may contain BLOCK_BREAK between blocks. */
  find(raw: string, surrounding?: SurroundingText): Hit[];
}

/** A hit before overlaps are settled, in token indexes: raw offsets are read only for those kept. */
interface Candidate {
  claim: number;
  first: number;
  last: number;
  quoted: boolean;
  /** First and last token of each idea's words, for a restatement. */
  ideas: readonly (readonly [number, number])[];
}

const NO_IDEAS: Candidate['ideas'] = [];

/**
 * Compiles the claims once. `synonyms` resolves the "@name" groups of concept patterns; claims from
 * the compiled match data (match-data.ts) have theirs expanded already and need none.
 */
export function compileMatcher(claims: readonly MatchableClaim[], synonyms: Synonyms = {}): ClaimMatcher {
  const literalIds = new Map<string, number>();
  const familyIds = new Map<string, number>();
  const literal = new LiteralForms(claims, literalIds);
  const concepts = new ConceptFinder(claims, synonyms, familyIds);
  const words = new PageWords(
    (canonical) => literalIds.get(canonical) ?? OTHER_WORD,
    (family) => familyIds.get(family) ?? OTHER_WORD,
  );
  const tokens = new PageTokens(words);
  const literalIdsOf = (text: string): number[] => {
    const found: number[] = [];
    forEachToken(normalise(text).text, (word) => found.push(words.literal[words.entryOf(word)]!));
    return found;
  };

  return {
    find(raw: string, surrounding: SurroundingText = {}): Hit[] {
      const { text, rawIndex } = normalise(raw);
      tokens.read(text);
      const rawStart = (token: number): number => rawIndex[tokens.starts[token]!]!;
      const rawEnd = (token: number): number => rawIndex[tokens.ends[token]! - 1]! + 1;

      const candidates: Candidate[] = [];
      literal.find(tokens, surrounding, literalIdsOf, (claim, first, last) => {
        candidates.push({ claim, first, last, quoted: true, ideas: NO_IDEAS });
      });
      concepts.find(tokens, ({ claim, first, last, groups }) => {
        candidates.push({ claim, first, last, quoted: false, ideas: groups });
      });

      const rawLength = (candidate: Candidate): number => rawEnd(candidate.last) - rawStart(candidate.first);
      return resolveOverlaps(candidates, rawLength).map((candidate) => {
        const claim = claims[candidate.claim]!;
        return {
          claimId: claim.id,
          slate: claim.slate,
          start: rawStart(candidate.first),
          end: rawEnd(candidate.last),
          how: candidate.quoted ? 'quoted' : 'restated',
          matched: candidate.ideas.map(([first, last]) =>
            readerWords(raw.slice(rawStart(first), rawEnd(last))),
          ),
        };
      });
    },
  };
}

const INVISIBLE_OR_SPACING = /[\u00ad\u200b-\u200d\u2060\ufeff]|\s\s|[^\S ]/;

/** Page words as a reader would quote them: invisible characters dropped, white space as one space. */
function readerWords(raw: string): string {
  // Most are plain words and single spaces already: one test spares them two rewrites.
  if (!INVISIBLE_OR_SPACING.test(raw)) return raw;
  return raw.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');
}

/**
 * Keeps, of overlapping hits, a quote over a restatement (the reader's own words matched verbatim
 * are the surer sign), then the longest, then the earliest, then the first claim in corpus order:
 * the same page always gives the same highlights.
 */
function resolveOverlaps(candidates: Candidate[], length: (candidate: Candidate) => number): Candidate[] {
  candidates.sort((a, b) => a.first - b.first || b.last - a.last || a.claim - b.claim);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) kept.push(cluster[0]!);
    else if (cluster.length > 1) kept.push(...pickWithinCluster(cluster, length));
    cluster = [];
  };
  for (let at = 0; at < candidates.length; at++) {
    const candidate = candidates[at]!;
    if (candidate.first > clusterEnd) flush();
    cluster.push(candidate);
    clusterEnd = Math.max(clusterEnd, candidate.last);
  }
  flush();
  return kept;
}

function pickWithinCluster(cluster: Candidate[], length: (candidate: Candidate) => number): Candidate[] {
  // The cluster is in text order, then claim order, and sorting is stable: of hits equally
  // preferred, the earliest, then the first claim, comes first.
  const byPreference = [...cluster].sort(
    (a, b) => Number(b.quoted) - Number(a.quoted) || length(b) - length(a),
  );
  const chosen: Candidate[] = [];
  for (const candidate of byPreference) {
    if (chosen.every((other) => candidate.last < other.first || candidate.first > other.last)) {
      chosen.push(candidate);
    }
  }
  return chosen.sort((a, b) => a.first - b.first);
}
