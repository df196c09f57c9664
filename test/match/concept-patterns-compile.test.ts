import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableClaim } from '../../lib/match/matcher.ts';

// How a concept pattern's groups are read: numbers, synonym sets, spaces around "|", the same
// alternative in two groups, phrases that must never be confused, and the limit on groups.

const claim = (id: string, concepts: string[][]): MatchableClaim => ({
  id,
  slate: 'mo',
  match: ['unused form'],
  concepts,
});

function found(claims: MatchableClaim[], text: string, synonyms = {}): string[] {
  return compileMatcher(claims, synonyms)
    .find(text)
    .map((hit) => hit.claimId);
}

describe('concept patterns: reading the groups', () => {
  it('reads "#N" as a number only when it is all the alternative says', () => {
    expect(found([claim('words-then-number', [['x#53', 'staff']])], '53 staff')).toEqual([]);
    expect(found([claim('number-then-words', [['#53abc', 'staff']])], '53 staff')).toEqual([]);
    expect(found([claim('decimal', [['#53.67', 'delegates']])], 'Votes: 53, 67 delegates.')).toEqual([]);
    expect(found([claim('decimal', [['#53.67', 'delegates']])], 'Some 53.67 delegates.')).toEqual([
      'decimal',
    ]);
  });

  it('allows spaces around "|" and a synonym set', () => {
    const claims = [claim('spaced', [['@win | triumph', 'every']])];
    expect(found(claims, 'They won every time.', { win: ['win', 'won'] })).toEqual(['spaced']);
  });

  it('lets one alternative stand in two groups', () => {
    const claims = [claim('twice', [['labour', 'left|labour']])];
    expect(found(claims, 'Labour is on the left.')).toEqual(['twice']);
    expect(found(claims, 'It is Labour.')).toEqual([]);
  });

  it('never confuses two phrases whose words have different families', () => {
    const words = Array.from({ length: 24 }, (_, index) => `q${String.fromCharCode(97 + index)}`);
    const claims = [
      claim('all-words', [[words.join('|'), 'filler']]),
      claim('one-and-twenty-three', [['qb qx', 'staff']]),
      claim('twelve-and-three', [['qm qd', 'votes']]),
    ];
    expect(found(claims, 'Then qb qx votes.')).toEqual([]);
    expect(found(claims, 'Then qm qd votes.')).toEqual(['twelve-and-three']);
  });

  it('refuses a pattern of more than 31 groups', () => {
    const groups = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`);
    expect(() => compileMatcher([claim('thirty-one', [groups(31)])])).not.toThrow();
    expect(() => compileMatcher([claim('thirty-two', [groups(32)])])).toThrow(
      'claim "thirty-two" concept pattern 0: more than 31 groups',
    );
  });
});
