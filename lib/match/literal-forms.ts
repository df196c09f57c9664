import type { MatchForm } from '../corpus/corpus-schema.ts';
import { BLOCK_BREAK, normalise } from './normalise.ts';
import type { PageTokens } from './page-tokens.ts';
import { BARRIER } from './page-words.ts';
import { forEachToken } from './tokenise.ts';
import { idOf } from './word-ids.ts';
import { canonicalWord } from './word-forms.ts';

// Quotes: a claim's literal forms, its own words as a reader meets them reprinted. The forms are
// compiled into word ids and indexed by first word, so each page word costs one map look-up; only
// words that start some form are examined further.

/** Words a writer may insert into a long form ("every national internal Labour election"). */
const MAX_INSERTED_WORDS = 2;
/** Forms this many words long or longer tolerate inserted words; shorter ones must be exact. */
const MIN_WORDS_FOR_INSERTION = 4;
/** How many words either side of a form its context words may stand. */
const CONTEXT_WINDOW = 40;

export interface LiteralClaim {
  id: string;
  match: readonly MatchForm[];
}

/**
 * The text either side of the text being matched, when that is one segment of a longer page: read
 * (lazily, and rarely) only for the context words of a form found near the segment's edge.
 */
export interface SurroundingText {
  /** Text just before; a block break is assumed between it and the segment. */
  before?: () => string;
  /** Text just after; a block break is assumed between the segment and it. */
  after?: () => string;
}

interface CompiledForm {
  claim: number;
  words: Int32Array;
  near: Int32Array[] | null;
  maxInserted: number;
}

/** Word ids of the text either side of a segment, each read and tokenised on first use only. */
interface SurroundingIds {
  before: () => number[];
  after: () => number[];
}

export class LiteralForms {
  /** By literal word id, dense: the forms starting with that word (empty for none). */
  private readonly byFirstWord: CompiledForm[][];
  /** By literal id: 1 for a word that starts no form (most of them), so the page loop passes it by. */
  private readonly startsNoForm: Uint8Array;

  /** `wordIds` gives (and adds) the id of a word's close form; page words are looked up in it too. */
  constructor(claims: readonly LiteralClaim[], wordIds: Map<string, number>) {
    const toIds = (text: string, what: string): Int32Array => {
      const words: string[] = [];
      forEachToken(normalise(text).text, (word) => {
        if (word !== BLOCK_BREAK) words.push(canonicalWord(word));
      });
      if (words.length === 0) throw new Error(`${what}: "${text}" has no words to match`);
      return Int32Array.from(words, (word) => idOf(wordIds, word));
    };
    const forms: CompiledForm[] = [];
    claims.forEach((claim, claimIndex) => {
      for (const form of claim.match) {
        const text = typeof form === 'string' ? form : form.text;
        const words = toIds(text, `claim "${claim.id}" match form`);
        const near =
          typeof form === 'string'
            ? null
            : form.near.map((word) => toIds(word, `claim "${claim.id}" context word`));
        const compiled: CompiledForm = {
          claim: claimIndex,
          words,
          near,
          maxInserted: words.length >= MIN_WORDS_FOR_INSERTION ? MAX_INSERTED_WORDS : 0,
        };
        forms.push(compiled);
      }
    });
    this.byFirstWord = Array.from({ length: wordIds.size }, () => []);
    for (const form of forms) this.byFirstWord[form.words[0]!]!.push(form);
    this.startsNoForm = Uint8Array.from(this.byFirstWord, (starting) => (starting.length === 0 ? 1 : 0));
  }

  /**
   * Calls `found` with the claim and first and last token of every form in the tokens.
   * `surroundingIds` reads the literal ids of a text around the segment.
   */
  find(
    tokens: PageTokens,
    surrounding: SurroundingText,
    surroundingIds: (text: string) => number[],
    found: (claim: number, first: number, last: number) => void,
  ): void {
    const { ids, count } = tokens;
    const { byFirstWord, startsNoForm } = this;
    const around: SurroundingIds = {
      before: lazyIds(surrounding.before, surroundingIds),
      after: lazyIds(surrounding.after, surroundingIds),
    };
    for (let i = 0; i < count; i++) {
      const id = ids[i]!;
      if (id < 0 || startsNoForm[id] === 1) continue;
      // Indexed, not for…of: this runs once per page word, mostly before the engine optimises it,
      // and an iterator per word costs more than the look-up itself.
      const forms = byFirstWord[id]!;
      for (let f = 0; f < forms.length; f++) {
        const form = forms[f]!;
        const last = matchFormAt(ids, count, i, form);
        if (last < 0) continue;
        if (
          form.near !== null &&
          !contextNear(ids, count, i, last, form.near) &&
          !contextAcrossEdges(count, { first: i, last, near: form.near }, around)
        ) {
          continue;
        }
        found(form.claim, i, last);
      }
    }
  }
}

/** Index of the form's last word when the form starts at `start`, or -1. */
function matchFormAt(ids: Int32Array, count: number, start: number, form: CompiledForm): number {
  const { words } = form;
  let inserted = 0;
  let at = start + 1;
  for (let k = 1; k < words.length; at++) {
    if (at >= count) return -1;
    const id = ids[at]!;
    if (id === BARRIER) return -1;
    if (id === words[k]) k++;
    else if (++inserted > form.maxInserted) return -1;
  }
  return at - 1;
}

/** Whether a context phrase stands within the window around tokens first…last of the text. */
function contextNear(
  ids: Int32Array,
  count: number,
  first: number,
  last: number,
  near: readonly Int32Array[],
): boolean {
  return anyPhraseIn(
    ids,
    Math.max(0, first - CONTEXT_WINDOW),
    Math.min(count, last + CONTEXT_WINDOW + 1),
    near,
  );
}

/** Whether one of the phrases stands wholly within ids[from, to). */
function anyPhraseIn(ids: ArrayLike<number>, from: number, to: number, near: readonly Int32Array[]): boolean {
  for (const words of near) {
    const lastStart = to - words.length;
    for (let i = from; i <= lastStart; i++) {
      let k = 0;
      while (k < words.length && ids[i + k] === words[k]) k++;
      if (k === words.length) return true;
    }
  }
  return false;
}

/** Token ids of a text, read and tokenised on first use only. */
function lazyIds(read: (() => string) | undefined, idsOf: (text: string) => number[]): () => number[] {
  let ids: number[] | null = null;
  return () => {
    ids ??= read === undefined ? [] : idsOf(read());
    return ids;
  };
}

/**
 * Context words for a form whose window runs past the segment's start or end, looked for in the
 * text either side: only there, since a phrase cannot span the block break at each seam, and the
 * segment's own part of the window has been searched already.
 */
function contextAcrossEdges(
  count: number,
  form: { first: number; last: number; near: readonly Int32Array[] },
  around: SurroundingIds,
): boolean {
  const { first, last, near } = form;
  // The seam's block break counts as one of the window's words, as a block break in the text does.
  const wantedBefore = CONTEXT_WINDOW - first - 1;
  const wantedAfter = CONTEXT_WINDOW - (count - last);
  const inWindow = (words: number[]): boolean => anyPhraseIn(words, 0, words.length, near);
  return (
    (wantedBefore > 0 && inWindow(around.before().slice(-wantedBefore))) ||
    (wantedAfter > 0 && inWindow(around.after().slice(0, wantedAfter)))
  );
}
