import { BLOCK_BREAK } from './normalise.ts';

// Splits normalised text into word tokens (with their offsets), the unit the matcher compares.
// Punctuation between words is not a token, so "53–47", "53 - 47" and "53, 47" tokenise alike.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|%|\u2029/gu;

/** Calls `each` for every token, in order. "per cent" arrives as one token, text "percent". */
export function forEachToken(text: string, each: (token: Token) => void): void {
  TOKEN.lastIndex = 0;
  let pending: Token | null = null;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) {
    const token: Token = { text: match[0], start: match.index, end: match.index + match[0].length };
    if (pending !== null) {
      if (token.text === 'cent' && pending.end + 1 === token.start) {
        each({ text: 'percent', start: pending.start, end: token.end });
        pending = null;
        continue;
      }
      each(pending);
      pending = null;
    }
    if (token.text === 'per') pending = token;
    else each(token);
  }
  if (pending !== null) each(pending);
}

export function isBlockBreak(token: Token): boolean {
  return token.text === BLOCK_BREAK;
}
