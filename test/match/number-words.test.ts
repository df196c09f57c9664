import { describe, expect, it } from 'vitest';
import { NumberRole, numberOf } from '../../lib/match/numbers.ts';

// What each normalised word is to a number: its value and the part it plays in one.

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

describe('numberOf', () => {
  it('knows every unit, teen and tens word by its value', () => {
    expect(UNITS.map(numberOf)).toEqual(UNITS.map((_, value) => [value, NumberRole.Unit]));
    expect(TEENS.map(numberOf)).toEqual(TEENS.map((_, index) => [10 + index, NumberRole.Teen]));
    expect(TENS.map(numberOf)).toEqual(TENS.map((_, index) => [20 + 10 * index, NumberRole.Tens]));
  });

  it('knows hundred and the scales, and the words that only join a number', () => {
    expect(numberOf('hundred')).toEqual([100, NumberRole.Hundred]);
    expect(numberOf('thousand')).toEqual([1e3, NumberRole.Scale]);
    expect(numberOf('million')).toEqual([1e6, NumberRole.Scale]);
    expect(numberOf('billion')).toEqual([1e9, NumberRole.Scale]);
    expect(numberOf('and')[1]).toBe(NumberRole.And);
    expect(numberOf('%')[1]).toBe(NumberRole.Percent);
    expect(numberOf('percent')[1]).toBe(NumberRole.Percent);
  });

  it('reads a numeral written in digits', () => {
    expect(numberOf('53')).toEqual([53, NumberRole.Digits]);
    expect(numberOf('007')).toEqual([7, NumberRole.Digits]);
  });

  it('gives an ordinary word, or digits mixed with letters, no value and no role', () => {
    for (const word of ['socialism', 'covid19', '19th', 'hundreds', 'dozen']) {
      expect(numberOf(word)).toEqual([Number.NaN, NumberRole.None]);
    }
  });
});
