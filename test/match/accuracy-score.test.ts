import { describe, expect, it } from 'vitest';
import {
  overallRecall,
  scoreAccuracy,
  type AccuracyItem,
  type ScoredClaim,
  type ScoredHit,
} from '../../lib/match/accuracy-score.ts';

const claims: ScoredClaim[] = [
  {
    id: 'ym-won',
    slate: 'ym',
    quote: 'Momentum has won almost every internal election.',
    alsoSaid: [{ quote: 'We won the NEC, the CAC and Young Labour.' }],
  },
  { id: 'mo-lost', slate: 'mo', quote: 'Momentum has lost its way - it’s on the path to permanent defeat.' },
];

/** A stand-in matcher: a sentence's hits are given by the words it contains. */
function find(sentence: string): ScoredHit[] {
  const hits: ScoredHit[] = [];
  if (sentence.includes('won')) hits.push({ claimId: 'ym-won', slate: 'ym', start: 0, end: 3 });
  if (sentence.includes('lost')) hits.push({ claimId: 'mo-lost', slate: 'mo', start: 0, end: 4 });
  return hits;
}

const restates = (sentence: string, slate: string, quote: string | null): AccuracyItem => ({
  sentence,
  expect: { slate, quote },
  kind: 'paraphrase',
});
const noClaim = (sentence: string): AccuracyItem => ({ sentence, expect: null, kind: 'generic' });

describe('scoreAccuracy', () => {
  it('counts a hit on the expected claim as found, per slate', () => {
    const score = scoreAccuracy(
      [
        restates('The left won every vote.', 'ym', 'Momentum has won almost every internal election.'),
        restates(
          'It has lost its way.',
          'mo',
          'Momentum has lost its way - it’s on the path to permanent defeat.',
        ),
        restates(
          'It has drifted.',
          'mo',
          'Momentum has lost its way - it’s on the path to permanent defeat.',
        ),
      ],
      claims,
      find,
    );
    expect(score.recall.get('ym')).toEqual({ found: 1, total: 1 });
    expect(score.recall.get('mo')).toEqual({ found: 1, total: 2 });
    expect(overallRecall(score)).toEqual({ found: 2, total: 3 });
    expect(score.misses.map((miss) => miss.sentence)).toEqual(['It has drifted.']);
    expect(score.falseHighlights).toEqual([]);
  });

  it('compares quotes by their words only, and takes a quote inside the other either way as the same', () => {
    const score = scoreAccuracy(
      [
        restates('They won.', 'ym', 'momentum has WON almost every “internal” election'),
        restates('They won again.', 'ym', 'won almost every internal election'),
        restates('It lost, quoted in part.', 'mo', 'Momentum has lost its way'),
        restates(
          'They said lost, extended.',
          'mo',
          'Today, Momentum has lost its way - it’s on the path to permanent defeat. Really.',
        ),
      ],
      claims,
      find,
    );
    expect(overallRecall(score)).toEqual({ found: 4, total: 4 });
  });

  it('does not take part of a word for the quote', () => {
    const score = scoreAccuracy(
      [restates('They won.', 'ym', 'on almost every internal election')],
      claims,
      find,
    );
    expect(overallRecall(score)).toEqual({ found: 0, total: 1 });
  });

  it('counts a merged sentence (alsoSaid) as its claim', () => {
    const score = scoreAccuracy(
      [restates('They won the NEC.', 'ym', 'We won the NEC, the CAC and Young Labour.')],
      claims,
      find,
    );
    expect(overallRecall(score)).toEqual({ found: 1, total: 1 });
  });

  it('counts every hit on a sentence that makes no claim as a false highlight', () => {
    const score = scoreAccuracy([noClaim('They won and lost.'), noClaim('Rain.')], claims, find);
    expect(score.negatives).toBe(2);
    expect(score.falseHighlights).toEqual([
      { sentence: 'They won and lost.', claimId: 'ym-won', text: 'The', why: 'no claim' },
      { sentence: 'They won and lost.', claimId: 'mo-lost', text: 'They', why: 'no claim' },
    ]);
  });

  it('counts a hit on the wrong claim as a false highlight, even beside the right one', () => {
    const score = scoreAccuracy(
      [restates('They won, then lost.', 'ym', 'Momentum has won almost every internal election.')],
      claims,
      find,
    );
    expect(overallRecall(score)).toEqual({ found: 1, total: 1 });
    expect(score.falseHighlights.map((hit) => [hit.claimId, hit.why])).toEqual([['mo-lost', 'wrong claim']]);
  });

  it('reports a miss whose quote no claim holds, and what was found instead', () => {
    const score = scoreAccuracy([restates('They lost.', 'ym', 'A sentence nobody quoted.')], claims, find);
    expect(score.misses).toEqual([
      {
        sentence: 'They lost.',
        slate: 'ym',
        quote: 'A sentence nobody quoted.',
        notInCorpus: true,
        foundInstead: ['mo-lost'],
      },
    ]);
  });

  it('leaves a claim not yet in the corpus out of recall, but counts another slate’s hit on it as false', () => {
    const score = scoreAccuracy(
      [restates('They won.', 'ym', null), restates('They lost.', 'ym', null)],
      claims,
      find,
    );
    expect(score.unscored).toBe(2);
    expect(overallRecall(score)).toEqual({ found: 0, total: 0 });
    expect(score.falseHighlights.map((hit) => hit.claimId)).toEqual(['mo-lost']);
  });
});
