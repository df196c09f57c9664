import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableClaim } from '../../lib/match/matcher.ts';
import { BLOCK_BREAK } from '../../lib/match/normalise.ts';

// A claim's quoted forms at the edges: one-word and four-word forms, a form's own text, bad forms,
// and a text matched after a longer one by the same matcher (its buffers outlive a call).

const claimIds = (claims: MatchableClaim[], text: string): string[] =>
  compileMatcher(claims)
    .find(text)
    .map((hit) => hit.claimId);

describe('quoted forms', () => {
  it('finds a one-word form at the very start of a text', () => {
    expect(claimIds([{ id: 'one', slate: 'mo', match: ['Momentum'] }], 'Momentum split.')).toEqual(['one']);
  });

  it('lets a form of four words take an inserted word', () => {
    const claims = [{ id: 'four', slate: 'ym', match: ['winning every internal election'] }];
    expect(claimIds(claims, 'They kept winning every single internal election.')).toEqual(['four']);
  });

  it('reads a block break in a form’s text as no word of it', () => {
    const claims = [{ id: 'split', slate: 'ym', match: [`winning every${BLOCK_BREAK}internal election`] }];
    expect(claimIds(claims, 'They kept winning every internal election.')).toEqual(['split']);
  });

  it('names the claim and the context word that has no words to match', () => {
    expect(() =>
      compileMatcher([{ id: 'bad-context', slate: 'mo', match: [{ text: '53 to 47', near: ['—'] }] }]),
    ).toThrow('claim "bad-context" context word: "—" has no words to match');
    expect(() => compileMatcher([{ id: 'bad-form', slate: 'mo', match: ['…'] }])).toThrow(
      'claim "bad-form" match form: "…" has no words to match',
    );
  });
});

describe('quoted forms in a text matched after a longer one', () => {
  it.each([
    ['a one-word form', ['Momentum'], 'Members left Momentum.', 'Members left'],
    ['the rest of a form', ['alpha beta gamma'], 'alpha beta gamma', 'alpha beta'],
    ['a context word', [{ text: '53 to 47', near: ['conference'] }], '53 to 47 at conference', '53 to 47'],
  ])('finds %s only in the text it is given', (_, match, longer, text) => {
    const claims = [{ id: 'claim', slate: 'mo', match }];
    const matcher = compileMatcher(claims);
    matcher.find(longer);
    expect(matcher.find(text)).toEqual([]);
  });
});
