import type { Concept, Synonyms } from '../corpus/corpus-schema.ts';
import { normalise } from './normalise.ts';
import { NumberRole, readNumber } from './numbers.ts';
import { TokenFlag, type PageTokens } from './page-tokens.ts';
import { BARRIER, OTHER_WORD, type PageWords } from './page-words.ts';
import { forEachToken } from './tokenise.ts';
import { idOf } from './word-ids.ts';
import { wordFamily } from './word-forms.ts';

// Restatements: a claim's concept patterns, each a list of groups (ideas) that must all be found
// in one sentence, in any order. Every word of every alternative is indexed by its family, so a
// page token costs one array look-up; a pattern is looked at only when one of its words turns up,
// and its state is kept per sentence by stamping, never cleared, so matching stays linear in the
// text however many patterns the corpus holds.

/**
 * The most words a restatement may span, from its first idea to its last: a long sentence must
 * not join words that stand far apart and say something else.
 */
export const CONCEPT_SPAN_WORDS = 32;

/**
 * How many letters longer or shorter than a pattern's word a page word of the same family may be.
 * The stemmer cuts far: it takes "international" for "internal" and "organisations" for
 * "organise"; inflections ("wins", "winning", "elections") stay within this.
 */
const FAMILY_STRETCH_LETTERS = 4;

export interface ConceptClaim {
  id: string;
  concepts?: readonly Concept[];
}

/** A restatement found: its claim, and token ranges (first, last) of the whole and of each idea. */
export interface ConceptMatch {
  claim: number;
  first: number;
  last: number;
  /** Each group's words as [first, last] token indexes, in text order. */
  groups: (readonly [number, number])[];
}

/**
 * A word or phrase alternative, shared by every group that lists it or another alternative of the
 * same families ("socialist", "socialists"), indexed by one of its words.
 */
interface WordKey {
  key: number;
  /** Family id of each word, in order. */
  families: Int32Array;
  /**
   * Shortest and longest length of each word as the alternatives sharing this key write it (see
   * FAMILY_STRETCH_LETTERS).
   */
  shortest: Int32Array;
  longest: Int32Array;
  /** Which word it is indexed by: the one whose family the fewest alternatives share. */
  anchor: number;
}

/** A "#53" (whole part) or "#53.67" (exact) alternative. */
interface NumberKey {
  key: number;
  /** The exact value asked for; NaN when any number with this whole part will do. */
  exact: number;
}

interface Pattern {
  claim: number;
  groups: number;
  /** Each group's keys. */
  keysOf: Int32Array[];
  /** For each key the pattern lists, a bit mask of the groups that list it. */
  groupsOf: Map<number, number>;
}

const NO_KEYS = new Int32Array(0);
const NO_PHRASES: readonly WordKey[] = [];

const NUMBER_ALTERNATIVE = /^#(\d+(?:\.\d+)?)$/;
/** Groups are tracked in a 31-bit mask. */
const MAX_GROUPS = 31;

/** The alternatives of a group, with synonym sets ("@name") replaced by their words and phrases. */
export function groupAlternatives(group: string, synonyms: Synonyms, what: string): string[] {
  return group.split('|').flatMap((alternative) => {
    const text = alternative.trim();
    if (!text.startsWith('@')) return [text];
    const set = synonyms[text.slice(1)];
    if (set === undefined) throw new Error(`${what}: unknown synonym set "${text}"`);
    return set;
  });
}

/**
 * Finds restatements in three steps, so that common words cost little. Each distinct alternative
 * is a key: a page token that is (the anchor word of) a key adds one occurrence to the sentence's
 * list, whatever the number of patterns listing it. Each pattern has a trigger, its group least
 * likely to turn up on a page; only a pattern whose trigger turned up is looked at, once, when its
 * sentence ends, by replaying the sentence's occurrences.
 */
