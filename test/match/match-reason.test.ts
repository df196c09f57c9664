import { beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../lib/match/matcher.ts';
import { matchReason } from '../../lib/match/match-reason.ts';

describe('matchReason: why the reader sees this highlight', () => {
  let matcher: ReturnType<typeof compileMatcher>;
  beforeEach(() => {
    matcher = compileMatcher(
      [
        {
          id: 'ym-won-every-election',
          slate: 'ym',
          match: ['winning every internal Labour election'],
          concepts: [['@win', 'every|almost every', 'internal', '@election']],
        },
      ],
      { win: ['win', 'won'], election: ['election', 'ballot'] },
    );
  });
  const reasonFor = (text: string): string[] => matcher.find(text).map(matchReason);

  it('names a restatement and the words that made each of its ideas, in the page’s order', () => {
    expect(reasonFor('The left has won almost every internal Labour ballot.')).toEqual([
      'Restated: matched ‘won’ · ‘almost every’ · ‘internal’ · ‘ballot’',
    ]);
    expect(reasonFor('Every internal election was won.')).toEqual([
      'Restated: matched ‘Every’ · ‘internal’ · ‘election’ · ‘won’',
    ]);
  });

  it('names a quote as the claim’s own words', () => {
    expect(reasonFor('They are winning every internal Labour election.')).toEqual([
      'Quoted: the claim’s own words',
    ]);
  });
});
