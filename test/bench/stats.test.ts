import { describe, expect, it } from 'vitest';
import { median, turnRatios } from '../../scripts/bench/stats.ts';

describe('benchmark summaries', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('summarises per-turn ratios by their median and extremes, whatever their order', () => {
    expect(turnRatios([1.4, 0.9, 2.3, 1.2, 1.3])).toEqual({ median: 1.3, low: 0.9, high: 2.3 });
  });
});
