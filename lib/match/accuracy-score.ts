import { normalise } from './normalise.ts';
import { forEachToken } from './tokenise.ts';

// Scores a matcher on sets of test sentences (`npm run accuracy`): how many restatements it
// recognises as the right claim (recall, per slate), and every highlight it should not have made.
// A sentence's expected claim is named by its verbatim quote, so sets stay valid while claim ids,
// merges and patterns change.

export interface AccuracyItem {
  sentence: string;
  /**
   * The claim the sentence restates: its slate, and its source quote (null when the claim was not
   * in the corpus when the set was written); null when the sentence makes no claim.
   */
  expect: { slate: string; quote: string | null } | null;
  kind: string;
}

/** What scoring needs of a claim: the quotes that name it. */
export interface ScoredClaim {
  id: string;
  slate: string;
  quote: string;
  alsoSaid?: readonly { quote: string }[];
}

/** What scoring needs of a hit. */
export interface ScoredHit {
  claimId: string;
  slate: string;
  start: number;
  end: number;
}

export interface FalseHighlight {
  sentence: string;
  claimId: string;
  /** The highlighted words. */
  text: string;
  /** 'no claim': the sentence makes none; 'wrong claim': it makes another. */
  why: 'no claim' | 'wrong claim';
}

export interface Miss {
  sentence: string;
  slate: string;
  quote: string;
  /** No claim of the corpus has this quote (or has it among its merged sentences). */
  notInCorpus: boolean;
  /** Claims the matcher took the sentence for instead, if any. */
  foundInstead: string[];
}

export interface SlateRecall {
  found: number;
  total: number;
}

export interface AccuracyScore {
  /** Sentences with an expected quote, by expected slate. */
  recall: Map<string, SlateRecall>;
  misses: Miss[];
  falseHighlights: FalseHighlight[];
  /**
   * Sentences whose claim was not yet in the corpus when written: not in recall; a hit on one
   * counts as false only when it is another slate's claim.
   */
  unscored: number;
  /** Sentences that make no claim. */
  negatives: number;
}

/** A text as its words alone, spaced, for comparing quotes whatever their punctuation and case. */
export function quoteKey(text: string): string {
  const words: string[] = [];
  forEachToken(normalise(text).text, (word) => words.push(word));
  return ` ${words.join(' ')} `;
}

/** The same sentence: equal, or one contains the other (a quote extended to its full sentence). */
function sameQuote(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

export function scoreAccuracy(
  items: readonly AccuracyItem[],
  claims: readonly ScoredClaim[],
  find: (sentence: string) => readonly ScoredHit[],
): AccuracyScore {
  const quotesOf = new Map(
    claims.map((claim) => [
      claim.id,
      [claim.quote, ...(claim.alsoSaid ?? []).map((said) => said.quote)].map(quoteKey),
    ]),
  );
  const allQuotes = [...quotesOf.values()].flat();
  const score: AccuracyScore = {
    recall: new Map(),
    misses: [],
    falseHighlights: [],
    unscored: 0,
    negatives: 0,
  };

  for (const item of items) {
    const hits = find(item.sentence);
    const falseHighlight = (hit: ScoredHit, why: FalseHighlight['why']): void => {
      const text = item.sentence.slice(hit.start, hit.end);
      score.falseHighlights.push({ sentence: item.sentence, claimId: hit.claimId, text, why });
    };
    if (item.expect === null) {
      score.negatives++;
      for (const hit of hits) falseHighlight(hit, 'no claim');
      continue;
    }
    const { slate, quote } = item.expect;
    if (quote === null) {
      // The claim was added after the set was written: a hit can't be judged by its quote, only
      // by its slate.
      score.unscored++;
      for (const hit of hits) if (hit.slate !== slate) falseHighlight(hit, 'wrong claim');
      continue;
    }
    const expected = quoteKey(quote);
    const isExpected = (hit: ScoredHit): boolean =>
      (quotesOf.get(hit.claimId) ?? []).some((said) => sameQuote(said, expected));
    const recall = score.recall.get(slate) ?? { found: 0, total: 0 };
    score.recall.set(slate, recall);
    recall.total++;
    if (hits.some(isExpected)) recall.found++;
    else {
      score.misses.push({
        sentence: item.sentence,
        slate,
        quote,
        notInCorpus: !allQuotes.some((said) => sameQuote(said, expected)),
        foundInstead: hits.map((hit) => hit.claimId),
      });
    }
    for (const hit of hits) if (!isExpected(hit)) falseHighlight(hit, 'wrong claim');
  }
  return score;
}

/** Recall over every slate together. */
export function overallRecall(score: AccuracyScore): SlateRecall {
  let found = 0;
  let total = 0;
  for (const slate of score.recall.values()) {
    found += slate.found;
    total += slate.total;
  }
  return { found, total };
}