export class ConceptFinder {
  /** By family id, dense: the word keys anchored on that family (empty for none). */
  private readonly phraseKeys: WordKey[][];
  /**
   * By family id, dense: the one-word keys of that family as flat triples (key, shortest and
   * longest length), the common case kept to plain numbers.
   */
  private readonly wordKeys: number[][];
  private readonly numberKeys = new Map<number, NumberKey[]>();
  /** By key, dense: the patterns whose trigger group lists it. */
  private readonly triggers: number[][];
  private readonly patterns: Pattern[] = [];
  /** By page-word entry (see readNewWords): the one-word keys it is, and the phrase keys anchored on it. */
  private readonly wordKeysOfEntry: Int32Array[] = [];
  private readonly phraseKeysOfEntry: (readonly WordKey[])[] = [];
  // The current sentence: its occurrences (key, first and last token) and the patterns to look at.
  private occurrenceKeys: Int32Array = new Int32Array(64);
  private occurrenceFirst: Int32Array = new Int32Array(64);
  private occurrenceLast: Int32Array = new Int32Array(64);
  private occurrences = 0;
  private readonly queued: number[] = [];
  /** The sentence each pattern was last queued in, so it is queued once. */
  private readonly queuedIn: Int32Array;
  /** The sentence each key was last found in. */
  private readonly keySeenIn: Int32Array;
  private sentence = 0;
  // Where each group of the pattern being looked at was last found.
  private readonly groupFirst = new Int32Array(MAX_GROUPS);
  private readonly groupLast = new Int32Array(MAX_GROUPS);

  /** `families` gives (and adds) the id of a word family; page words are looked up in the same map. */
  constructor(claims: readonly ConceptClaim[], synonyms: Synonyms, families: Map<string, number>) {
    const keyIds = new Map<string, number>();
    const wordKeys = new Map<string, WordKey>();
    const keyOfText = new Map<string, number>();
    const patternKeys: number[][][] = [];
    claims.forEach((claim, claimIndex) => {
      claim.concepts?.forEach((concept, conceptIndex) => {
        const what = `claim "${claim.id}" concept pattern ${conceptIndex}`;
        if (concept.length > MAX_GROUPS) throw new Error(`${what}: more than ${MAX_GROUPS} groups`);
        const groups = concept.map((group) =>
          groupAlternatives(group, synonyms, what).map((alternative) => {
            // Synonym sets repeat the same alternatives across patterns: each is read once.
            let key = keyOfText.get(alternative);
            if (key === undefined) {
              key = this.keyOf(alternative, what, keyIds, families, wordKeys);
              keyOfText.set(alternative, key);
            }
            return key;
          }),
        );
        const groupsOf = new Map<number, number>();
        groups.forEach((keys, group) => {
          for (const key of keys) groupsOf.set(key, (groupsOf.get(key) ?? 0) | (1 << group));
        });
        const keysOf = groups.map((keys) => Int32Array.from(new Set(keys)));
        this.patterns.push({ claim: claimIndex, groups: concept.length, keysOf, groupsOf });
        patternKeys.push(groups);
      });
    });
    this.wordKeys = Array.from({ length: families.size }, () => []);
    this.phraseKeys = Array.from({ length: families.size }, () => []);
    this.triggers = Array.from({ length: keyIds.size }, () => []);
    this.chooseTriggers(patternKeys, this.indexWordKeys([...wordKeys.values()]));
    this.queuedIn = new Int32Array(this.patterns.length);
    this.keySeenIn = new Int32Array(keyIds.size);
  }

  /** The key of an alternative, added on first sight. */
  private keyOf(
    alternative: string,
    what: string,
    keyIds: Map<string, number>,
    families: Map<string, number>,
    wordKeys: Map<string, WordKey>,
  ): number {
    const number = NUMBER_ALTERNATIVE.exec(alternative);
    if (number !== null) {
      const key = keyIds.size;
      keyIds.set(alternative, key);
      const value = Number(number[1]);
      const exact = number[1]!.includes('.') ? value : Number.NaN;
      const whole = Math.trunc(value);
      const sameWhole = this.numberKeys.get(whole);
      if (sameWhole === undefined) this.numberKeys.set(whole, [{ key, exact }]);
      else sameWhole.push({ key, exact });
      return key;
    }
    const words = wordsOf(alternative);
    if (words.length === 0) throw new Error(`${what}: "${alternative}" has no words to match`);
    const wordFamilies = words.map((word) => idOf(families, wordFamily(word)));
    const name = wordFamilies.join(' ');
    const known = wordKeys.get(name);
    if (known !== undefined) {
      words.forEach((word, k) => {
        known.shortest[k] = Math.min(known.shortest[k]!, word.length);
        known.longest[k] = Math.max(known.longest[k]!, word.length);
      });
      return known.key;
    }
    const key = keyIds.size;
    keyIds.set(name, key);
    wordKeys.set(name, {
      key,
      families: Int32Array.from(wordFamilies),
      shortest: Int32Array.from(words, (word) => word.length),
      longest: Int32Array.from(words, (word) => word.length),
      anchor: 0,
    });
    return key;
  }

