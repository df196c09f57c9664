import { BLOCK_BREAK } from './normalise.ts';
import { NumberRole, numberOf } from './numbers.ts';
import { canonicalWord, wordFamily } from './word-forms.ts';

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

export class PageWords {
  private readonly entryByWord = new Map<string, number>();
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
    let entry = this.entryByWord.get(word);
    if (entry === undefined) {
      entry = this.literal.length;
      this.entryByWord.set(word, entry);
      const isBreak = word === BLOCK_BREAK;
      this.literal.push(isBreak ? BARRIER : this.literalIdOf(canonicalWord(word)));
      this.family.push(isBreak ? OTHER_WORD : this.familyIdOf(wordFamily(word)));
      const [value, role] = isBreak ? [Number.NaN, NumberRole.None] : numberOf(word);
      this.value.push(value);
      this.role.push(role);
      this.abbreviation.push(ABBREVIATIONS.has(word) || (word.length === 1 && role === NumberRole.None));
    }
    return entry;
  }
}
