import { basicPlane, PLANE_SIZE, SURROGATE_FIRST, SURROGATE_LAST } from './basic-plane.ts';

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

// What the normaliser does with a character code (plain numbers: the table is a Uint8Array).
const Kind = { Write: 0, Space: 1, Drop: 2, BlockBreak: 3 } as const;

/** Codes lower-cased by one native call each, where none lower-cases to more than one code. */
const LOWER_CASE_BLOCK = 256;

// Per-code decisions for the Basic Multilingual Plane, built once: the hot loop is two table
// look-ups and no call, whatever the script, so no rare character sends it down a path the engine
// has not compiled. Built at import, so a mutation test that changes them runs every test.
const KIND = new Uint8Array(PLANE_SIZE);
/** What a written code becomes: itself, lower-cased, or folded (curly quotes, dashes). */
const WRITTEN = lowerCaseTable();
for (const code of SINGLE_QUOTES) WRITTEN[code] = 0x27;
for (const code of DOUBLE_QUOTES) WRITTEN[code] = 0x22;
for (const code of DASHES) WRITTEN[code] = 0x2d;
for (const code of INVISIBLE) KIND[code] = Kind.Drop;
for (const code of WHITE_SPACE) KIND[code] = Kind.Space;
KIND[BLOCK_BREAK_CODE] = Kind.BlockBreak;

// One native decode into a flat string: built by concatenating chunks instead, a page's text is a
// rope the engine must flatten (copy again) at the tokeniser's first character look-up. A lone
// surrogate comes out as U+FFFD, one code for one, so offsets hold, and neither is a word
// character. Little-endian is the typed array's own byte order on every platform browsers run on.
const UTF16 = new TextDecoder('utf-16le');

/**
 * Each code's lower case, or the first code of it where it is longer (İ lower-cases to "i" and a
 * combining dot: here, "i"), so the normalised text is never longer than the raw. Codes are
 * lower-cased a block at a time; a block whose lower case is longer than itself is done a code at a
 * time, so nothing after İ shifts. Each capital stands alone (no cased letter before it, so no
 * final sigma), as a unit test checks against lower-casing each character by itself.
 */
function lowerCaseTable(): Uint16Array {
  const plane = basicPlane();
  const table = new Uint16Array(PLANE_SIZE);
  for (let block = 0; block < PLANE_SIZE; block += LOWER_CASE_BLOCK) {
    const codes = plane.slice(block, block + LOWER_CASE_BLOCK);
    const lower = codes.toLowerCase();
    const aligned = lower.length === codes.length;
    for (let k = 0; k < codes.length; k++) {
      table[block + k] = aligned ? lower.charCodeAt(k) : codes.charAt(k).toLowerCase().charCodeAt(0);
    }
  }
  for (let code = SURROGATE_FIRST; code <= SURROGATE_LAST; code++) table[code] = code;
  return table;
}

/**
 * Working buffers kept between calls, grown to fit the texts seen so far but never past this many
 * characters: a page is normalised segment by segment, and fresh buffers for each would be
 * allocated and zeroed again every time. A tab that only ever normalises short texts keeps only
 * small ones; bigger inputs get their own, so no tab keeps megabytes of scratch alive.
 */
const SCRATCH_MAX_CHARS = 65_536;
let scratchOut = new Uint16Array(0);
let scratchIndex = new Int32Array(0);

export function normalise(raw: string): NormalisedText {
  // The output is never longer than the raw text (every code writes at most one), so the loop
  // writes without bounds checks; the map has one more slot, for the raw length.
  const capacity = raw.length + 1;
  let out = scratchOut;
  let rawIndex = scratchIndex;
  if (capacity > scratchOut.length) {
    // Scratch doubles, so it grows rarely; a text too long for it gets buffers of its own. One
    // allocation site for both: the engine compiles it before the first long page arrives.
    const size =
      capacity > SCRATCH_MAX_CHARS
        ? capacity
        : Math.min(SCRATCH_MAX_CHARS, Math.max(capacity, out.length * 2));
    out = new Uint16Array(size);
    rawIndex = new Int32Array(size);
    if (size <= SCRATCH_MAX_CHARS) {
      scratchOut = out;
      scratchIndex = rawIndex;
    }
  }
  let length = 0;
  // Start as if after a space so leading white space is dropped.
  let lastWasSpace = true;

  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const kind: number = KIND[code]!;
    if (kind === Kind.Write) {
      out[length] = WRITTEN[code]!;
      rawIndex[length++] = i;
      lastWasSpace = false;
    } else if (kind === Kind.Space) {
      if (!lastWasSpace) {
        out[length] = SPACE_CODE;
        rawIndex[length++] = i;
        lastWasSpace = true;
      }
    } else if (kind === Kind.BlockBreak) {
      // A block break swallows the white space before it (and, via lastWasSpace, after it).
      if (length > 0 && out[length - 1] === SPACE_CODE) length--;
      out[length] = code;
      rawIndex[length++] = i;
      lastWasSpace = true;
    }
    // Kind.Drop: invisible characters leave no trace.
  }
  if (length > 0 && out[length - 1] === SPACE_CODE) length--;

  const text = UTF16.decode(out.subarray(0, length));
  rawIndex[length] = raw.length;
  // Scratch is reused by the next call, so its map is copied; a text too long for scratch has
  // buffers of its own, handed over as they are (a copy of megabytes would only feed the collector).
  const own = rawIndex.subarray(0, length + 1);
  const map = rawIndex === scratchIndex ? own.slice() : own;
  return { text, rawIndex: map };
}
