import { describe, expect, it } from 'vitest';
import { BARRIER, OTHER_WORD, PageWords } from '../../lib/match/page-words.ts';
import { BLOCK_BREAK } from '../../lib/match/normalise.ts';
import { PageTokens } from '../../lib/match/page-tokens.ts';
import { hashOfWord } from '../../lib/match/tokenise.ts';

// The page's word table: every token is looked up by its characters, so the same word is always the
// same entry, however the table grew and whichever words share a hash.

/** The entry of text[start, end), hashed as the tokeniser hashes it. */
function entryAt(words: PageWords, text: string, start: number, end: number): number {
  return words.entryAt(text, start, end, hashOfWord(text.slice(start, end)));
}

function pageWords(): PageWords {
  return new PageWords(
    (canonical) => (canonical.startsWith('labo') ? 7 : OTHER_WORD),
    (family) => (family.startsWith('elect') ? 3 : OTHER_WORD),
  );
}

describe('PageWords', () => {
  it('gives a word in a text the entry the word has on its own', () => {
    const words = pageWords();
    const text = 'the labour election';
    const labour = entryAt(words, text, 4, 10);
    expect(words.entryOf('labour')).toBe(labour);
    expect(entryAt(words, text, 11, 19)).toBe(words.entryOf('election'));
    expect(words.entryOf('the')).not.toBe(labour);
    expect(words.literal[labour]).toBe(7);
    expect(words.family[words.entryOf('election')]).toBe(3);
    expect(words.word[words.entryOf('election')]).toBe('election');
  });

  it('tells apart two words whose characters hash alike', () => {
    // "yaczf" and "glbpp" have the same 32-bit hash in the table.
    const words = pageWords();
    const first = words.entryOf('yaczf');
    const second = words.entryOf('glbpp');
    expect(second).not.toBe(first);
    expect(words.entryOf('yaczf')).toBe(first);
    expect(entryAt(words, 'x glbpp', 2, 7)).toBe(second);
  });

  it('keeps every entry as the table grows far past its first size', () => {
    const words = pageWords();
    const entries = Array.from({ length: 20_000 }, (_, index) => words.entryOf(`word${index}`));
    expect(new Set(entries).size).toBe(20_000);
    entries.forEach((entry, index) => {
      expect(words.entryOf(`word${index}`)).toBe(entry);
    });
  });

  it('reads "per cent" as the word "percent", and a block break as a barrier', () => {
    const words = pageWords();
    const tokens = new PageTokens(words);
    tokens.read('53 per cent');
    expect(tokens.count).toBe(2);
    expect(tokens.entries[1]).toBe(words.entryOf('percent'));
    expect(words.literal[words.entryOf(BLOCK_BREAK)]).toBe(BARRIER);
  });
});
