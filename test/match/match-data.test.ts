import { describe, expect, it } from 'vitest';
import type { Claim, Corpus } from '../../lib/corpus/corpus-schema.ts';
import { toMatchData } from '../../lib/match/match-data.ts';
import { compileMatcher } from '../../lib/match/matcher.ts';

// The match data the content script gets: each claim's forms and concept patterns, with synonym
// sets spelled out, and nothing it does not need (quotes, answers, sources).

const claim = (id: string, concepts?: string[][]): Claim => ({
  id,
  slate: 'ym',
  source: 'ym-source',
  quote: 'We won every internal election.',
  summary: 'YM says it won every internal election.',
  topics: ['record'],
  match: ['won every internal election'],
  responses: [{ slate: 'mo', source: 'mo-source', quote: 'They did not.', stance: 'rebuts' }],
  ...(concepts === undefined ? {} : { concepts }),
});

const corpusOf = (claims: Claim[]): Corpus => ({
  slates: [{ id: 'ym', name: 'Your Momentum', shortName: 'YM', colour: '#224466', description: 'A slate.' }],
  sources: [],
  claims,
  synonyms: { win: ['win', 'won', 'win'], ballot: ['ballot', 'vote'] },
});

describe('toMatchData', () => {
  it('spells out synonym sets in the groups, once each, so the content script needs no other data', () => {
    const data = toMatchData(
      corpusOf([
        claim('ym-won', [
          ['@win|triumph|won', 'every'],
          ['@ballot', 'internal|@win'],
        ]),
      ]),
    );
    expect(data.claims[0]!.concepts).toEqual([
      ['win|won|triumph', 'every'],
      ['ballot|vote', 'internal|win|won'],
    ]);
  });

  it('carries the slates, and of each claim only its id, slate, forms and patterns', () => {
    const corpus = corpusOf([claim('ym-won', [['@win', 'every']]), claim('ym-plain')]);
    const data = toMatchData(corpus);
    expect(data.slates).toEqual(corpus.slates);
    expect(data.claims).toStrictEqual([
      { id: 'ym-won', slate: 'ym', match: ['won every internal election'], concepts: [['win|won', 'every']] },
      { id: 'ym-plain', slate: 'ym', match: ['won every internal election'] },
    ]);
  });

  it('names the claim and pattern of an unknown synonym set', () => {
    const corpus = corpusOf([
      claim('ym-won', [
        ['@win', 'every'],
        ['@nowhere', 'internal'],
      ]),
    ]);
    expect(() => toMatchData(corpus)).toThrow(
      'claim "ym-won" concept pattern 1: unknown synonym set "@nowhere"',
    );
  });

  it('compiles, with no synonym sets given, into a matcher that finds the restatement', () => {
    const data = toMatchData(corpusOf([claim('ym-won', [['@win|triumph', 'every', 'internal']])]));
    const matcher = compileMatcher([{ ...data.claims[0]!, match: ['unused form'] }]);
    expect(matcher.find('They won every internal ballot going.').map((hit) => hit.claimId)).toEqual([
      'ym-won',
    ]);
  });
});
