import { BLOCK_BREAK } from './normalise.ts';
import { NumberRole, numberOf } from './numbers.ts';
import { hashOfWord } from './tokenise.ts';
import { closeFormAndFamily } from './word-forms.ts';

// Everything the matcher needs to know about a page word, worked out once per distinct word: pages
// repeat their words, and reducing a word (spelling rules, stemmer, number reading) costs far more
// than a map look-up.

/** A page word that is in no quoted form (or no concept pattern) of the corpus. */
export const OTHER_WORD = -1;
/** The literal id of a block break: nothing matches across it. */
export const BARRIER = -2;

// Words whose full stop does not end a sentence ("Mr. Smith", "Cllr. Jones").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'cllr',
  'rev',
  'hon',
  'gen',
  'sgt',
  'capt',
  'jr',
  'sr',
  'vs',
  'approx',
  'dept',
  'govt',
]);

/** Slots the word table starts with; it doubles when half full. */
const TABLE_INITIAL = 4_096;

export class PageWords {
  /**
   * Open addressing by a hash of the word's characters, so a page token is found without making a
   * string of it: slot holds entry + 1, or 0 for empty.
   */
  private slots = new Int32Array(TABLE_INITIAL);
  private readonly hashes: number[] = [];
  /** The word itself (its length may differ from its token's span: "per cent" is "percent"). */
  readonly word: string[] = [];
  /** Id of the word's close form among the quoted forms' words, or OTHER_WORD, or BARRIER. */
  readonly literal: number[] = [];
  /** Id of the word's family among the concept patterns' words, or OTHER_WORD. */
  readonly family: number[] = [];
  /** The word's value as a number (NaN for none) and its role in one (NumberRole). */
  readonly value: number[] = [];
  readonly role: number[] = [];
  /** A full stop after the word does not end a sentence: a known abbreviation, or one letter. */
  readonly abbreviation: boolean[] = [];

  constructor(
    private readonly literalIdOf: (canonical: string) => number,
    private readonly familyIdOf: (family: string) => number,
  ) {}

  /** The entry of a normalised word (a token's text), added on first sight. */
  entryOf(word: string): number {
    return this.entryAt(word, 0, word.length, hashOfWord(word));
  }

  /**
   * The entry of the token at [start, end) in a normalised text, whose characters hash to `hash`
   * (`hashOfWord`), added on first sight.
   */
  entryAt(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]! - 1;
      if (held < 0) return this.add(text.slice(start, end), hash, slot);
      const word = this.word[held]!;
      if (this.hashes[held] === hash && word.length === length && text.startsWith(word, start)) return held;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const entry = this.literal.length;
    this.slots[slot] = entry + 1;
    this.hashes.push(hash);
    this.word.push(word);
    if (this.word.length * 2 > this.slots.length) this.rehash();
    if (word === BLOCK_BREAK) {
      this.literal.push(BARRIER);
      this.family.push(OTHER_WORD);
    } else {
      const [closeForm, family] = closeFormAndFamily(word);
      this.literal.push(this.literalIdOf(closeForm));
      this.family.push(this.familyIdOf(family));
    }
    const [value, role] = numberOf(word);
    this.value.push(value);
    this.role.push(role);
    this.abbreviation.push(ABBREVIATIONS.has(word) || (word.length === 1 && role === NumberRole.None));
    return entry;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, entry) => {
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    });
    this.slots = slots;
  }
}
