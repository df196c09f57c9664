import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus.ts';
import type { Corpus } from '../../lib/corpus/corpus-schema.ts';
import { validateCorpus } from '../../lib/corpus/validate-corpus.ts';
import { validationMessage as problems } from '../corpus/validation-message.ts';

// The concept-pattern format as the corpus carries it: validation names what is wrong. The match
// data built from the patterns is tested in match-data.test.ts.

/** A copy of the shipped corpus whose first claim has these concept patterns and synonym sets. */
function withConcepts(concepts: string[][], synonyms: Record<string, string[]> = {}): Corpus {
  const copy = structuredClone(corpus);
  copy.claims[0] = { ...copy.claims[0]!, concepts };
  copy.synonyms = { ...copy.synonyms, ...synonyms };
  return copy;
}

describe('concept patterns in the corpus', () => {
  const first = corpus.claims[0]!.id;

  it('accepts words, phrases, synonym sets and numbers', () => {
    expect(() =>
      validateCorpus(
        withConcepts(
          [
            ['@test-win', 'almost every|every', 'internal'],
            ['#53', '#47.5', 'conference'],
          ],
          {
            'test-win': ['win', 'won'],
          },
        ),
      ),
    ).not.toThrow();
  });

  it('names the claim and pattern of an unknown synonym set', () => {
    expect(problems(withConcepts([['@no-such-set', 'internal']]))).toContain(
      `claim "${first}", field “concepts.0”: unknown synonym set "@no-such-set".`,
    );
  });

  it('refuses a pattern of numbers alone: a number counts only with its context', () => {
    expect(problems(withConcepts([['#53', '#47']]))).toContain(
      'a concept pattern needs a group with no number',
    );
  });

  it('refuses an alternative the matcher finds no word in', () => {
    expect(problems(withConcepts([['—', 'internal']]))).toContain(
      `claim "${first}", field “concepts.0”: claim "${first}" concept pattern 0: "—" has no words to match.`,
    );
  });

  it('refuses a synonym entry that would read as pattern syntax', () => {
    expect(problems(withConcepts([['internal', 'election']], { 'test-bad': ['win', 'won|lost'] }))).toContain(
      'synonyms, field “test-bad.1”',
    );
  });
});
