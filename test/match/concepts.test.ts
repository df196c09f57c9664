import { beforeEach, describe, expect, it } from 'vitest';
import { CONCEPT_SPAN_WORDS } from '../../lib/match/concepts.ts';
import { compileMatcher, type MatchableClaim } from '../../lib/match/matcher.ts';
import { BLOCK_BREAK } from '../../lib/match/normalise.ts';

// Concept patterns: a claim restated in other words, its ideas (groups) all in one sentence.

const synonyms = {
  win: ['win', 'won', 'victory'],
  election: ['election', 'ballot', 'vote'],
  conference: ['conference', 'party conference'],
};

const claims: MatchableClaim[] = [
  {
    id: 'ym-won-every-election',
    slate: 'ym',
    match: ['winning every internal Labour election'],
    concepts: [['@win', 'every|almost every|nearly every|all', 'internal', '@election']],
  },
  {
    id: 'mo-lost-its-way',
    slate: 'mo',
    match: ['Momentum has lost its way'],
    concepts: [['momentum', 'lost|lose', 'its way|direction']],
  },
  {
    id: 'mo-councillors-network',
    slate: 'mo',
    match: ['the Momentum Councillors Network'],
    concepts: [['grow', 'councillor', 'network']],
  },
];

// Compiled afresh for each test, so a mutation run counts the compile as that test's work.
let matcher: ReturnType<typeof compileMatcher>;
beforeEach(() => {
  matcher = compileMatcher(claims, synonyms);
});

function found(text: string): string[] {
  return matcher.find(text).map((hit) => hit.claimId);
}

function foundText(text: string): string[] {
  return matcher.find(text).map((hit) => text.slice(hit.start, hit.end));
}

describe('concept patterns: every idea, in any order, within one sentence', () => {
  it('finds a restatement in other words and says it was restated', () => {
    const text = 'The socialist left has won every single internal Labour election since 2016.';
    expect(matcher.find(text)).toEqual([
      expect.objectContaining({
        claimId: 'ym-won-every-election',
        slate: 'ym',
        how: 'restated',
        matched: ['won', 'every', 'internal', 'election'],
      }),
    ]);
  });

  it('highlights from the first matched idea to the last', () => {
    expect(foundText('In short, the left won every internal Labour election going.')).toEqual([
      'won every internal Labour election',
    ]);
    expect(foundText('Every internal ballot was won by the left, they said.')).toEqual([
      'Every internal ballot was won',
    ]);
  });

  it('finds the ideas in any order', () => {
    expect(found('Every internal ballot was won by the left.')).toEqual(['ym-won-every-election']);
  });

  it('needs every idea: a sentence with all but one is no hit', () => {
    expect(found('The left won every election it fought.')).toEqual([]);
    expect(found('The left won the internal election.')).toEqual([]);
  });

  it('never joins ideas from two sentences', () => {
    expect(found('They won every seat. The internal election was lost.')).toEqual([]);
    expect(found('They won every seat! The internal election was lost.')).toEqual([]);
    expect(found('Did they win every seat? The internal election says no.')).toEqual([]);
    expect(found('They won every seat… the internal election came later.')).toEqual([]);
  });

  it('never joins ideas across a block break, even without a full stop', () => {
    expect(found(`They won every seat${BLOCK_BREAK}internal election results`)).toEqual([]);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(found('Mr. Lansman won every internal election, the paper said.')).toEqual([
      'ym-won-every-election',
    ]);
    expect(found('Allies of J. Lansman won every internal Labour election, e.g. the NEC.')).toEqual([
      'ym-won-every-election',
    ]);
    expect(found('The left won every vote. Cllr. Smith called the internal election.')).toEqual([]);
    expect(found('They won every vote for Cllr. Smith in the internal election.')).toEqual([
      'ym-won-every-election',
    ]);
    expect(found('Did they win every seat for Dr? Internal elections say no.')).toEqual([]);
  });

  it('does not end a sentence at a decimal point', () => {
    expect(found('The left won 53.67 per cent in every internal election.')).toEqual([
      'ym-won-every-election',
    ]);
  });

  it('ends a sentence at a full stop after a number', () => {
    expect(found('The left won every seat in 2019. Internal elections came later.')).toEqual([]);
  });

  it('ends a sentence at a full stop inside closing quotation marks', () => {
    expect(found('“We won every seat.” The internal election was lost.')).toEqual([]);
  });
});

