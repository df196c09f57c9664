import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../lib/match/matcher.ts';

// Which number words and numerals join into one number, and which stay apart: read through the
// matcher, one "#N staff" claim per number of interest, so the claim found names the first number
// read (hits do not overlap, so one claim wins each sentence).

const NUMBERS = [3, 4, 12, 19, 50, 53, 100, 120, 200, 250, 1900, 2500, 10_000, 12_000, 20_000, 200_000];

function numbersRead(text: string): number[] {
  const matcher = compileMatcher(
    NUMBERS.map((value) => ({
      id: String(value),
      slate: 'mo',
      match: ['unused form'],
      concepts: [[`#${value}`, 'staff']],
    })),
  );
  return matcher.find(text).map((hit) => Number(hit.claimId));
}

describe('numbers: what joins into one', () => {
  it('starts a number at a teen word', () => {
    expect(numbersRead('Twelve staff left.')).toEqual([12]);
    expect(numbersRead('Nineteen staff left.')).toEqual([19]);
  });

  it('does not start a number at "hundred" or a scale alone', () => {
    expect(numbersRead('A hundred staff left.')).toEqual([]);
    expect(numbersRead('Thousand staff left.')).toEqual([]);
  });

  it('multiplies a numeral by the scale word after it', () => {
    expect(numbersRead('They had 20 thousand staff.')).toEqual([20_000]);
  });

  it('reads thousands and hundreds after them', () => {
    expect(numbersRead('They had two thousand five hundred staff.')).toEqual([2500]);
    expect(numbersRead('They had nineteen hundred staff.')).toEqual([1900]);
  });

  it('takes "and" only between "hundred" and a number word joined to it', () => {
    expect(numbersRead('They had fifty and three staff.')).toEqual([50]);
    expect(numbersRead('They had two hundred and (fifty) staff.')).toEqual([200]);
    expect(numbersRead('They had two hundred and thousand staff.')).toEqual([200]);
  });

  it('keeps apart number words that make no one number', () => {
    expect(numbersRead('They had three four staff.')).toEqual([3]);
    expect(numbersRead('They had one hundred twenty hundred staff.')).toEqual([120]);
    expect(numbersRead('They had one hundred zero hundred staff.')).toEqual([100]);
  });

  it('ends a number at a second scale word, and highlights it without that word', () => {
    const matcher = compileMatcher([
      { id: 'staff', slate: 'mo', match: ['unused form'], concepts: [['#20000', 'staff']] },
    ]);
    expect(matcher.find('Twenty thousand thousand staff.').map((hit) => hit.matched)).toEqual([
      ['Twenty thousand', 'staff'],
    ]);
  });
});
