import { describe, expect, it } from 'vitest';
import { normalise } from '../../lib/match/normalise.ts';

// The normaliser at its edges: every capital, a long text of the one capital that lower-cases to two
// characters, and a map that outlives the next call.

describe('normalise at its edges', () => {
  it('lower-cases every ASCII capital, A to Z', () => {
    expect(normalise('ABCDEFGHIJKLMNOPQRSTUVWXYZ').text).toBe('abcdefghijklmnopqrstuvwxyz');
  });

  it('never makes a text longer: a long run of İ, which lower-cases to two characters each, keeps one each', () => {
    const raw = 'İ'.repeat(70_000);
    const { text, rawIndex } = normalise(raw);
    expect(text).toBe('i'.repeat(70_000));
    expect(rawIndex[text.length - 1]).toBe(raw.length - 1);
    expect(rawIndex[text.length]).toBe(raw.length);
  });

  it('gives each text a map of its own, which the next call leaves as it was', () => {
    const first = normalise('A first text, longer than the next.');
    const copy = Array.from(first.rawIndex);
    normalise('  Another.');
    expect(Array.from(first.rawIndex)).toEqual(copy);
  });
});
