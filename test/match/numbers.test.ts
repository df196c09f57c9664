import { beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../lib/match/matcher.ts';

// "#N" groups: a number whose whole part is N, however a writer puts it, and only with its context.

// Compiled afresh for each test, so a mutation run counts the compile as that test's work.
let matcher: ReturnType<typeof compileMatcher>;
beforeEach(() => {
  matcher = compileMatcher(
    [
      {
        id: 'mo-53-to-47',
        slate: 'mo',
        match: ['unused form'],
        concepts: [['#53', '#47', '@conference|rule change|threshold']],
      },
      {
        id: 'mo-exact-share',
        slate: 'mo',
        match: ['unused form'],
        concepts: [['#53.67', 'delegates']],
      },
      {
        id: 'mo-staff',
        slate: 'mo',
        match: ['unused form'],
        concepts: [['#250|#12500|#20000', 'staff']],
      },
      { id: 'seven-motions', slate: 'mo', match: ['unused form'], concepts: [['#7', 'motions']] },
      { id: 'twelve-rows', slate: 'mo', match: ['unused form'], concepts: [['#12', 'rows']] },
    ],
    { conference: ['conference', 'party conference'] },
  );
});

function found(text: string): string[] {
  return matcher.find(text).map((hit) => hit.claimId);
}

function matched(text: string): string[][] {
  return matcher.find(text).map((hit) => hit.matched);
}

describe('numbers in every form readers meet', () => {
  it.each([
    ['digits', 'Conference passed it 53 to 47.'],
    ['percentages', 'Conference passed it by 53% to 47%.'],
    ['a dashed score', 'Conference passed it 53-47.'],
    ['a score with an en dash and spaces', 'Conference passed it 53 – 47.'],
    ['per cent', 'Conference passed it by 53 per cent to 47 per cent.'],
    ['percent', 'Conference passed it by 53 percent to 47 percent.'],
    ['decimals', 'Conference passed it by 53.67 percent to 47.33 percent.'],
    ['words', 'Conference passed it by fifty-three to forty-seven.'],
    ['words per cent', 'Conference passed it by fifty-three per cent to forty-seven per cent.'],
    ['words with spaces', 'Conference passed it by fifty three to forty seven.'],
    ['mixed', 'The rule change won fifty-three per cent; 47% voted against.'],
  ])('finds %s', (_, text) => {
    expect(found(text)).toEqual(['mo-53-to-47']);
  });

  it('shows the number as the reader wrote it, its per cent sign included', () => {
    expect(matched('Conference passed it by 53% to 47%.')).toEqual([['Conference', '53%', '47%']]);
    expect(matched('Conference passed it by fifty-three per cent to forty-seven per cent.')).toEqual([
      ['Conference', 'fifty-three per cent', 'forty-seven per cent'],
    ]);
    expect(matched('Conference passed it by 53.67 percent to 47.33 percent.')).toEqual([
      ['Conference', '53.67 percent', '47.33 percent'],
    ]);
  });

  it('counts only the whole part: 46.33 is not 47, 53.9 is 53', () => {
    expect(found('Conference passed it by 53.67 percent to 46.33 percent.')).toEqual([]);
    expect(found('Conference passed it by 53.9 percent to 47 percent.')).toEqual(['mo-53-to-47']);
  });

  it('never splits a decimal into two numbers', () => {
    // "47.53" is one number (47), not 47 and 53.
    expect(found('Conference saw a 47.53 per cent turnout.')).toEqual([]);
    expect(found('Conference saw 1.53 and 2.47 million votes.')).toEqual([]);
  });

  it('matches an exact decimal only to that value', () => {
    expect(found('53.67 per cent of delegates agreed.')).toEqual(['mo-exact-share']);
    expect(found('53.6 per cent of delegates agreed.')).toEqual([]);
    expect(found('53 per cent of delegates agreed.')).toEqual([]);
  });

  it('reads hundreds, thousands and thousands commas', () => {
    expect(found('Two hundred and fifty staff left.')).toEqual(['mo-staff']);
    expect(found('It had 12,500 staff once.')).toEqual(['mo-staff']);
    expect(found('Twenty thousand staff would be a lot.')).toEqual(['mo-staff']);
    expect(found('It had 12 staff, 500 volunteers.')).toEqual([]);
    // Only three digits after a comma make thousands: "12,34" is two numbers.
    expect(found('Tables 12,34 and 56 held rows of seats.')).toEqual(['twelve-rows']);
    expect(found('Two hundred staff and fifty volunteers.')).toEqual([]);
  });

  it('does not join number words that do not make one number', () => {
    expect(found('Conference heard fifty, three speakers said, and forty-seven voted.')).toEqual([]);
    expect(found('Seven motions were heard.')).toEqual(['seven-motions']);
    expect(found('Three four motions were heard.')).toEqual([]);
    expect(found('Two hundred and seven motions were heard.')).toEqual([]);
  });

  it('needs the context: numbers alone are no hit', () => {
    expect(found('The final score was 53% to 47% in the second half.')).toEqual([]);
  });

  it('does not join numbers of two sentences', () => {
    expect(found('Conference met in 1953. Turnout was 47 per cent.')).toEqual([]);
    expect(found('Conference lasted 53 hours. 47 motions were heard.')).toEqual([]);
  });
});
