import type { Concept, Synonyms } from '../corpus/corpus-schema.ts';
import { normalise } from './normalise.ts';
import { NumberRole, readNumber } from './numbers.ts';
import { TokenFlag, type PageTokens } from './page-tokens.ts';
import { BARRIER, OTHER_WORD } from './page-words.ts';
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
export const FAMILY_STRETCH_LETTERS = 4;

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

/** One alternative of one group, indexed by its first word's family (or by its number). */
interface Alternative {
  pattern: number;
  /** The group's slot in the per-group state arrays. */
  slot: number;
  /** Families of the alternative's words after the first, consecutive on the page. */
  rest: Int32Array;
  /** Length of each of the alternative's words, the first included (see FAMILY_STRETCH_LETTERS). */
  lengths: Int32Array;
  /** For a "#53.67" alternative, the exact value; NaN for "#53" (any number whose whole part is 53). */
  exact: number;
}

const NUMBER_ALTERNATIVE = /^#(\d+(?:\.\d+)?)$/;

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

export class ConceptFinder {
  /** Alternatives by the family id of their first word. */
  private readonly byFamily: (Alternative[] | undefined)[] = [];
  /** Number alternatives by the whole part they ask for. */
  private readonly byNumber = new Map<number, Alternative[]>();
  private readonly patternClaim: number[] = [];
  private readonly patternFirstSlot: number[] = [];
  private readonly patternGroups: number[] = [];
  // Per-group state: where the group was last found, stamped with the sentence it was found in.
  private readonly slotSentence: Int32Array;
  private readonly slotFirst: Int32Array;
  private readonly slotLast: Int32Array;
  /** The sentence each pattern last fired in: a pattern gives at most one hit per sentence. */
  private readonly firedIn: Int32Array;
  private sentence = 0;

  /** `families` gives (and adds) the id of a word family; page words are looked up in the same map. */
  constructor(
    claims: readonly ConceptClaim[],
    synonyms: Synonyms,
    private readonly families: Map<string, number>,
  ) {
    let slots = 0;
    claims.forEach((claim, claimIndex) => {
      claim.concepts?.forEach((concept, conceptIndex) => {
        const pattern = this.patternClaim.length;
        this.patternClaim.push(claimIndex);
        this.patternFirstSlot.push(slots);
        this.patternGroups.push(concept.length);
        for (const group of concept) {
          const what = `claim "${claim.id}" concept pattern ${conceptIndex}`;
          this.addGroup(group, synonyms, what, pattern, slots++);
        }
      });
    });
    this.slotSentence = new Int32Array(slots);
    this.slotFirst = new Int32Array(slots);
    this.slotLast = new Int32Array(slots);
    this.firedIn = new Int32Array(this.patternClaim.length);
  }

  private addGroup(group: string, synonyms: Synonyms, what: string, pattern: number, slot: number): void {
    const seen = new Set<string>();
    for (const alternative of groupAlternatives(group, synonyms, what)) {
      const number = NUMBER_ALTERNATIVE.exec(alternative);
      if (number !== null) {
        const value = Number(number[1]);
        const exact = number[1]!.includes('.') ? value : Number.NaN;
        const none = new Int32Array(0);
        listIn(this.byNumber, Math.trunc(value)).push({ pattern, slot, rest: none, lengths: none, exact });
        continue;
      }
      const words = wordsOf(alternative);
      if (words.length === 0) throw new Error(`${what}: "${alternative}" has no words to match`);
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const ids = words.map((word) => idOf(this.families, wordFamily(word)));
      (this.byFamily[ids[0]!] ??= []).push({
        pattern,
        slot,
        rest: Int32Array.from(ids.slice(1)),
        lengths: Int32Array.from(words, (word) => word.length),
        exact: Number.NaN,
      });
    }
  }

