import { basicPlane, PLANE_SIZE } from './basic-plane.ts';
import { BLOCK_BREAK } from './normalise.ts';

// Splits normalised text into word tokens (with their offsets), the unit the matcher compares.
// Punctuation between words is not a token, so "53–47", "53 - 47" and "53, 47" tokenise alike.
// A hand-written scanner over character codes: on a long page it runs once per character, where
// a Unicode-property regular expression costs several times as much.

/** Receives each token: its text (normalised), and its start and end offsets, end exclusive. */
export type TokenVisitor = (text: string, start: number, end: number) => void;

/**
 * Receives each token's offsets, end exclusive, without its text: the page's tokens are looked up
 * by their characters, so no string is made for a word already known. Its text is the text between
 * the offsets, except for "per cent", which is `PERCENT_WORDS`; `hash` is that text's `hashOfWord`.
 */
export type SpanVisitor = (start: number, end: number, percentWords: boolean, hash: number) => void;

const APOSTROPHE = 0x27;
// 32-bit FNV-1a, worked out as the scanner reads each character, so a word table finds a token
// without reading its characters a second time.
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
const PERCENT = 0x25;
const BLOCK_BREAK_CODE = BLOCK_BREAK.charCodeAt(0);
/** "per" then "cent" one space later: one token, read as this word. */
export const PERCENT_WORDS = 'percent';

/**
 * 1 for the codes of the Basic Multilingual Plane that are letters, digits or marks, read once from
 * a Unicode-property expression: the scanner's test is one table look-up whatever the script, never
 * a call. Surrogates are no word character.
 */
const WORD_CODE = wordCodeTable();

function wordCodeTable(): Uint8Array {
  const others = basicPlane().replace(/[^\p{L}\p{N}\p{M}]/gu, '\0');
  const table = new Uint8Array(PLANE_SIZE);
  for (let code = 1; code < PLANE_SIZE; code++) table[code] = others.charCodeAt(code) === 0 ? 0 : 1;
  return table;
}

/** Calls `each` for every token's offsets, in order. "per cent" arrives as one token. */
export function forEachSpan(text: string, each: SpanVisitor): void {
  const wordCode = WORD_CODE;
  let pendingPer = -1; // start of a "per" that may begin "per cent"
  let perHash = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const start = i;
    let code = text.charCodeAt(i++);
    let hash = Math.imul(HASH_SEED ^ code, HASH_PRIME);
    if (wordCode[code] === 1) {
      for (;;) {
        while (i < length && wordCode[(code = text.charCodeAt(i))] === 1) {
          hash = Math.imul(hash ^ code, HASH_PRIME);
          i++;
        }
        // An apostrophe inside a word (labour's, we've) belongs to it; one at its edge does not.
        if (
          i + 1 < length &&
          text.charCodeAt(i) === APOSTROPHE &&
          wordCode[(code = text.charCodeAt(i + 1))] === 1
        ) {
          hash = Math.imul(Math.imul(hash ^ APOSTROPHE, HASH_PRIME) ^ code, HASH_PRIME);
          i += 2;
          continue;
        }
        break;
      }
    } else if (code !== PERCENT && code !== BLOCK_BREAK_CODE) continue;
    const end = i;
    if (pendingPer >= 0) {
      const perStart = pendingPer;
      pendingPer = -1;
      if (start === perStart + 4 && end - start === 4 && text.startsWith('cent', start)) {
        each(perStart, end, true, PERCENT_WORDS_HASH);
        continue;
      }
      each(perStart, perStart + 3, false, perHash);
    }
    if (end - start === 3 && text.startsWith('per', start)) {
      pendingPer = start;
      perHash = hash;
    } else each(start, end, false, hash);
  }
  if (pendingPer >= 0) each(pendingPer, pendingPer + 3, false, perHash);
}

/** The hash `forEachSpan` gives a token's characters: 32-bit FNV-1a over its UTF-16 codes. */
export function hashOfWord(word: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), HASH_PRIME);
  return hash;
}

const PERCENT_WORDS_HASH = hashOfWord(PERCENT_WORDS);

/** Calls `each` for every token with its text, in order. "per cent" arrives as one token, text "percent". */
export function forEachToken(text: string, each: TokenVisitor): void {
  forEachSpan(text, (start, end, percentWords) => {
    each(percentWords ? PERCENT_WORDS : text.slice(start, end), start, end);
  });
}