describe('concept patterns: word families and synonyms', () => {
  it('matches every word of a family through the stemmer', () => {
    expect(found('Winning every internal election is their boast.')).toEqual(['ym-won-every-election']);
    expect(found('They keep winning all the internal elections.')).toEqual(['ym-won-every-election']);
    expect(found('The left has been growing its network of councillors.')).toEqual([
      'mo-councillors-network',
    ]);
    expect(found('Momentum is growing the Councillors’ Networks.')).toEqual(['mo-councillors-network']);
  });

  it('does not take a different word sharing letters for a family member', () => {
    expect(found('The left won every international election.')).toEqual([]);
    const long = compileMatcher([
      { id: 'long', slate: 'mo', match: ['unused form'], concepts: [['organisations', 'funding']] },
    ]);
    expect(long.find('The organisation funding was cut.')).toHaveLength(1);
    expect(long.find('The organ funding was cut.')).toEqual([]);
  });

  it('matches irregular forms only through a synonym set', () => {
    expect(found('The left won every internal vote.')).toEqual(['ym-won-every-election']);
    const noSet = compileMatcher([
      { id: 'plain', slate: 'ym', match: ['unused form'], concepts: [['win', 'every', 'internal', 'vote']] },
    ]);
    expect(noSet.find('The left won every internal vote.')).toEqual([]);
    expect(noSet.find('The left wins every internal vote.')).toHaveLength(1);
  });

  it('matches a phrase alternative only with its words consecutive', () => {
    expect(found('Momentum, once the vehicle of the grassroots left, lost its way.')).toEqual([
      'mo-lost-its-way',
    ]);
    expect(found('Momentum lost its sense of the way ahead.')).toEqual([]);
  });

  it('takes synonym sets from the data it is given, and refuses an unknown one', () => {
    expect(() =>
      compileMatcher([{ id: 'unknown', slate: 'ym', match: ['form'], concepts: [['@nowhere', 'internal']] }]),
    ).toThrow(/claim "unknown".*unknown synonym set "@nowhere"/);
  });

  it('refuses an alternative with no words', () => {
    expect(() =>
      compileMatcher([{ id: 'dash', slate: 'ym', match: ['form'], concepts: [['—', 'internal']] }]),
    ).toThrow(/claim "dash"/);
  });

  it('needs a word of its own for each idea', () => {
    const overlapping = compileMatcher(
      [{ id: 'twice', slate: 'ym', match: ['unused form'], concepts: [['internal election', '@election']] }],
      synonyms,
    );
    expect(overlapping.find('The internal election was close.')).toEqual([]);
    expect(overlapping.find('The internal election was a close vote.')).toHaveLength(1);
  });
});

describe('concept patterns: span', () => {
  it(`joins ideas at most ${CONCEPT_SPAN_WORDS} words apart, first to last`, () => {
    const within = ' and'.repeat(CONCEPT_SPAN_WORDS - 4);
    const beyond = ' and'.repeat(CONCEPT_SPAN_WORDS - 3);
    expect(found(`won every${within} internal election`)).toEqual(['ym-won-every-election']);
    expect(found(`won every${beyond} internal election`)).toEqual([]);
  });

  it('finds the ideas close together later in a long sentence', () => {
    const filler = ' and'.repeat(CONCEPT_SPAN_WORDS);
    expect(foundText(`They won${filler} and won every internal election.`)).toEqual([
      'won every internal election',
    ]);
  });
});

