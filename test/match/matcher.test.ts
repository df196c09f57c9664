import { beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher, type MatchableClaim } from '../../lib/match/matcher.ts';
import { BLOCK_BREAK } from '../../lib/match/normalise.ts';

const claims: MatchableClaim[] = [
  {
    id: 'ym-every-election',
    slate: 'ym',
    match: [
      'winning the majority of seats in almost every national internal Labour election',
      'winning every internal Labour election',
    ],
  },
  {
    id: 'mo-threshold-vote',
    slate: 'mo',
    match: [
      'new 20% nomination threshold for leader and deputy',
      { text: '53% to 47%', near: ['conference', 'rule change', 'threshold', 'nomination'] },
      { text: '53 to 47', near: ['conference', 'rule change', 'threshold', 'nomination'] },
    ],
  },
  { id: 'mo-organise-members', slate: 'mo', match: ['organise members in every constituency'] },
  { id: 'mi-colour-of-politics', slate: 'mi', match: ['colour of politics'] },
  { id: 'ym-short', slate: 'ym', match: ['member-led model of organising'] },
  {
    id: 'mo-longer-overlap',
    slate: 'mo',
    match: ['member-led model of organising that has strategically leveraged'],
  },
];

// Compiled afresh for each test, so a mutation run counts the compile as that test's work.
let matcher: ReturnType<typeof compileMatcher>;
beforeEach(() => {
  matcher = compileMatcher(claims);
});

function found(text: string): string[] {
  return matcher.find(text).map((hit) => hit.claimId);
}

function foundText(text: string): string[] {
  return matcher.find(text).map((hit) => text.slice(hit.start, hit.end));
}

describe('matcher: exact and typographic variants', () => {
  it('finds a form quoted exactly and reports raw offsets', () => {
    const text = 'They boasted of winning every internal Labour election last year.';
    expect(foundText(text)).toEqual(['winning every internal Labour election']);
    expect(matcher.find(text)[0]).toMatchObject({ claimId: 'ym-every-election', slate: 'ym' });
  });

  it('matches through case, curly quotes, line breaks and non-breaking spaces', () => {
    const text = 'the “WINNING every\ninternal\u00a0Labour’s election” boast';
    expect(found(text)).toEqual(['ym-every-election']);
  });

  it('matches through soft hyphens and zero-width spaces inside words', () => {
    expect(found('winning every in\u00adternal La\u200bbour election')).toEqual(['ym-every-election']);
  });

  it('does not match a different word order', () => {
    expect(found('every internal Labour election winning')).toEqual([]);
  });
});

describe('matcher: inserted words', () => {
  it('tolerates one or two words inserted into a long form', () => {
    expect(found('winning every national internal Labour election')).toEqual(['ym-every-election']);
    expect(found('winning nearly every single internal Labour election')).toEqual(['ym-every-election']);
  });

  it('rejects three inserted words', () => {
    expect(found('winning almost every single national internal Labour election')).toEqual([]);
  });

  it('rejects a sentence that shares only some of the words', () => {
    expect(found('Labour won every internal vote, but the election was lost.')).toEqual([]);
    expect(found('Winning an internal Labour election is not every member’s priority.')).toEqual([]);
  });

  it('never inserts words into a short form', () => {
    expect(found('the colour of our politics')).toEqual([]);
  });
});

describe('matcher: singular and plural, British and American spelling', () => {
  it('matches the plural of a singular form and the singular of a plural one', () => {
    expect(found('winning every internal Labour elections')).toEqual(['ym-every-election']);
    expect(found('organise a member in every constituency')).toEqual(['mo-organise-members']);
  });

  it('matches American spelling of a British form', () => {
    expect(found('organize members in every constituency')).toEqual(['mo-organise-members']);
    expect(found('the color of politics')).toEqual(['mi-colour-of-politics']);
    expect(found('winning every internal Labor election')).toEqual(['ym-every-election']);
  });

  it('does not confuse unrelated words that a spelling rule touches', () => {
    expect(found('the colour of policies')).toEqual([]);
    expect(found('organise meetings in every constituency')).toEqual([]);
  });
});

describe('matcher: per cent, percent and %', () => {
  const context = 'At conference the rule change passed';

  it('matches "%", "per cent" and "percent" as one another', () => {
    expect(found(`${context} by 53% to 47%.`)).toEqual(['mo-threshold-vote']);
    expect(found(`${context} by 53 per cent to 47 per cent.`)).toEqual(['mo-threshold-vote']);
    expect(found(`${context} by 53 percent to 47 percent.`)).toEqual(['mo-threshold-vote']);
    expect(found(`The new 20 per cent nomination threshold for leader and deputy`)).toEqual([
      'mo-threshold-vote',
    ]);
  });

  it('matches a dashed score as the "to" form does not, but the bare-number form does', () => {
    expect(found(`${context} 53–47.`)).toEqual([]);
    expect(found(`${context} by 53 to 47.`)).toEqual(['mo-threshold-vote']);
  });

  it('does not match other numbers', () => {
    expect(found(`${context} by 52% to 48%.`)).toEqual([]);
    expect(found(`${context} by 53% to 46%.`)).toEqual([]);
  });
});

