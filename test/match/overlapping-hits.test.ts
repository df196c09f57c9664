import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableClaim } from '../../lib/match/matcher.ts';

// Of hits that overlap, the matcher keeps quotes over restatements, then the longest, then the
// earliest: hits that only touch are both kept, and what is kept comes back in text order.

const restatement: MatchableClaim = {
  id: 'restated',
  slate: 'ym',
  match: ['unused form'],
  concepts: [['passed', 'members']],
};

function found(forms: [string, string], text: string): string[] {
  const matcher = compileMatcher([
    { id: 'first', slate: 'mo', match: [forms[0]] },
    { id: 'second', slate: 'mo', match: [forms[1]] },
    restatement,
  ]);
  return matcher.find(text).map((hit) => hit.claimId);
}

describe('overlapping hits', () => {
  it('keeps two quotes of one length that touch, over a restatement across both', () => {
    expect(found(['it passed 53', '% of members'], 'Then it passed 53% of members.')).toEqual([
      'first',
      'second',
    ]);
  });

  it('keeps a longer quote and a shorter one before it that touches it, in text order', () => {
    expect(found(['it passed 53', '% of members present'], 'Then it passed 53% of members present.')).toEqual(
      ['first', 'second'],
    );
  });

  it('keeps the longer of two overlapping restatements, wherever it starts', () => {
    const matcher = compileMatcher([
      { id: 'short', slate: 'mo', match: ['unused form'], concepts: [['rule', 'change']] },
      { id: 'long', slate: 'mo', match: ['unused form'], concepts: [['change', 'passed', 'conference']] },
    ]);
    const text = 'Years later, the rule change was passed at conference.';
    expect(matcher.find(text).map((hit) => hit.claimId)).toEqual(['long']);
  });

  it('keeps the longer of two overlapping restatements, then the earlier of two as long', () => {
    const matcher = compileMatcher([
      { id: 'short', slate: 'mo', match: ['unused form'], concepts: [['rule', 'change']] },
      { id: 'long', slate: 'mo', match: ['unused form'], concepts: [['conference', 'rule', 'passed']] },
      { id: 'late', slate: 'mo', match: ['unused form'], concepts: [['change', 'vote']] },
    ]);
    const ids = (text: string) => matcher.find(text).map((hit) => hit.claimId);
    expect(ids('At conference the rule change passed.')).toEqual(['long']);
    expect(ids('The rule change vote.')).toEqual(['short']);
  });

  it('weighs every hit that overlaps another, whatever order the hits were found in', () => {
    // The restatement across "left … damaged" overlaps both the quote and the restatement found
    // before it in the sentence; the quote wins, so the other restatement stays.
    const matcher = compileMatcher([
      { id: 'quote', slate: 'mo', match: ['members of the new left'] },
      { id: 'rule', slate: 'mo', match: ['unused form'], concepts: [['rule', 'change']] },
      { id: 'damage', slate: 'ym', match: ['unused form'], concepts: [['left', 'damaged']] },
    ]);
    const text = 'Members of the new left said the rule change damaged them.';
    expect(matcher.find(text).map((hit) => hit.claimId)).toEqual(['quote', 'rule']);
  });

  it('keeps the first claim in corpus order of two restatements of the same words', () => {
    const matcher = compileMatcher([
      { id: 'first', slate: 'mo', match: ['unused form'], concepts: [['the', 'change']] },
      { id: 'second', slate: 'ym', match: ['unused form'], concepts: [['the rule', 'change']] },
    ]);
    expect(matcher.find('The rule change.').map((hit) => hit.claimId)).toEqual(['first']);
  });
});
