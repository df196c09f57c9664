import { stemmer } from 'stemmer';

// Reduces a word to the form two spellings of it share, so a quote still matches when a writer
// uses the plural, American spelling, a possessive or "per cent" for "%". Applied to corpus and
// page alike, so a rule only needs to be consistent, not linguistically complete. Quoted forms
// compare these close forms; concept patterns compare whole word families (a stemmer's).

const PERCENT = 'percent';

// Each rule rewrites a word's ending (what comes before it is kept); the first rule that fits
// applies. A minimum stem, where a rule has one, spares short words. `needs` is letters the rule
// cannot match without: most words hold none, and a substring look-up costs far less than a
// regular expression (a page brings thousands of new words).
interface SpellingRule {
  needs: string;
  pattern: RegExp;
  replacement: string;
}
const SPELLING_RULES: readonly SpellingRule[] = [
  // organise/organize, organisation/organization, organiser/organizer
  { needs: 'is', pattern: /(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, replacement: '$1iz$2' },
  // analyse/analyze, paralysed/paralyzed
  { needs: 'ys', pattern: /(.{2,})ys(e|es|ed|ing)$/, replacement: '$1yz$2' },
  // labour/labor, colour/color, favourite/favorite (a stem of 3+ letters spares four, hour, your)
  { needs: 'our', pattern: /(.{3,})our(s|ed|ing|ite|ites|able|er|ers)?$/, replacement: '$1or$2' },
  // centre/center, theatre/theater
  { needs: 'tre', pattern: /(.{3,})tre(s)?$/, replacement: '$1ter$2' },
  // programme/program
  { needs: 'programme', pattern: /programme(s)?$/, replacement: 'program$1' },
  // defence/defense, offence, licence, pretence (and compounds: nondefence)
  { needs: 'ence', pattern: /(def|off|lic|pret)ence(s)?$/, replacement: '$1ense$2' },
  // travelled/traveled, cancelling/canceling
  { needs: 'll', pattern: /(.{3,}[aeiou])ll(ed|ing|er|ers)$/, replacement: '$1l$2' },
];

function americanise(word: string): string {
  for (let rule = 0; rule < SPELLING_RULES.length; rule++) {
    const { needs, pattern, replacement } = SPELLING_RULES[rule]!;
    if (word.includes(needs) && pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** "%" and numerals, which every form writes one way: "percent", and numbers as written; null for a word. */
function fixedForm(token: string): string | null {
  if (token === '%') return PERCENT; // "percent" is its own close form and family
  return token.charCodeAt(0) <= 0x39 ? token : null;
}

/** The word without a possessive or apostrophes, in American spelling. */
function bareSpelling(token: string): string {
  if (!token.includes("'")) return americanise(token);
  return americanise(token.replace(/'s$/, '').replace(/'/g, ''));
}

/** The shared form of one normalised word token (see tokenise.ts for what a token is). */
export function canonicalWord(token: string): string {
  return fixedForm(token) ?? singular(bareSpelling(token));
}

/**
 * The word family of one normalised word token, for concept patterns: "win", "wins" and
 * "winning" share one (irregular forms such as "won" do not: synonym sets list those).
 */
export function wordFamily(token: string): string {
  return fixedForm(token) ?? stemmer(bareSpelling(token));
}

/**
 * A page word's close form and family together ([canonicalWord, wordFamily]): both start from
 * its bare spelling, worked out once here for every new word a page brings.
 */
export function closeFormAndFamily(token: string): readonly [closeForm: string, family: string] {
  const fixed = fixedForm(token);
  if (fixed !== null) return [fixed, fixed];
  const bare = bareSpelling(token);
  return [singular(bare), stemmer(bare)];
}
