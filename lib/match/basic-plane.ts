// The whole Basic Multilingual Plane as one string, code n at index n, for building per-code tables
// with one native string operation (lower-casing, a Unicode-property expression) instead of 65,536
// calls. Surrogates, which stand for nothing alone, are U+FFFD there, one code for one.

export const PLANE_SIZE = 0x10000;
export const SURROGATE_FIRST = 0xd800;
export const SURROGATE_LAST = 0xdfff;
const REPLACEMENT = 0xfffd;

/** Codes 0 to 0xFFFF as a string; each surrogate (SURROGATE_FIRST to SURROGATE_LAST) is U+FFFD. */
export function basicPlane(): string {
  const codes = new Uint16Array(PLANE_SIZE);
  // Written as U+FFFD here, not left to the decoder: the last high and first low surrogate would
  // make a pair, two codes read as one character.
  for (let code = 0; code < PLANE_SIZE; code++) codes[code] = code;
  codes.fill(REPLACEMENT, SURROGATE_FIRST, SURROGATE_LAST + 1);
  return new TextDecoder('utf-16le').decode(codes);
}
