import { BLOCK_BREAK } from './normalise.ts';

// Splits normalised text into word tokens (with their offsets), the unit the matcher compares.
// Punctuation between words is not a token, so "53–47", "53 - 47" and "53, 47" tokenise alike.
// A hand-written scanner over character codes: on a long page it runs once per character, where
// a Unicode-property regular expression costs several times as much.

/** Receives each token: its text (normalised), and its start and end offsets, end exclusive. */
export type TokenVisitor = (text: string, start: number, end: number) => void;

const APOSTROPHE = 0x27;
const PERCENT = 0x25;
const BLOCK_BREAK_CODE = BLOCK_BREAK.charCodeAt(0);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** 1 for the ASCII letters and digits: the common case is one table look-up, not a call. */
const ASCII_WORD = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++) {
  ASCII_WORD[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 0;
}

function isWordCode(code: number): boolean {
  return code < 0x80 ? ASCII_WORD[code] === 1 : LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** Calls `each` for every token, in order. "per cent" arrives as one token, text "percent". */
export function forEachToken(text: string, each: TokenVisitor): void {
  let pendingPer = -1; // start of a "per" that may begin "per cent"
  const emit = (start: number, end: number, word: string): void => {
    if (pendingPer >= 0) {
      const perStart = pendingPer;
      pendingPer = -1;
      if (word === 'cent' && start === perStart + 4) {
        each('percent', perStart, end);
        return;
      }
      each('per', perStart, perStart + 3);
    }
    if (word === 'per') pendingPer = start;
    else each(word, start, end);
  };

  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      const start = i;
      i++;
      for (;;) {
        while (i < length && isWordCode(text.charCodeAt(i))) i++;
        // An apostrophe inside a word (labour's, we've) belongs to it; one at its edge does not.
        if (i + 1 < length && text.charCodeAt(i) === APOSTROPHE && isWordCode(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
      emit(start, i, text.slice(start, i));
      continue;
    }
    if (code === PERCENT) emit(i, i + 1, '%');
    else if (code === BLOCK_BREAK_CODE) emit(i, i + 1, BLOCK_BREAK);
    i++;
  }
  if (pendingPer >= 0) each('per', pendingPer, pendingPer + 3);
}