  /** Calls `found` for each restatement in the tokens, in the order their last idea appears. */
  find(tokens: PageTokens, found: (match: ConceptMatch) => void): void {
    const { count, entries, flags, ids } = tokens;
    const { family, role } = tokens.words;
    const hasNumbers = this.byNumber.size > 0;
    let sentence = ++this.sentence;
    let numberEnd = -1; // last token of the number read last: no number starts inside one
    for (let i = 0; i < count; i++) {
      if (ids[i] === BARRIER || (flags[i]! & TokenFlag.SentenceStart) !== 0) sentence = ++this.sentence;
      if (ids[i] === BARRIER) continue;
      const entry = entries[i]!;
      const familyId = family[entry]!;
      if (familyId !== OTHER_WORD) {
        const alternatives = this.byFamily[familyId];
        if (alternatives !== undefined) {
          for (const alternative of alternatives) {
            const last = phraseEnd(tokens, i, alternative);
            if (last >= 0) this.record(alternative, i, last, sentence, found);
          }
        }
      }
      if (hasNumbers && i > numberEnd && role[entry] !== NumberRole.None) {
        const number = readNumber(tokens, i);
        if (number === null) continue;
        numberEnd = number.last;
        const alternatives = this.byNumber.get(Math.trunc(number.value));
        if (alternatives === undefined) continue;
        for (const alternative of alternatives) {
          if (Number.isNaN(alternative.exact) || Math.abs(alternative.exact - number.value) < 1e-9) {
            this.record(alternative, i, number.last, sentence, found);
          }
        }
      }
    }
  }

  /** Notes a group found at tokens first..last; fires its pattern when every group is in place. */
  private record(
    alternative: Alternative,
    first: number,
    last: number,
    sentence: number,
    found: (match: ConceptMatch) => void,
  ): void {
    const { slot, pattern } = alternative;
    // "every" inside "almost every", found just after it: the group keeps the longer words.
    if (
      this.slotSentence[slot] === sentence &&
      first >= this.slotFirst[slot]! &&
      last <= this.slotLast[slot]!
    ) {
      return;
    }
    this.slotSentence[slot] = sentence;
    this.slotFirst[slot] = first;
    this.slotLast[slot] = last;
    if (this.firedIn[pattern] === sentence) return;
    const from = this.patternFirstSlot[pattern]!;
    const to = from + this.patternGroups[pattern]!;
    let start = first;
    let end = last;
    for (let other = from; other < to; other++) {
      if (this.slotSentence[other] !== sentence) return;
      start = Math.min(start, this.slotFirst[other]!);
      end = Math.max(end, this.slotLast[other]!);
    }
    if (end - start + 1 > CONCEPT_SPAN_WORDS) return;
    // Each idea needs words of its own: one word cannot stand for two groups.
    for (let one = from; one < to; one++) {
      for (let other = one + 1; other < to; other++) {
        if (this.slotFirst[one]! <= this.slotLast[other]! && this.slotFirst[other]! <= this.slotLast[one]!) {
          return;
        }
      }
    }
    this.firedIn[pattern] = sentence;
    const groups: (readonly [number, number])[] = [];
    for (let other = from; other < to; other++) groups.push([this.slotFirst[other]!, this.slotLast[other]!]);
    groups.sort((a, b) => a[0] - b[0]);
    found({ claim: this.patternClaim[pattern]!, first: start, last: end, groups });
  }
}

/**
 * Index of the alternative's last token when its first word is the family member at `first` and
 * the rest follow it, or -1.
 */
function phraseEnd(tokens: PageTokens, first: number, alternative: Alternative): number {
  const { rest, lengths } = alternative;
  const last = first + rest.length;
  if (last >= tokens.count) return -1;
  const { entries, flags, ids, starts, ends } = tokens;
  const { family } = tokens.words;
  for (let at = first; at <= last; at++) {
    if (Math.abs(ends[at]! - starts[at]! - lengths[at - first]!) > FAMILY_STRETCH_LETTERS) return -1;
    if (at === first) continue;
    if (ids[at] === BARRIER || (flags[at]! & TokenFlag.SentenceStart) !== 0) return -1;
    if (family[entries[at]!] !== rest[at - first - 1]) return -1;
  }
  return last;
}

/** The normalised words of a pattern's alternative. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachToken(normalise(text).text, (word) => words.push(word));
  return words;
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}