  /**
   * Indexes each word key by its rarest word, and returns how common each key is likely to be on a
   * page. Pages are unknown here, so the corpus stands in: a word that many alternatives use
   * ("left", "Labour", "Momentum") is a common word of this debate; a phrase is rarer than its
   * rarest word.
   */
  private indexWordKeys(wordKeys: readonly WordKey[]): Map<number, number> {
    const familyUses = new Map<number, number>();
    for (const { families } of wordKeys) {
      for (const family of families) familyUses.set(family, (familyUses.get(family) ?? 0) + 1);
    }
    const commonness = new Map<number, number>();
    for (const wordKey of wordKeys) {
      const { families, shortest } = wordKey;
      // Short words are the common ones of any language ("in", "the", "new"): length weighs in.
      const commonnessOf = (k: number): number => (familyUses.get(families[k]!)! * 8) / shortest[k]!;
      for (let k = 1; k < families.length; k++) {
        if (commonnessOf(k) < commonnessOf(wordKey.anchor)) wordKey.anchor = k;
      }
      const anchor = families[wordKey.anchor]!;
      if (families.length === 1) this.wordKeys[anchor]!.push(wordKey.key, shortest[0]!, wordKey.longest[0]!);
      else this.phraseKeys[anchor]!.push(wordKey);
      commonness.set(wordKey.key, commonnessOf(wordKey.anchor) / families.length);
    }
    return commonness;
  }

  /**
   * Gives each pattern, as its trigger, the group least likely to turn up: the sum of its keys'
   * commonness (a number is rare: 1).
   */
  private chooseTriggers(patternKeys: readonly number[][][], commonness: Map<number, number>): void {
    const weight = (keys: readonly number[]): number =>
      keys.reduce((sum, key) => sum + (commonness.get(key) ?? 1), 0);
    patternKeys.forEach((groups, pattern) => {
      const trigger = groups.reduce((best, keys) => (weight(keys) < weight(best) ? keys : best));
      for (const key of new Set(trigger)) this.triggers[key]!.push(pattern);
    });
  }

  /** Calls `found` for each restatement in the tokens, sentence by sentence. */
  find(tokens: PageTokens, found: (match: ConceptMatch) => void): void {
    const { count, entries, flags, ids } = tokens;
    const { family, role } = tokens.words;
    this.readNewWords(tokens.words);
    const { wordKeysOfEntry, phraseKeysOfEntry } = this;
    const hasNumbers = this.numberKeys.size > 0;
    this.sentence++;
    let numberEnd = -1; // last token of the number read last: no number starts inside one
    for (let i = 0; i < count; i++) {
      // A block break's entry is no key and no number: it only ends the sentence.
      if (ids[i] === BARRIER || (flags[i]! & TokenFlag.SentenceStart) !== 0) this.endSentence(found);
      const entry = entries[i]!;
      // Most page words are in no pattern: one test passes them by.
      if (family[entry] !== OTHER_WORD) {
        const keys = wordKeysOfEntry[entry]!;
        for (let k = 0; k < keys.length; k++) this.occur(keys[k]!, i, i);
        const phrases = phraseKeysOfEntry[entry]!;
        for (let k = 0; k < phrases.length; k++) {
          const phrase = phrases[k]!;
          const first = i - phrase.anchor;
          // Most phrases looked at fail on their first word: checked here, it spares a call each.
          if (first < 0 || family[entries[first]!] !== phrase.families[0]) continue;
          if (wordsAt(tokens, first, phrase)) {
            this.occur(phrase.key, first, first + phrase.families.length - 1);
          }
        }
      }
      if (hasNumbers && i > numberEnd && role[entry] !== NumberRole.None) {
        const number = readNumber(tokens, i);
        if (number === null) continue;
        numberEnd = number.last;
        const keys = this.numberKeys.get(Math.trunc(number.value));
        if (keys === undefined) continue;
        for (let k = 0; k < keys.length; k++) {
          const { key, exact } = keys[k]!;
          if (Number.isNaN(exact) || Math.abs(exact - number.value) < 1e-9) this.occur(key, i, number.last);
        }
      }
    }
    this.endSentence(found);
  }

