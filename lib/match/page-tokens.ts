import { NumberRole, type NumberTokens } from './numbers.ts';
import type { PageWords } from './page-words.ts';
import { forEachSpan, PERCENT_WORDS } from './tokenise.ts';

// The tokens of one text being matched, with what the punctuation between them means: where a
// sentence starts (concept patterns match within one), and which numerals join into one number
// ("53.67", "12,500"). Punctuation is read once here, so the matchers only see flags.

export const TokenFlag = {
  /** A sentence ends between this token and the one before it. */
  SentenceStart: 1,
  /** This token is the digits after a decimal point: "53.|67". */
  DecimalPart: 2,
  /** This token is three digits after a thousands comma: "12,|500". */
  ThousandsPart: 4,
  /** Only spaces or hyphens stand between this token and the one before it. */
  Joined: 8,
} as const;

const SPACE = 0x20;
const HYPHEN = 0x2d;
const FULL_STOP = 0x2e;
const COMMA = 0x2c;
const QUESTION = 0x3f;
const EXCLAMATION = 0x21;
const ELLIPSIS = 0x2026;

/** Tokens the buffers start with, and the most they keep between calls. */
const TOKENS_INITIAL = 1_024;
const TOKENS_KEPT = 16_384;
const CHARS_PER_TOKEN = 5;

/**
 * Buffers kept between calls: a page is matched segment by segment, and growing fresh arrays for
 * each would allocate them all again every time. Buffers grown for an unusually long text are let
 * go at the next call.
 */
export class PageTokens implements NumberTokens {
  /** Each token's entry in the page's word table. */
  entries = new Int32Array(TOKENS_INITIAL);
  /** Each token's literal id (the word table's, copied here for the quoted forms' inner loops). */
  ids = new Int32Array(TOKENS_INITIAL);
  starts = new Int32Array(TOKENS_INITIAL);
  ends = new Int32Array(TOKENS_INITIAL);
  flags = new Uint8Array(TOKENS_INITIAL);
  count = 0;
  private text = '';
  // Made once, not per call: a fresh closure for every segment makes the engine re-learn the call.
  private readonly pushToken = (start: number, end: number, percentWords: boolean, hash: number): void => {
    const entry = percentWords
      ? this.words.entryOf(PERCENT_WORDS)
      : this.words.entryAt(this.text, start, end, hash);
    this.push(entry, start, end);
  };

  constructor(readonly words: PageWords) {}

  /** Tokenises a normalised text into the buffers, replacing what they held. */
  read(text: string): void {
    this.count = 0;
    // Sized once for the text's likely tokens (a word and its space average over five characters
    // in English), rather than grown by doubling through every size on the way.
    const likely = Math.max(TOKENS_INITIAL, Math.ceil(text.length / CHARS_PER_TOKEN));
    if (this.entries.length > Math.max(TOKENS_KEPT, likely) || this.entries.length < likely)
      this.resize(likely);
    this.text = text;
    forEachSpan(text, this.pushToken);
    this.text = '';
  }

  role(i: number): number {
    return this.words.role[this.entries[i]!]!;
  }

  value(i: number): number {
    return this.words.value[this.entries[i]!]!;
  }

  length(i: number): number {
    return this.ends[i]! - this.starts[i]!;
  }

  isDecimalPart(i: number): boolean {
    return (this.flags[i]! & TokenFlag.DecimalPart) !== 0;
  }

  isThousandsPart(i: number): boolean {
    return (this.flags[i]! & TokenFlag.ThousandsPart) !== 0;
  }

  isJoined(i: number): boolean {
    return (this.flags[i]! & TokenFlag.Joined) !== 0;
  }

  private push(entry: number, start: number, end: number): void {
    const at = this.count;
    if (at === this.entries.length) this.resize(at * 2);
    this.entries[at] = entry;
    this.ids[at] = this.words.literal[entry]!;
    this.starts[at] = start;
    this.ends[at] = end;
    this.flags[at] = at === 0 ? 0 : this.gapFlags(at, entry, start, end);
    this.count = at + 1;
  }

  /** What the characters between the token before and this one (at `start`) say. */
  private gapFlags(at: number, entry: number, start: number, end: number): number {
    const text = this.text;
    const from = this.ends[at - 1]!;
    // Most words stand one space apart: joined, and nothing else.
    if (start - from === 1 && text.charCodeAt(from) === SPACE) return TokenFlag.Joined;
    const previous = this.entries[at - 1]!;
    let ender = false; // a sentence-ending mark seen
    let onlyFullStops = true; // every sentence-ending mark seen was a full stop
    let endsSentence = false; // a space followed a sentence-ending mark
    let joined = true;
    for (let k = from; k < start; k++) {
      const code = text.charCodeAt(k);
      if (code === FULL_STOP || code === QUESTION || code === EXCLAMATION || code === ELLIPSIS) {
        ender = true;
        if (code !== FULL_STOP) onlyFullStops = false;
      } else if (code === SPACE && ender) endsSentence = true;
      if (code !== SPACE && code !== HYPHEN) joined = false;
    }
    let flags = joined ? TokenFlag.Joined : 0;
    const { words } = this;
    const numerals = words.role[previous] === NumberRole.Digits && words.role[entry] === NumberRole.Digits;
    if (numerals && start - from === 1) {
      const mark = text.charCodeAt(from);
      if (mark === FULL_STOP) flags |= TokenFlag.DecimalPart;
      else if (mark === COMMA && end - start === 3) flags |= TokenFlag.ThousandsPart;
    }
    if (endsSentence && !(onlyFullStops && words.abbreviation[previous]!)) flags |= TokenFlag.SentenceStart;
    return flags;
  }

  private resize(size: number): void {
    const keep = this.count; // read() empties the buffers before it resizes them, push() grows them
    const resized = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from.subarray(0, keep));
      return to;
    };
    this.entries = resized(this.entries, new Int32Array(size));
    this.ids = resized(this.ids, new Int32Array(size));
    this.starts = resized(this.starts, new Int32Array(size));
    this.ends = resized(this.ends, new Int32Array(size));
    this.flags = resized(this.flags, new Uint8Array(size));
  }
}
