import type { Corpus, Slate } from '../corpus/corpus-schema.ts';
import { groupAlternatives } from './concepts.ts';
import type { MatchableClaim } from './matcher.ts';

// What a content script needs to find and tint claims on a page: slates and each claim's literal
// forms and concept patterns, without the quotes and answers (those are loaded from the background
// when a popover opens), so the script injected into every page stays small. Synonym sets are
// expanded into the groups that name them, so the matcher needs nothing else.

export interface MatchData {
  slates: Slate[];
  claims: MatchableClaim[];
}

export function toMatchData(corpus: Corpus): MatchData {
  return {
    slates: corpus.slates,
    claims: corpus.claims.map(({ id, slate, match, concepts }) => {
      if (concepts === undefined) return { id, slate, match };
      const expanded = concepts.map((concept, index) =>
        concept.map((group) => {
          const what = `claim "${id}" concept pattern ${index}`;
          return [...new Set(groupAlternatives(group, corpus.synonyms, what))].join('|');
        }),
      );
      return { id, slate, match, concepts: expanded };
    }),
  };
}