  /**
   * Works out, once per distinct page word, which keys it can be: a page repeats its words, so the
   * token loop is left with one look-up for the many words that are none. A finder serves one
   * matcher, whose page words only grow, so the entries read on earlier calls stay as they are.
   */
  private readNewWords(words: PageWords): void {
    const { family, word } = words;
    for (let entry = this.wordKeysOfEntry.length; entry < family.length; entry++) {
      const familyId = family[entry]!;
      if (familyId === OTHER_WORD) {
        this.wordKeysOfEntry.push(NO_KEYS);
        this.phraseKeysOfEntry.push(NO_PHRASES);
        continue;
      }
      const wordLength = word[entry]!.length;
      const candidates = this.wordKeys[familyId]!;
      const keys: number[] = [];
      for (let k = 0; k < candidates.length; k += 3) {
        if (
          wordLength >= candidates[k + 1]! - FAMILY_STRETCH_LETTERS &&
          wordLength <= candidates[k + 2]! + FAMILY_STRETCH_LETTERS
        ) {
          keys.push(candidates[k]!);
        }
      }
      this.wordKeysOfEntry.push(keys.length === 0 ? NO_KEYS : Int32Array.from(keys));
      this.phraseKeysOfEntry.push(this.phraseKeys[familyId]!);
    }
  }

