import { describe, expect, it } from 'vitest';
import { compileMatcher, type SurroundingText } from '../../lib/match/matcher.ts';

// How far a form's context words may stand from it: 40 words either side, counted in the text
// being matched and, past its edges, in the text around it, where each seam counts as one word.

const claims = [
  { id: 'vote', slate: 'mo', match: [{ text: '53 to 47', near: ['conference', 'rule change'] }] },
];
const fill = (words: number) => ' and'.repeat(words);
const unread = (): string => {
  throw new Error('read');
};

function found(text: string, surrounding?: SurroundingText): boolean {
  return compileMatcher(claims).find(text, surrounding).length > 0;
}

describe('context words in the text being matched', () => {
  it('counts a context word 40 words before the form, not 41', () => {
    expect(found(`conference${fill(39)} 53 to 47`)).toBe(true);
    expect(found(`conference${fill(40)} 53 to 47`)).toBe(false);
  });

  it('counts a context word 40 words after the form, not 41', () => {
    expect(found(`53 to 47${fill(39)} conference`)).toBe(true);
    expect(found(`53 to 47${fill(40)} conference`)).toBe(false);
  });

  it('needs a context phrase whole, in order, and wholly inside the window', () => {
    expect(found('The rule change passed 53 to 47.')).toBe(true);
    expect(found('The change to the rule passed 53 to 47.')).toBe(false);
    expect(found(`rule change${fill(38)} 53 to 47`)).toBe(true);
    expect(found(`rule change${fill(39)} 53 to 47`)).toBe(false);
    expect(found(`53 to 47${fill(38)} rule change`)).toBe(true);
    expect(found(`53 to 47${fill(39)} rule change`)).toBe(false);
  });
});

describe('context words in the text around a segment', () => {
  it('finds a context word that ends the text before, and one that ends the text after', () => {
    expect(found('53 to 47', { before: () => 'It went to conference' })).toBe(true);
    expect(found('53 to 47', { after: () => 'said the rule change' })).toBe(true);
  });

  it('counts the words after the segment against the window, the seam as one', () => {
    expect(found('53 to 47', { after: () => `${fill(38)} conference` })).toBe(true);
    expect(found('53 to 47', { after: () => `${fill(39)} conference` })).toBe(false);
  });

  it('reads no text before when the seam is the last word the window reaches', () => {
    const text = `${fill(39)} 53 to 47`;
    expect(found(text, { before: () => 'conference' })).toBe(false);
    expect(found(text, { before: unread })).toBe(false);
  });

  it('reads no text after when the seam is the last word the window reaches', () => {
    const text = `53 to 47${fill(39)}`;
    expect(found(text, { after: () => 'conference' })).toBe(false);
    expect(found(text, { after: unread })).toBe(false);
  });

  it('reads no text around for a form whose window ends well inside the segment', () => {
    expect(found(`${fill(45)} 53 to 47`, { before: () => `${fill(10)} conference` })).toBe(false);
    expect(found(`53 to 47${fill(45)}`, { after: () => `conference${fill(10)}` })).toBe(false);
    expect(found(`${fill(45)} 53 to 47${fill(45)}`, { before: unread, after: unread })).toBe(false);
  });
});
