import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../lib/match/matcher.ts';

// What the characters between two tokens say: a decimal point or thousands comma only straight
// between numerals, a sentence's end only where a space follows its mark; and a text of many more
// tokens than its length suggests.

const matcher = () =>
  compileMatcher([
    { id: 'fifty-three', slate: 'mo', match: ['unused form'], concepts: [['#53', 'staff']] },
    { id: 'twelve-thousand', slate: 'mo', match: ['unused form'], concepts: [['#12500', 'staff']] },
    { id: 'rule-change', slate: 'mo', match: ['unused form'], concepts: [['rule', 'change']] },
    { id: 'quote', slate: 'ym', match: ['the rule change came'] },
  ]);
const found = (text: string): string[] =>
  matcher()
    .find(text)
    .map((hit) => hit.claimId);

describe('the gaps between tokens', () => {
  it('reads a full stop as a decimal point only between numerals', () => {
    expect(found('Item 53.b lists the staff.')).toEqual(['fifty-three']);
  });

  it('reads a comma as a thousands separator only with no space after it', () => {
    expect(found('It had 12,500 staff.')).toEqual(['twelve-thousand']);
    expect(found('It had 12, 500 staff.')).toEqual([]);
    expect(found('It had 12/500 staff.')).toEqual([]);
  });

  it('joins number words across spaces and hyphens, however they are mixed, and not across other marks', () => {
    expect(found('It had fifty - three staff.')).toEqual(['fifty-three']);
    expect(found('It had fifty -three staff.')).toEqual(['fifty-three']);
    expect(found('It had fifty, three staff.')).toEqual([]);
  });

  it('ends a sentence only where a space follows its mark', () => {
    expect(found('It was the rule.—Change followed.')).toEqual(['rule-change']);
  });

  it('reads a text of many more tokens than its length suggests', () => {
    expect(found(`${'a '.repeat(3000)}and then the rule change came.`)).toEqual(['quote']);
  });
});