describe('concept patterns beside quoted forms', () => {
  it('prefers the quoted form where a quote and a restatement overlap, even a longer restatement', () => {
    const text = 'Allies won every seat while winning every internal Labour election.';
    expect(matcher.find(text)).toEqual([
      expect.objectContaining({
        claimId: 'ym-won-every-election',
        how: 'quoted',
        matched: [],
        start: text.indexOf('winning'),
        end: text.indexOf('.'),
      }),
    ]);
  });

  it('prefers another claim’s quote over an overlapping restatement', () => {
    const both = compileMatcher(
      [
        { id: 'restated', slate: 'ym', match: ['unused form'], concepts: [['@win', 'every', 'internal']] },
        { id: 'quoted', slate: 'mo', match: ['internal Labour election'] },
      ],
      synonyms,
    );
    expect(both.find('The left won every internal Labour election.').map((hit) => hit.claimId)).toEqual([
      'quoted',
    ]);
    // The restatement, "won nearly every single internal", is the longer of the two.
    const text = 'The left won nearly every single internal Labour election.';
    expect(both.find(text).map((hit) => [hit.claimId, text.slice(hit.start, hit.end)])).toEqual([
      ['quoted', 'internal Labour election'],
    ]);
  });

  it('keeps a restatement that does not overlap a quote', () => {
    const text = 'Winning every internal Labour election matters. Momentum has since lost its direction.';
    expect(matcher.find(text).map((hit) => [hit.claimId, hit.how])).toEqual([
      ['ym-won-every-election', 'quoted'],
      ['mo-lost-its-way', 'restated'],
    ]);
  });

  it('finds each restatement once per sentence, and again in the next', () => {
    const text =
      'The left won every internal vote and won every internal ballot. They won every internal election.';
    expect(found(text)).toEqual(['ym-won-every-election', 'ym-won-every-election']);
  });

  it('does not carry half a pattern from one call into the next', () => {
    expect(found('They won every')).toEqual([]);
    expect(found('internal election.')).toEqual([]);
  });

  it('reports offsets into the raw text through typographic noise', () => {
    const text = 'They  WON\u00a0almost\n  every in\u00adternal “election”.';
    const [hit] = matcher.find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('WON\u00a0almost\n  every in\u00adternal “election');
    expect(hit!.matched).toEqual(['WON', 'almost every', 'internal', 'election']);
    // One line break or no-break space alone, within an idea's words, reads as a space too.
    for (const space of ['\n', '\u00a0', '\t']) {
      expect(matcher.find(`They won almost${space}every internal election.`)[0]!.matched).toEqual([
        'won',
        'almost every',
        'internal',
        'election',
      ]);
    }
  });

  it('stays linear: a long text of pattern words gives one hit per sentence', () => {
    const sentence = 'They won every internal election and won every internal vote. ';
    const hits = matcher.find(sentence.repeat(5_000));
    expect(hits).toHaveLength(5_000);
  });
});

describe('a phrase found after the word that completed the match', () => {
  const phraseClaims: MatchableClaim[] = [
    {
      id: 'mi-electoral',
      slate: 'mi',
      match: ['solidarity placed below elections in every single case'],
      concepts: [['solidarity', 'contingent', 'electoral calculation|electoralism']],
    },
  ];
  let phraseMatcher: ReturnType<typeof compileMatcher>;
  beforeEach(() => {
    phraseMatcher = compileMatcher(phraseClaims, {});
  });

  it('highlights the whole phrase, not just its first word', () => {
    const text = 'Solidarity is never contingent on electoral calculation here.';
    const [hit] = phraseMatcher.find(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe(
      'Solidarity is never contingent on electoral calculation',
    );
    expect(hit?.matched).toEqual(['Solidarity', 'contingent', 'electoral calculation']);
  });
});
