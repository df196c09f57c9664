import { describe, expect, it } from 'vitest';
import { badgeText, groupBySlate, summariseClaims } from '../../lib/controls/page-summary.ts';

describe('page summary', () => {
  const pieces = [
    { claimId: 'ym-1', slate: 'ym', hit: '1' },
    { claimId: 'ym-1', slate: 'ym', hit: '1' }, // second piece of a hit split across elements
    { claimId: 'mo-1', slate: 'mo', hit: '2' },
    { claimId: 'ym-1', slate: 'ym', hit: '3' },
  ];

  it('counts distinct claims, and hits (not pieces) per claim, in order of first appearance', () => {
    expect(summariseClaims(pieces)).toEqual([
      { claimId: 'ym-1', slate: 'ym', hits: 2 },
      { claimId: 'mo-1', slate: 'mo', hits: 1 },
    ]);
  });

  it('badges the number of distinct claims, and nothing for none', () => {
    expect(badgeText({ claims: summariseClaims(pieces) })).toBe('2');
    expect(badgeText({ claims: [] })).toBe('');
  });

  it('groups claims in slate order, leaving out empty slates', () => {
    const groups = groupBySlate(summariseClaims(pieces), ['mo', 'mi', 'ym']);
    expect(groups.map((group) => group.slate)).toEqual(['mo', 'ym']);
  });
});