describe('matcher: context words', () => {
  it('finds a number form when a context word stands nearby', () => {
    expect(found('The nomination threshold was raised. It passed 53% to 47%.')).toEqual([
      'mo-threshold-vote',
    ]);
  });

  it('ignores a number form with no context word nearby', () => {
    expect(found('The poll put Labour on 53% to 47% for the Conservatives.')).toEqual([]);
  });

  it('ignores a context word that stands too far away', () => {
    const filler = ' and then'.repeat(40);
    expect(found(`At conference${filler} the poll was 53% to 47%.`)).toEqual([]);
  });

  it('accepts context from a neighbouring block', () => {
    expect(found(`Conference 2021${BLOCK_BREAK}It passed 53% to 47%.`)).toEqual(['mo-threshold-vote']);
  });
});

describe('matcher: context from the text around a segment', () => {
  const segment = 'It passed 53% to 47%.';

  it('finds context words at the end of the text before', () => {
    expect(
      matcher.find(segment, { before: () => 'Then came conference 2021.' }).map((hit) => hit.claimId),
    ).toEqual(['mo-threshold-vote']);
  });

  it('finds context words at the start of the text after', () => {
    expect(
      matcher.find(segment, { after: () => 'The nomination threshold rose.' }).map((hit) => hit.claimId),
    ).toEqual(['mo-threshold-vote']);
  });

  it('counts the seam and the words either side against the window', () => {
    const justInside = `conference${' and'.repeat(36)}`;
    const tooFar = `conference${' and'.repeat(37)}`;
    expect(matcher.find(segment, { before: () => justInside })).toHaveLength(1);
    expect(matcher.find(segment, { before: () => tooFar })).toHaveLength(0);
  });

  it('reports hits only in the segment, never in the text around it', () => {
    const hits = matcher.find('At conference it passed 53% to 47%.', {
      before: () => 'winning every internal Labour election',
      after: () => 'winning every internal Labour election',
    });
    expect(hits.map((hit) => hit.claimId)).toEqual(['mo-threshold-vote']);
  });

  it('reads the text around only for a form that lacks context within the segment', () => {
    const unread = (): string => {
      throw new Error('read');
    };
    expect(
      matcher.find('winning every internal Labour election', { before: unread, after: unread }),
    ).toHaveLength(1);
    expect(
      matcher.find('At conference it passed 53% to 47%.', { before: unread, after: unread }),
    ).toHaveLength(1);
    expect(() => matcher.find(segment, { before: unread })).toThrow('read');
  });
});

describe('matcher: blocks and overlaps', () => {
  it('never matches across a block break', () => {
    expect(found(`winning every internal${BLOCK_BREAK}Labour election`)).toEqual([]);
  });

  it('keeps the longest of overlapping hits', () => {
    const text = 'a member-led model of organising that has strategically leveraged our resources';
    expect(found(text)).toEqual(['mo-longer-overlap']);
  });

  it('keeps the earliest of equally long overlapping hits, the same way every time', () => {
    const twin = compileMatcher([
      { id: 'first', slate: 'ym', match: ['alpha beta gamma'] },
      { id: 'second', slate: 'mo', match: ['beta gamma delta'] },
    ]);
    const hits = twin.find('alpha beta gamma delta').map((hit) => hit.claimId);
    expect(hits).toEqual(['first']);
    expect(twin.find('alpha beta gamma delta beta gamma delta').map((hit) => hit.claimId)).toEqual([
      'first',
      'second',
    ]);
  });

  it('finds every occurrence, in text order', () => {
    const text = 'winning every internal Labour election; again, winning every internal Labour election';
    expect(matcher.find(text).map((hit) => hit.start)).toEqual([0, text.lastIndexOf('winning')]);
  });

  it('matches texts of thousands of words, and a short text after a long one, alike', () => {
    const filler = 'the kettle sang in the morning '.repeat(3000); // past the tokens kept between calls
    const long = `${filler}winning every internal Labour election`;
    expect(foundText(long)).toEqual(['winning every internal Labour election']);
    // The token buffers outlive a call: the short text must not see the long one's words.
    expect(foundText('winning every internal')).toEqual([]);
    const vote = 'At conference it passed 53% to 47%.';
    expect(matcher.find(vote).map((hit) => [hit.start, hit.end])).toEqual([
      [vote.indexOf('53'), vote.indexOf('.')],
    ]);
  });

  it('refuses a form with no words', () => {
    expect(() => compileMatcher([{ id: 'empty', slate: 'ym', match: ['—'] }])).toThrow(/claim "empty"/);
  });
});
