import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus.ts';
import { indexCorpus, type ResolvedResponse } from '../../lib/corpus/corpus-index.ts';
import type { Source, Stance } from '../../lib/corpus/corpus-schema.ts';
import {
  answersHeading,
  answerTiming,
  groupByStance,
  STANCE_GLYPHS,
} from '../../lib/popover/answer-groups.ts';

const index = indexCorpus(corpus);
const slate = corpus.slates[0]!;
const source2020: Source = { ...corpus.sources[0]!, date: '2020-06-13' };
const source2022: Source = { ...corpus.sources[0]!, date: '2022-06' };

function answer(stance: Stance, quote: string): ResolvedResponse {
  return { response: { slate: slate.id, source: source2020.id, quote, stance }, slate, source: source2020 };
}

describe('groupByStance', () => {
  it('orders groups rebuts, qualifies, concedes, context, keeping corpus order within a group', () => {
    const groups = groupByStance([
      answer('context', 'c1'),
      answer('concedes', 'd1'),
      answer('rebuts', 'r1'),
      answer('context', 'c2'),
      answer('rebuts', 'r2'),
    ]);
    expect(groups.map((group) => [group.stance, group.responses.map((r) => r.response.quote)])).toEqual([
      ['rebuts', ['r1', 'r2']],
      ['concedes', ['d1']],
      ['context', ['c1', 'c2']],
    ]);
  });

  it('gives every stance its own glyph', () => {
    expect(new Set(Object.values(STANCE_GLYPHS)).size).toBe(4);
  });
});

describe('answersHeading', () => {
  it('counts answers apart from context', () => {
    expect(answersHeading([answer('rebuts', 'a'), answer('qualifies', 'b'), answer('context', 'c')])).toBe(
      '2 answers · 1 for context',
    );
    expect(answersHeading([answer('concedes', 'a')])).toBe('1 answer');
  });

  it('says plainly when there is context but no answer', () => {
    expect(answersHeading([answer('context', 'a'), answer('context', 'b')])).toBe(
      'No direct answer from the other slates · 2 passages for context',
    );
    expect(answersHeading([])).toBe('No answer from the other slates');
  });

  it('matches the corpus: a claim answered only by context says so', () => {
    const contextOnly = corpus.claims.find((claim) => claim.responses.every((r) => r.stance === 'context'));
    expect(contextOnly).toBeDefined();
    expect(answersHeading(index.resolve(contextOnly!.id)!.responses)).toMatch(/^No direct answer/);
  });
});

describe('answerTiming', () => {
  it('says when an answer was written before or after the claim', () => {
    expect(answerTiming(source2022, source2020)).toBe('Written in 2020, two years before this claim');
    expect(answerTiming(source2020, source2022)).toBe('Written in 2022, two years after this claim');
    expect(answerTiming({ ...source2020, date: '2021' }, source2020)).toBe(
      'Written in 2020, one year before this claim',
    );
  });

  it('says nothing for the same year', () => {
    expect(answerTiming(source2022, { ...source2022, date: '2022-06-28' })).toBeNull();
  });
});