  private occur(key: number, first: number, last: number): void {
    const at = this.occurrences++;
    if (at === this.occurrenceKeys.length) this.growOccurrences();
    this.occurrenceKeys[at] = key;
    this.occurrenceFirst[at] = first;
    this.occurrenceLast[at] = last;
    this.keySeenIn[key] = this.sentence;
    const patterns = this.triggers[key]!;
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p]!;
      if (this.queuedIn[pattern] !== this.sentence) {
        this.queuedIn[pattern] = this.sentence;
        this.queued.push(pattern);
      }
    }
  }

  private endSentence(found: (match: ConceptMatch) => void): void {
    const { queued } = this;
    for (let q = 0; q < queued.length; q++) {
      const match = this.firstMatch(queued[q]!);
      if (match !== null) found(match);
    }
    this.queued.length = 0;
    this.occurrences = 0;
    this.sentence++;
  }

  /** Room for more occurrences: a sentence with no full stop can run long. */
  private growOccurrences(): void {
    const grown = (from: Int32Array): Int32Array => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.occurrenceKeys = grown(this.occurrenceKeys);
    this.occurrenceFirst = grown(this.occurrenceFirst);
    this.occurrenceLast = grown(this.occurrenceLast);
  }

  /**
   * The pattern's first match in the sentence: its occurrences replayed in order, each group
   * keeping where it was found last, until every group is in place close enough together.
   */
  private firstMatch(pattern: number): ConceptMatch | null {
    const { claim, groups, groupsOf, keysOf } = this.patterns[pattern]!;
    // Most patterns looked at lack a group altogether: a look at each group's keys settles that
    // before any replay.
    for (let g = 0; g < keysOf.length; g++) {
      const keys = keysOf[g]!;
      let seen = false;
      for (let k = 0; k < keys.length && !seen; k++) seen = this.keySeenIn[keys[k]!] === this.sentence;
      if (!seen) return null;
    }
    const { groupFirst, groupLast } = this;
    const all = (1 << groups) - 1;
    let placed = 0;
    for (let k = 0; k < this.occurrences; k++) {
      const mask = groupsOf.get(this.occurrenceKeys[k]!);
      if (mask === undefined) continue;
      const first = this.occurrenceFirst[k]!;
      const last = this.occurrenceLast[k]!;
      for (let group = 0; group < groups; group++) {
        if ((mask & (1 << group)) === 0) continue;
        // "every" inside "almost every", found just after it: the group keeps the longer words.
        if ((placed & (1 << group)) !== 0 && first >= groupFirst[group]! && last <= groupLast[group]!)
          continue;
        groupFirst[group] = first;
        groupLast[group] = last;
        placed |= 1 << group;
      }
      if (placed === all && this.fits(groups)) {
        this.widenToLaterPhrases(groupsOf, groups, k + 1);
        return this.matchOf(claim, groups);
      }
    }
    return null;
  }

  /**
   * A phrase is recorded at its rarest word, so "electoral calculation" can come after the
   * "electoral" that completed the match: each group takes a later occurrence that contains its
   * words, where the match still fits.
   */
  private widenToLaterPhrases(groupsOf: ReadonlyMap<number, number>, groups: number, from: number): void {
    const { groupFirst, groupLast } = this;
    for (let k = from; k < this.occurrences; k++) {
      const mask = groupsOf.get(this.occurrenceKeys[k]!);
      if (mask === undefined) continue;
      const first = this.occurrenceFirst[k]!;
      const last = this.occurrenceLast[k]!;
      for (let group = 0; group < groups; group++) {
        if ((mask & (1 << group)) === 0) continue;
        const wasFirst = groupFirst[group]!;
        const wasLast = groupLast[group]!;
        if (first > wasFirst || last < wasLast || (first === wasFirst && last === wasLast)) continue;
        groupFirst[group] = first;
        groupLast[group] = last;
        if (!this.fits(groups)) {
          groupFirst[group] = wasFirst;
          groupLast[group] = wasLast;
        }
      }
    }
  }

  /** Every group's words within the span, and no word standing for two groups. */
  private fits(groups: number): boolean {
    const { groupFirst, groupLast } = this;
    let start = groupFirst[0]!;
    let end = groupLast[0]!;
    for (let group = 1; group < groups; group++) {
      start = Math.min(start, groupFirst[group]!);
      end = Math.max(end, groupLast[group]!);
    }
    if (end - start + 1 > CONCEPT_SPAN_WORDS) return false;
    for (let one = 0; one < groups; one++) {
      for (let other = one + 1; other < groups; other++) {
        if (groupFirst[one]! <= groupLast[other]! && groupFirst[other]! <= groupLast[one]!) return false;
      }
    }
    return true;
  }

  private matchOf(claim: number, groups: number): ConceptMatch {
    const spans: (readonly [number, number])[] = [];
    let last = -1;
    for (let group = 0; group < groups; group++) {
      spans.push([this.groupFirst[group]!, this.groupLast[group]!]);
      last = Math.max(last, this.groupLast[group]!);
    }
    spans.sort((a, b) => a[0] - b[0]);
    return { claim, first: spans[0]![0], last, groups: spans };
  }
}

/** The key's words stand at tokens from `first` on, within one sentence and the text. */
function wordsAt(tokens: PageTokens, first: number, wordKey: WordKey): boolean {
  const { families, shortest, longest } = wordKey;
  if (first + families.length > tokens.count) return false;
  const { entries, flags } = tokens;
  const { family, word } = tokens.words;
  for (let k = 0; k < families.length; k++) {
    const at = first + k;
    // A block break's entry has no family, so the family check stops a phrase at one too.
    if (k > 0 && (flags[at]! & TokenFlag.SentenceStart) !== 0) return false;
    const entry = entries[at]!;
    if (family[entry] !== families[k]) return false;
    const letters = word[entry]!.length;
    if (letters < shortest[k]! - FAMILY_STRETCH_LETTERS || letters > longest[k]! + FAMILY_STRETCH_LETTERS)
      return false;
  }
  return true;
}

/** The normalised words of a pattern's alternative. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachToken(normalise(text).text, (word) => words.push(word));
  return words;
}
