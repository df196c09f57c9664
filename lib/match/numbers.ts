// Numbers as readers meet them, for concept patterns' "#N" groups: "53", "53.67", "12,500",
// "fifty-three", "two hundred and fifty", "twenty thousand". The tokeniser splits all of these into
// several tokens; the page's token stream (page-tokens.ts) marks which ones join, and this reads
// a number back from them.

/** What a word is to a number. Plain numbers so they fit a typed table. */
export const NumberRole = {
  None: 0,
  /** zero … nine */
  Unit: 1,
  /** ten … nineteen */
  Teen: 2,
  /** twenty … ninety */
  Tens: 3,
  Hundred: 4,
  /** thousand, million, billion */
  Scale: 5,
  /** a numeral written in digits */
  Digits: 6,
  /** "%", "per cent", "percent": not a number, but part of one's highlight */
  Percent: 7,
  /** "and", as in "two hundred and fifty" */
  And: 8,
} as const;

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const NUMBER_WORDS = new Map<string, readonly [value: number, role: number]>([
  ['hundred', [100, NumberRole.Hundred]],
  ['and', [0, NumberRole.And]],
  ['%', [0, NumberRole.Percent]],
  ['percent', [0, NumberRole.Percent]],
]);
UNITS.forEach((word, value) => NUMBER_WORDS.set(word, [value, NumberRole.Unit]));
TEENS.forEach((word, index) => NUMBER_WORDS.set(word, [10 + index, NumberRole.Teen]));
TENS.forEach((word, index) => NUMBER_WORDS.set(word, [20 + 10 * index, NumberRole.Tens]));
for (const [word, value] of Object.entries(SCALES)) NUMBER_WORDS.set(word, [value, NumberRole.Scale]);

const ALL_DIGITS = /^\d+$/;

/** A normalised word's value and role in a number ([NaN, None] for an ordinary word). */
export function numberOf(word: string): readonly [value: number, role: number] {
  if (ALL_DIGITS.test(word)) return [Number(word), NumberRole.Digits];
  return NUMBER_WORDS.get(word) ?? [Number.NaN, NumberRole.None];
}

/** How a token relates to the one before it, as far as numbers care. */
export interface NumberTokens {
  count: number;
  /** Role of token i (NumberRole). */
  role(i: number): number;
  value(i: number): number;
  /** Digits in token i (for a decimal part: "05" is five hundredths). */
  length(i: number): number;
  /** Token i follows a numeral after a decimal point ("53.|67"). */
  isDecimalPart(i: number): boolean;
  /** Token i is three digits after a thousands comma ("12,|500"). */
  isThousandsPart(i: number): boolean;
  /** Only spaces or hyphens stand between token i and the one before it. */
  isJoined(i: number): boolean;
}

/** A number read from the tokens: its value and the index of its last token (a "%" included). */
export interface ReadNumber {
  value: number;
  last: number;
}

/** The number starting at token `first`, or null when none starts there. */
export function readNumber(tokens: NumberTokens, first: number): ReadNumber | null {
  const role = tokens.role(first);
  let read: ReadNumber | null = null;
  if (role === NumberRole.Digits) read = readNumeral(tokens, first);
  else if (role === NumberRole.Unit || role === NumberRole.Teen || role === NumberRole.Tens) {
    read = readNumberWords(tokens, first);
  }
  if (read === null) return null;
  const next = read.last + 1;
  if (next < tokens.count && tokens.role(next) === NumberRole.Percent && tokens.isJoined(next)) {
    read.last = next;
  }
  return read;
}

function readNumeral(tokens: NumberTokens, first: number): ReadNumber {
  let value = tokens.value(first);
  let last = first;
  while (last + 1 < tokens.count && tokens.isThousandsPart(last + 1)) {
    last++;
    value = value * 1000 + tokens.value(last);
  }
  if (last + 1 < tokens.count && tokens.isDecimalPart(last + 1)) {
    last++;
    value += tokens.value(last) / 10 ** tokens.length(last);
  }
  const next = last + 1;
  if (next < tokens.count && tokens.role(next) === NumberRole.Scale && tokens.isJoined(next)) {
    last = next;
    value *= tokens.value(next);
  }
  return { value, last };
}

const SMALL = new Set<number>([NumberRole.Unit, NumberRole.Teen, NumberRole.Tens]);

/** "fifty-three", "two hundred and fifty", "twenty thousand": read as far as they join. */
function readNumberWords(tokens: NumberTokens, first: number): ReadNumber {
  let total = 0;
  let current = tokens.value(first);
  let previous = tokens.role(first);
  let last = first;
  for (let next = first + 1; next < tokens.count && tokens.isJoined(next); next++) {
    let role = tokens.role(next);
    let at = next;
    // "and" belongs to the number only between "hundred" and what follows it.
    if (role === NumberRole.And) {
      if (previous !== NumberRole.Hundred || at + 1 >= tokens.count || !tokens.isJoined(at + 1)) break;
      at++;
      role = tokens.role(at);
      if (!SMALL.has(role)) break;
    }
    const value = tokens.value(at);
    if (role === NumberRole.Unit && previous === NumberRole.Tens) current += value;
    else if (SMALL.has(role) && previous === NumberRole.Hundred) current += value;
    else if (SMALL.has(role) && previous === NumberRole.Scale) current = value;
    else if (role === NumberRole.Hundred && SMALL.has(previous) && current < 100) current *= 100;
    else if (role === NumberRole.Scale && previous !== NumberRole.Scale) {
      total += current * value;
      current = 0;
    } else break;
    previous = role;
    last = at;
    next = at;
  }
  return { value: total + current, last };
}
