import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../lib/match/matcher.ts';

// A concept pattern is matched within one sentence: where a full stop ends one, and where it does
// not (after a known abbreviation or a single letter).

const ABBREVIATIONS = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'cllr',
  'rev',
  'hon',
  'gen',
  'sgt',
  'capt',
  'jr',
  'sr',
  'vs',
  'approx',
  'dept',
  'govt',
];

function found(text: string): boolean {
  const matcher = compileMatcher([
    { id: 'rule-change', slate: 'mo', match: ['unused form'], concepts: [['rule', 'change']] },
  ]);
  return matcher.find(text).length > 0;
}

describe('sentences', () => {
  it('ends a sentence at a full stop and a space', () => {
    expect(found('It was the rule. Change came later.')).toBe(false);
    expect(found('It was the rule. change came later.')).toBe(false);
  });

  it.each(ABBREVIATIONS)('ends no sentence at the full stop of "%s."', (abbreviation) => {
    expect(found(`The rule, said ${abbreviation}. Change, came.`)).toBe(true);
    expect(found(`The rule, said ${abbreviation.toUpperCase()}. Change, came.`)).toBe(true);
  });

  it('ends no sentence at the full stop after a single letter, but does after a single digit', () => {
    expect(found('The rule, said J. Change, came.')).toBe(true);
    expect(found('The rule was number 5. Change came later.')).toBe(false);
  });
});
