import { normalise } from '../match/normalise.ts';

// Where a quote sits in its source's text, found the way the matcher reads text: case, curly
// quotes, dashes and white space folded, so a quote typed with straight quotes still finds the
// source's curly ones. Offsets are into the raw source text, end exclusive.

export function findQuote(sourceText: string, quote: string): { start: number; end: number } | null {
  const needle = normalise(quote).text.trim();
  if (needle === '') return null;
  const { text, rawIndex } = normalise(sourceText);
  const at = text.indexOf(needle);
  if (at === -1) return null;
  return { start: rawIndex[at]!, end: rawIndex[at + needle.length - 1]! + 1 };
}
