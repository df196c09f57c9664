import type { MatchForm } from '../corpus/corpus-schema.ts';
import { BLOCK_BREAK, normalise } from './normalise.ts';
import { forEachToken } from './tokenise.ts';
import { canonicalWord } from './word-forms.ts';

// Finds every corpus claim in a text in one pass. The corpus is compiled once into word ids and
// an index by first word, so the page is tokenised once and each page word costs one map look-up;
// only words that start some form are examined further.

export interface MatchableClaim {
  id: string;
  slate: string;
  match: readonly MatchForm[];
}

export interface Hit {
  claimId: string;
  slate: string;
  /** Offsets into the raw text given to `find`, end exclusive. */
  start: number;
  end: number;
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

export interface ClaimMatcher {
  /** Non-overlapping hits in text order. Text may contain BLOCK_BREAK between blocks. */
  find(raw: string, surrounding?: SurroundingText): Hit[];
}

export interface MatcherOptions {
  /** Words a writer may insert into a long form ("every national internal Labour election"). */
  maxInsertedWords?: number;
  /** Forms this many words long or longer tolerate inserted words; shorter ones must be exact. */
  minWordsForInsertion?: number;
  /** How many words either side of a form its context words may stand. */
  contextWindow?: number;
}

const DEFAULTS: Required<MatcherOptions> = {
  maxInsertedWords: 2,
  minWordsForInsertion: 4,
  contextWindow: 40,
};

const OTHER_WORD = -1;
const BARRIER = -2;

interface CompiledForm {
  claim: number;
  words: Int32Array;
  near: Int32Array[] | null;
  maxInserted: number;
}

interface Candidate {
  claim: number;
  start: number;
  end: number;
}

class Vocabulary {
  private readonly ids = new Map<string, number>();

  add(canonical: string): number {
    let id = this.ids.get(canonical);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(canonical, id);
    }
    return id;
  }

  get(canonical: string): number {
    return this.ids.get(canonical) ?? OTHER_WORD;
  }
}

function formWords(text: string): string[] {
  const words: string[] = [];
  forEachToken(normalise(text).text, (word) => {
    if (word !== BLOCK_BREAK) words.push(canonicalWord(word));
  });
  return words;
}

export function compileMatcher(
  claims: readonly MatchableClaim[],
  options: MatcherOptions = {},
): ClaimMatcher {
  const settings = { ...DEFAULTS, ...options };
  const vocabulary = new Vocabulary();
  const toIds = (text: string, what: string): Int32Array => {
    const words = formWords(text);
    if (words.length === 0) throw new Error(`${what}: "${text}" has no words to match`);
    return Int32Array.from(words, (word) => vocabulary.add(word));
  };

  const byFirstWord = new Map<number, CompiledForm[]>();
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
        maxInserted: words.length >= settings.minWordsForInsertion ? settings.maxInsertedWords : 0,
      };
      const first = words[0] as number;
      const list = byFirstWord.get(first);
      if (list) list.push(compiled);
      else byFirstWord.set(first, [compiled]);
    }
  });

  // Page words seen before, by their normalised text: pages repeat words, so canonicalise each once.
  const wordIds = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = vocabulary.get(canonicalWord(word));
      wordIds.set(word, id);
    }
    return id;
  };

  const tokens = new TokenBuffer();
  const tokenId = (word: string): number => (word === BLOCK_BREAK ? BARRIER : idOf(word));
  // Made once, not per call: a fresh closure for every segment makes the engine re-learn the call.
  const pushToken = (word: string, start: number, end: number): void => {
    tokens.push(tokenId(word), start, end);
  };

  return {
    find(raw: string, surrounding: SurroundingText = {}): Hit[] {
      const { text, rawIndex } = normalise(raw);
      const window = settings.contextWindow;
      const around: SurroundingIds = {
        before: lazyIds(surrounding.before, tokenId),
        after: lazyIds(surrounding.after, tokenId),
      };
      tokens.clear();
      forEachToken(text, pushToken);
      const { ids, starts, ends, count } = tokens;

      const candidates: Candidate[] = [];
      for (let i = 0; i < count; i++) {
        const forms = byFirstWord.get(ids[i] as number);
        if (forms === undefined) continue;
        for (const form of forms) {
          const last = matchFormAt(ids, count, i, form);
          if (last < 0) continue;
          if (
            form.near !== null &&
            !contextNear(ids, count, i, last, form.near, window) &&
            !contextAcrossEdges(ids, count, { first: i, last, near: form.near }, window, around)
          ) {
            continue;
          }
          candidates.push({
            claim: form.claim,
            start: rawIndex[starts[i] as number] as number,
            end: (rawIndex[(ends[last] as number) - 1] as number) + 1,
          });
        }
      }

      return resolveOverlaps(candidates).map((candidate) => {
        const claim = claims[candidate.claim] as MatchableClaim;
        return { claimId: claim.id, slate: claim.slate, start: candidate.start, end: candidate.end };
      });
    },
  };
}

