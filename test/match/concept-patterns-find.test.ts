import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableClaim } from '../../lib/match/matcher.ts';
import { BLOCK_BREAK } from '../../lib/match/normalise.ts';

// Where a concept pattern's words may stand: a phrase's words in order within one sentence and the
// text, each word near the length its alternatives give it, no word for two groups, and numbers
// read once each.

const claim = (id: string, concepts: string[][]): MatchableClaim => ({
  id,
  slate: 'mo',
  match: ['unused form'],
  concepts,
});

function found(claims: MatchableClaim[], text: string): string[] {
  return compileMatcher(claims)
    .find(text)
    .map((hit) => hit.claimId);
}

function matched(claims: MatchableClaim[], text: string): string[][] {
  return compileMatcher(claims)
    .find(text)
    .map((hit) => hit.matched);
}

describe('concept patterns: phrases', () => {
  const party = [claim('party-split', [['labour party', 'split']])];

  it('finds a phrase at the very start of a text, whichever of its words indexes it', () => {
    expect(found([claim('the-party', [['the party', 'split']])], 'The party split.')).toEqual(['the-party']);
  });

  it('needs a phrase within one sentence, one block and the text', () => {
    expect(found(party, 'The Labour party split.')).toEqual(['party-split']);
    expect(found(party, 'It came. Labour party members split.')).toEqual(['party-split']);
    expect(found(party, 'Split came to Labour. Party members left.')).toEqual([]);
    expect(found(party, `Split came to Labour${BLOCK_BREAK}party members`)).toEqual([]);
    const matcher = compileMatcher(party);
    matcher.find('Split came to the Labour party');
    expect(matcher.find('Split came to the Labour')).toEqual([]);
  });

  it('takes a phrase word within four letters of the length its alternatives give it', () => {
    const winning = [claim('winning-vote', [['winning vote', 'again']])];
    expect(found(winning, 'A win vote again.')).toEqual(['winning-vote']);
    const win = [claim('win-vote', [['win vote', 'again']])];
    expect(found(win, 'A winning vote again.')).toEqual(['win-vote']);
    expect(found(win, 'A winnings vote again.')).toEqual([]);
    const organisations = [claim('organisations-members', [['organisations members', 'met']])];
    expect(found(organisations, 'The organ members met.')).toEqual([]);
  });

  it('gives a word the lengths of all its alternatives of one family', () => {
    const claims = [claim('organise', [['organise|organisations', 'members']])];
    expect(found(claims, 'Their organisations members met.')).toEqual(['organise']);
    expect(found(claims, 'An organ members met.')).toEqual(['organise']);
  });

  it('takes a single word as short as its alternative less four letters', () => {
    expect(found([claim('winning', [['winning', 'vote']])], 'A win vote.')).toEqual(['winning']);
  });
});

describe('concept patterns: groups and numbers', () => {
  it('never lets two groups share a word, even at a phrase’s edge', () => {
    expect(found([claim('wings', [['left wing', 'new left']])], 'The new left wing.')).toEqual([]);
  });

  it('keeps a phrase narrower when widening it would make two groups share a word', () => {
    const claims = [claim('calculation', [['electoral|electoral calculation', 'calculation']])];
    expect(matched(claims, 'An electoral calculation.')).toEqual([['electoral', 'calculation']]);
  });

  it('keeps the first place of a group when the same word turns up later', () => {
    const claims = [claim('solidarity', [['solidarity', 'contingent', 'electoral calculation']])];
    const text = 'Solidarity is never contingent on electoral calculation, solidarity says.';
    const [hit] = compileMatcher(claims).find(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe(
      'Solidarity is never contingent on electoral calculation',
    );
  });

  it('reads no number inside another', () => {
    expect(found([claim('sixty-seven', [['#67', 'delegates']])], 'Some 53.67 delegates.')).toEqual([]);
  });

  it('finds a pattern in a sentence of many words of patterns', () => {
    const claims = [claim('won-every', [['won', 'every', 'election']])];
    const text = `${'won '.repeat(100)}every election.`;
    expect(found(claims, text)).toEqual(['won-every']);
  });
});

describe('concept patterns: which words a match takes', () => {
  it('takes the latest words of a group that fit, not the first seen far before', () => {
    const claims = [claim('won-every', [['won', 'every', 'election']])];
    const text = 'Every time, they said, we won every election.';
    const [hit] = compileMatcher(claims).find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('won every election');
  });

  it('widens a group to a phrase found after the word that completed the match', () => {
    const claims = [claim('calculation', [['won', 'electoral calculation|electoral']])];
    const text = 'They won on electoral calculation alone.';
    const [hit] = compileMatcher(claims).find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('won on electoral calculation');
    expect(hit!.matched).toEqual(['won', 'electoral calculation']);
  });

  it('widens only where the whole match still fits its span', () => {
    const claims = [claim('calculation', [['won', 'electoral calculation|electoral']])];
    const far = Array.from({ length: 40 }, () => 'and').join(' ');
    const text = `They won on electoral grounds ${far} electoral calculation.`;
    const [hit] = compileMatcher(claims).find(text);
    expect(hit!.matched).toEqual(['won', 'electoral']);
  });

  it('widens a group to a phrase that ends on the same word but starts before it', () => {
    // "labour" is common in this corpus, so "labour party" is found at "party", after the word
    // "party" itself completed the match.
    const claims = [
      claim('won-party', [['won', 'labour party|party']]),
      claim('labour-common', [['labour left|labour right|labour', 'split']]),
    ];
    const [hit] = compileMatcher(claims).find('We won the Labour party over.');
    expect(hit!.matched).toEqual(['won', 'Labour party']);
  });

  it('keeps a group where it was placed when its word comes again later in the sentence', () => {
    const claims = [claim('won-every', [['won', 'every', 'election']])];
    const text = 'We won every election and won again.';
    const [hit] = compileMatcher(claims).find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('won every election');
  });

  it('does not trade a placed phrase for a later one that ends before it', () => {
    // "party" is the rarest word of both phrases, so both are found at it, "party conference" first.
    const claims = [
      claim('won-party', [['won', 'party conference|labour party']]),
      claim('common-words', [
        ['conference|conference hall|conference room|conference floor|conference call', 'split'],
        ['labour|labour left|labour right|labour whip', 'split'],
      ]),
    ];
    const [hit] = compileMatcher(claims).find('We won the labour party conference.');
    expect(hit!.matched).toEqual(['won', 'party conference']);
  });

  it("widens a group only to its own words, not to another group's phrase around them", () => {
    const claims = [
      claim('tories-party', [['party', 'tories|labour party']]),
      claim('common-words', [['labour|labour left|labour right|labour whip', 'split']]),
    ];
    const [hit] = compileMatcher(claims).find('Tories won the labour party.');
    expect(hit!.matched).toEqual(['Tories', 'party']);
  });

  it('starts each pattern afresh, whatever the pattern looked at before it placed', () => {
    // "won the labour party conference" is looked at first; its phrase must not hide the "party"
    // inside it from the next pattern, whose longer restatement is the one kept.
    const claims = [
      claim('won-conference', [['labour party conference', 'won']]),
      claim('party-split', [['party', 'split', 'months']]),
    ];
    const hits = compileMatcher(claims).find('We won the labour party conference and then split for months.');
    expect(hits.map((hit) => hit.claimId)).toEqual(['party-split']);
  });
});
