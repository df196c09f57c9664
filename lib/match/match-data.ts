import type { Corpus, Slate } from '../corpus/corpus-schema.ts';
import type { MatchableClaim } from './matcher.ts';

// What a content script needs to find and tint claims on a page: slates and each claim's match
// forms, without the quotes and answers (those are loaded from the background when a popover
// opens), so the script injected into every page stays small.

export interface MatchData {
  slates: Slate[];
  claims: MatchableClaim[];
}

export function toMatchData(corpus: Corpus): MatchData {
  return {
    slates: corpus.slates,
    claims: corpus.claims.map(({ id, slate, match }) => ({ id, slate, match })),
  };
}