/** Tokens the buffers start with, and the most they keep between calls. */
const TOKENS_INITIAL = 1_024;
const TOKENS_KEPT = 16_384;

/**
 * The page's tokens as word ids and offsets, in buffers kept between calls: a page is matched
 * segment by segment, and growing fresh arrays for each would allocate them all again every time.
 * Buffers grown for an unusually long text are let go at the next call.
 */
class TokenBuffer {
  ids = new Int32Array(TOKENS_INITIAL);
  starts = new Int32Array(TOKENS_INITIAL);
  ends = new Int32Array(TOKENS_INITIAL);
  count = 0;

  clear(): void {
    this.count = 0;
    if (this.ids.length > TOKENS_KEPT) {
      this.ids = new Int32Array(TOKENS_INITIAL);
      this.starts = new Int32Array(TOKENS_INITIAL);
      this.ends = new Int32Array(TOKENS_INITIAL);
    }
  }

  push(id: number, start: number, end: number): void {
    if (this.count === this.ids.length) this.grow();
    this.ids[this.count] = id;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  private grow(): void {
    const size = this.ids.length * 2;
    const grown = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.ids = grown(this.ids);
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
  }
}

/** Index of the form's last word when the form starts at `start`, or -1. */
function matchFormAt(ids: Int32Array, count: number, start: number, form: CompiledForm): number {
  const { words } = form;
  let inserted = 0;
  let at = start + 1;
  for (let k = 1; k < words.length; at++) {
    if (at >= count) return -1;
    const id = ids[at] as number;
    if (id === BARRIER) return -1;
    if (id === words[k]) k++;
    else if (++inserted > form.maxInserted) return -1;
  }
  return at - 1;
}

function contextNear(
  ids: Int32Array,
  count: number,
  first: number,
  last: number,
  near: readonly Int32Array[],
  window: number,
): boolean {
  const from = Math.max(0, first - window);
  const to = Math.min(count, last + window + 1);
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

/** Word ids of the text either side of a segment, each read and tokenised on first use only. */
interface SurroundingIds {
  before: () => number[];
  after: () => number[];
}

/** Token ids of a text, read and tokenised on first use only. */
function lazyIds(read: (() => string) | undefined, tokenId: (word: string) => number): () => number[] {
  let ids: number[] | null = null;
  return () => {
    if (ids === null) {
      const found: number[] = [];
      if (read !== undefined) forEachToken(normalise(read()).text, (word) => found.push(tokenId(word)));
      ids = found;
    }
    return ids;
  };
}

/**
 * Context words for a form whose window runs past the segment's start or end, looked for in the
 * text either side, with a block break at each seam as on the page.
 */
function contextAcrossEdges(
  ids: Int32Array,
  count: number,
  form: { first: number; last: number; near: readonly Int32Array[] },
  window: number,
  around: SurroundingIds,
): boolean {
  const { first, last, near } = form;
  // The seam's block break counts as one of the window's words, as a block break in the text does.
  const wantedBefore = first - window < 0 ? window - first - 1 : -1;
  const wantedAfter = last + window >= count ? last + window - count : -1;
  if (wantedBefore < 0 && wantedAfter < 0) return false;
  const before = wantedBefore > 0 ? around.before().slice(-wantedBefore) : [];
  const after = wantedAfter > 0 ? around.after().slice(0, wantedAfter) : [];
  if (before.length === 0 && after.length === 0) return false;
  const from = Math.max(0, first - window);
  const to = Math.min(count, last + window + 1);
  const joined = Int32Array.from([...before, BARRIER, ...ids.subarray(from, to), BARRIER, ...after]);
  const shift = before.length + 1 - from;
  return contextNear(joined, joined.length, first + shift, last + shift, near, window);
}

/**
 * Keeps the longest of overlapping hits, then the earliest, then the first claim in corpus
 * order: the same page always gives the same highlights.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.claim - b.claim);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) kept.push(cluster[0] as Candidate);
    else if (cluster.length > 1) kept.push(...pickWithinCluster(cluster));
    cluster = [];
  };
  for (const candidate of candidates) {
    if (candidate.start >= clusterEnd) flush();
    cluster.push(candidate);
    clusterEnd = Math.max(clusterEnd, candidate.end);
  }
  flush();
  return kept;
}

function pickWithinCluster(cluster: Candidate[]): Candidate[] {
  const byPreference = [...cluster].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.claim - b.claim,
  );
  const chosen: Candidate[] = [];
  for (const candidate of byPreference) {
    if (chosen.every((other) => candidate.end <= other.start || candidate.start >= other.end)) {
      chosen.push(candidate);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}
