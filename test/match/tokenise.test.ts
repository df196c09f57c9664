import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK } from '../../lib/match/normalise.ts';
import { forEachSpan, forEachToken, hashOfWord, PERCENT_WORDS } from '../../lib/match/tokenise.ts';

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const list: Token[] = [];
  forEachToken(text, (word, start, end) => list.push({ text: word, start, end }));
  return list;
}

describe('forEachToken', () => {
  it('splits words and numbers at spaces and punctuation', () => {
    expect(tokens('53-47, by conference.').map((t) => t.text)).toEqual(['53', '47', 'by', 'conference']);
  });

  it('keeps an apostrophe inside a word but not at its edges', () => {
    expect(tokens("labour's 'quote' members' we've").map((t) => t.text)).toEqual([
      "labour's",
      'quote',
      'members',
      "we've",
    ]);
  });

  it('reads letters outside ASCII as word characters', () => {
    expect(tokens('café naïve zoë').map((t) => t.text)).toEqual(['café', 'naïve', 'zoë']);
  });

  it('reads exactly the letters, digits and marks of the Basic Multilingual Plane as word characters', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (char === '%' || char === BLOCK_BREAK) continue; // tokens of their own (below)
      const isWord = /[\p{L}\p{N}\p{M}]/u.test(char);
      if ((tokens(`a ${char} a`).length === 3) !== isWord) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('makes "%" a token of its own', () => {
    expect(tokens('53% to 47%').map((t) => t.text)).toEqual(['53', '%', 'to', '47', '%']);
  });

  it('joins "per cent" into one token spanning both words, but not "per" elsewhere', () => {
    expect(tokens('53 per cent')).toEqual([
      { text: '53', start: 0, end: 2 },
      { text: 'percent', start: 3, end: 11 },
    ]);
    expect(tokens('per person, per  cent').map((t) => t.text)).toEqual(['per', 'person', 'per', 'cent']);
    expect(tokens('as per').map((t) => t.text)).toEqual(['as', 'per']);
  });

  it('reports block breaks as tokens and gives every token its offsets', () => {
    const text = `one${BLOCK_BREAK}two`;
    expect(tokens(text)).toEqual([
      { text: 'one', start: 0, end: 3 },
      { text: BLOCK_BREAK, start: 3, end: 4 },
      { text: 'two', start: 4, end: 7 },
    ]);
  });
});

describe('forEachSpan', () => {
  it('gives each token the hash of its own text, whatever the text', () => {
    // Words, apostrophes at and inside words, "per" with and without "cent", "%", block breaks,
    // letters outside ASCII and punctuation, in any order.
    const pieces = ["labour's", "'", 'per', 'cent', '%', BLOCK_BREAK, 'zoë', '53', '.', ' ', '-', 'we', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        forEachSpan(text, (start, end, percentWords, hash) => {
          expect(hash).toBe(hashOfWord(percentWords ? PERCENT_WORDS : text.slice(start, end)));
        });
      }),
    );
  });
});
