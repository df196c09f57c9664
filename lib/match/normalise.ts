// Folds the typographic noise that differs between a quote and the page that reprints it (case,
// curly quotes, dash styles, invisible characters, white space), keeping a map from every
// normalised character back to the raw string so hits can be placed in the DOM.

/** Separates blocks (paragraphs, list items, cells) in collected page text; nothing matches across it. */
export const BLOCK_BREAK = '\u2029';
const BLOCK_BREAK_CODE = 0x2029;
const SPACE_CODE = 0x20;

export interface NormalisedText {
  text: string;
  /** rawIndex[i] is the raw index of normalised character i; rawIndex[text.length] is the raw length. */
  rawIndex: Int32Array;
}

const SINGLE_QUOTES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x60, 0xb4];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
// Soft hyphen, zero-width space/joiners, word joiner, byte-order mark.
const INVISIBLE = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const WHITE_SPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x202f, 0x205f, 0x3000,
];

// What the normaliser does with a character code (plain numbers: the table below is a Uint8Array).
const Kind = { Keep: 0, Space: 1, Drop: 2, Fold: 3 } as const;

// Per-code decisions for the Basic Multilingual Plane, built once: the hot loop is a table look-up.
// What a folded character becomes is looked up only for the few dozen non-letters that fold, so no
// second full-size table is kept in every tab.
const KIND = new Uint8Array(0x10000);
const FOLDED = new Map<number, number>();
const LAST_CAPITAL = 0x5a;
const TO_LOWER = 0x20;
function fold(code: number, to: number): void {
  KIND[code] = Kind.Fold;
  FOLDED.set(code, to);
}
// Capitals fold by arithmetic in the loop below, so they have no entry in FOLDED.
for (let code = 0x41; code <= LAST_CAPITAL; code++) KIND[code] = Kind.Fold;
for (const code of SINGLE_QUOTES) fold(code, 0x27);
for (const code of DOUBLE_QUOTES) fold(code, 0x22);
for (const code of DASHES) fold(code, 0x2d);
for (const code of INVISIBLE) KIND[code] = Kind.Drop;
for (const code of WHITE_SPACE) KIND[code] = Kind.Space;

/**
 * Working buffers kept between calls, grown to fit the texts seen so far but never past this many
 * characters: a page is normalised segment by segment, and fresh buffers for each would be
 * allocated and zeroed again every time. A tab that only ever normalises short texts keeps only
 * small ones; bigger inputs get their own, so no tab keeps megabytes of scratch alive.
 */
const SCRATCH_MAX_CHARS = 65_536;
let scratchOut = new Uint16Array(0);
let scratchIndex = new Int32Array(0);

/** The size scratch grows to for `capacity` characters: doubling, so growth happens rarely. */
function scratchSizeFor(capacity: number): number {
  return Math.min(SCRATCH_MAX_CHARS, Math.max(capacity, scratchOut.length * 2));
}

export function normalise(raw: string): NormalisedText {
  // Output never outgrows input except where lower-casing lengthens a character (rare: İ), and
  // that branch makes room itself, so the hot path writes without bounds checks or calls.
  let capacity = raw.length + 16;
  let out: Uint16Array;
  let rawIndex: Int32Array;
  if (capacity > SCRATCH_MAX_CHARS) {
    out = new Uint16Array(capacity);
    rawIndex = new Int32Array(capacity);
  } else {
    if (scratchOut.length < capacity) {
      const size = scratchSizeFor(capacity);
      scratchOut = new Uint16Array(size);
      scratchIndex = new Int32Array(size);
    }
    out = scratchOut;
    rawIndex = scratchIndex;
    capacity = out.length;
  }
  let length = 0;
  // Start as if after a space so leading white space is dropped.
  let lastWasSpace = true;

  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const kind: number = KIND[code]!;
    if (kind === Kind.Keep) {
      if (code === BLOCK_BREAK_CODE) {
        // A block break swallows the white space before it (and, via lastWasSpace, after it).
        if (length > 0 && out[length - 1] === SPACE_CODE) length--;
        out[length] = code;
        rawIndex[length++] = i;
        lastWasSpace = true;
        continue;
      }
      lastWasSpace = false;
      if (code < 0x80) {
        out[length] = code;
        rawIndex[length++] = i;
        continue;
      }
      // Non-ASCII: the engine's own lower-casing, which may lengthen a character.
      const lower = String.fromCharCode(code).toLowerCase();
      if (length + lower.length + 1 >= capacity) {
        capacity = Math.ceil(capacity * 1.5) + lower.length;
        out = grow(out, new Uint16Array(capacity));
        rawIndex = grow(rawIndex, new Int32Array(capacity));
      }
      for (let k = 0; k < lower.length; k++) {
        out[length] = lower.charCodeAt(k);
        rawIndex[length++] = i;
      }
    } else if (kind === Kind.Fold) {
      lastWasSpace = false;
      out[length] = code <= LAST_CAPITAL ? code + TO_LOWER : (FOLDED.get(code) as number);
      rawIndex[length++] = i;
    } else if (kind === Kind.Space) {
      if (!lastWasSpace) {
        out[length] = SPACE_CODE;
        rawIndex[length++] = i;
        lastWasSpace = true;
      }
    }
    // Kind.Drop: invisible characters leave no trace.
  }
  if (length > 0 && out[length - 1] === SPACE_CODE) length--;

  const text = decodeUtf16(out.subarray(0, length));
  rawIndex[length] = raw.length;
  // Scratch is reused by the next call, so its map is copied; a text too long for scratch has
  // buffers of its own, handed over as they are (a copy of megabytes would only feed the collector).
  const map = rawIndex === scratchIndex ? rawIndex.slice(0, length + 1) : rawIndex.subarray(0, length + 1);
  return { text, rawIndex: map };
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

// One native decode into a flat string: built by concatenating chunks instead, a page's text is a
// rope the engine must flatten (copy again) at the tokeniser's first character look-up. A lone
// surrogate comes out as U+FFFD, one code unit for one, so offsets hold, and neither is a word
// character. Little-endian is the typed array's own byte order on every platform browsers run on.
const UTF16 = new TextDecoder('utf-16le');

function decodeUtf16(codes: Uint16Array): string {
  return UTF16.decode(codes);
}
