import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableClaim } from '../../lib/match/matcher.ts';

// A matcher keeps its buffers from one text to the next: a number at the very end of a text must be
// read from that text alone, never joined to what stood after it in a longer text matched before.

const claims: MatchableClaim[] = [12, 12.5, 20, 20_000, 47, 50, 53, 200, 250, 12_500].map((value) => ({
  id: String(value),
  slate: 'mo',
  match: ['unused form'],
  concepts: [[`#${value}`, 'staff']],
}));

describe('numbers at the end of a text matched after a longer one', () => {
  it.each([
    ['Staff numbered 12,500 in all.', 'Staff numbered 12'],
    ['Staff numbered 12.5 in all.', 'Staff numbered 12'],
    ['Staff numbered 20 thousand.', 'Staff numbered 20'],
    ['Staff numbered fifty three.', 'Staff numbered fifty'],
    ['Staff numbered two hundred and fifty.', 'Staff numbered two hundred and'],
    ['Staff numbered 47 %.', 'Staff numbered 47'],
  ])('after "%s", "%s" gives the hits it gives alone', (longer, text) => {
    const fresh = compileMatcher(claims).find(text);
    const reused = compileMatcher(claims);
    reused.find(longer);
    expect(reused.find(text)).toEqual(fresh);
  });
});
