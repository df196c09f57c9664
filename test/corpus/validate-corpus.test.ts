import { describe, expect, it } from 'vitest';
import { CorpusError, validateCorpus } from '../../lib/corpus/validate-corpus.ts';

// Each reference rule of the corpus validator on a small corpus made for the purpose: the exact
// problems reported, so a maintainer reading the build's error knows the record and the field.

const slate = (id: string) => ({
  id,
  name: `Slate ${id}`,
  shortName: id.toUpperCase(),
  colour: '#224466',
  description: 'A slate.',
});
const source = (id: string, slateId: string) => ({
  id,
  title: 'A title',
  publication: 'A paper',
  authors: [],
  date: '2022-06',
  slate: slateId,
  file: `${id}.txt`,
});
const claim = (overrides: Record<string, unknown> = {}) => ({
  id: 'aa-claim',
  slate: 'aa',
  source: 'aa-source',
  quote: 'A said this.',
  summary: 'AA says this.',
  topics: ['record'],
  match: ['said this'],
  responses: [{ slate: 'bb', source: 'bb-source', quote: 'B answered.', stance: 'rebuts' }],
  ...overrides,
});
const valid = () => ({
  slates: [slate('aa'), slate('bb')],
  sources: [source('aa-source', 'aa'), source('bb-source', 'bb')],
  claims: [claim()],
  synonyms: { win: ['win', 'won'] },
});

function problemsOf(raw: ReturnType<typeof valid> | Record<string, unknown>): string[] {
  try {
    validateCorpus(raw as ReturnType<typeof valid>);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).name).toBe('CorpusError');
    return (error as CorpusError).problems;
  }
  return [];
}

describe('validateCorpus', () => {
  it('returns the parsed corpus, synonyms included, when every rule holds', () => {
    const corpus = validateCorpus(valid());
    expect(corpus.claims.map((c) => c.id)).toEqual(['aa-claim']);
    expect(corpus.synonyms).toEqual({ win: ['win', 'won'] });
    expect(corpus.slates).toHaveLength(2);
    expect(corpus.sources).toHaveLength(2);
  });

  it('lists every problem in its message, one per line', () => {
    const raw = { ...valid(), claims: [claim({ slate: 'zz', source: 'no-source' })] };
    try {
      validateCorpus(raw);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        'The corpus is invalid:\n' +
          '  - claim "aa-claim", field “slate”: unknown slate "zz".\n' +
          '  - claim "aa-claim", field “source”: unknown source "no-source".',
      );
    }
  });

  it('says which list is not a list', () => {
    expect(problemsOf({ ...valid(), slates: {}, sources: 'x', claims: null })).toEqual([
      'the corpus, field “slates”: must be a list.',
      'the corpus, field “sources”: must be a list.',
      'the corpus, field “claims”: must be a list.',
    ]);
  });

  it('names a record without an id by its position, and the field that is wrong', () => {
    const raw = { ...valid(), claims: [claim(), { slate: 'aa' }] };
    const problems = problemsOf(raw);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith('claim "#1", field “'))).toBe(true);
    expect(problems).toContain('claim "#1", field “id”: Invalid input: expected string, received undefined.');
  });

  it('names a null record, and one whose id is not a string, by its position', () => {
    const problems = problemsOf({ ...valid(), claims: [null, claim({ id: 7 })] });
    expect(problems).toContain(
      'claim "#0", the record itself: Invalid input: expected object, received null.',
    );
    expect(problems).toContain('claim "#1", field “id”: Invalid input: expected string, received number.');
    expect(problems.every((problem) => /^claim "#[01]", /.test(problem))).toBe(true);
  });

  it('names a record with an id by its id', () => {
    const problems = problemsOf({ ...valid(), claims: [claim({ quote: '' })] });
    expect(problems).toEqual(['claim "aa-claim", field “quote”: must not be empty.']);
  });

  it('reports a schema problem of the record as a whole as "the record itself"', () => {
    expect(problemsOf({ ...valid(), slates: [slate('aa'), slate('bb'), 'not a slate'] })).toEqual([
      'slate "#2", the record itself: Invalid input: expected object, received string.',
    ]);
  });

  it('reports duplicate slate, source and claim ids', () => {
    const raw = valid();
    raw.slates.push(slate('aa'));
    raw.sources.push(source('bb-source', 'bb'));
    raw.claims.push(claim());
    expect(problemsOf(raw)).toEqual([
      'slate "aa", field “id”: duplicate id.',
      'source "bb-source", field “id”: duplicate id.',
      'claim "aa-claim", field “id”: duplicate id.',
    ]);
  });

  it('reports a source of an unknown slate', () => {
    const raw = valid();
    raw.sources.push(source('cc-source', 'cc'));
    expect(problemsOf(raw)).toEqual(['source "cc-source", field “slate”: unknown slate "cc".']);
  });

  it("reports an answer's unknown slate and unknown source", () => {
    const raw = {
      ...valid(),
      claims: [claim({ responses: [{ slate: 'cc', source: 'cc-source', quote: 'C.', stance: 'context' }] })],
    };
    expect(problemsOf(raw)).toEqual([
      'claim "aa-claim", field “responses.0.slate”: unknown slate "cc".',
      'claim "aa-claim", field “responses.0.source”: unknown source "cc-source".',
    ]);
  });

  it('refuses an answer from the claim’s own slate', () => {
    const raw = {
      ...valid(),
      claims: [
        claim({ responses: [{ slate: 'aa', source: 'aa-source', quote: 'A again.', stance: 'rebuts' }] }),
      ],
    };
    expect(problemsOf(raw)).toEqual([
      'claim "aa-claim", field “responses.0.slate”: an answer must come from another slate than the claim.',
    ]);
  });

  it('names a nested field by its whole path', () => {
    const raw = {
      ...valid(),
      claims: [claim({ responses: [{ slate: 'bb', source: 'bb-source', quote: 'B.', stance: 'agrees' }] })],
    };
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^claim "aa-claim", field “responses\.0\.stance”: /);
  });

  it('accepts merged sentences from a source of the same slate, and refuses others', () => {
    const ok = {
      ...valid(),
      claims: [claim({ alsoSaid: [{ source: 'aa-source', quote: 'A also said.' }] })],
    };
    expect(problemsOf(ok)).toEqual([]);
    const raw = {
      ...valid(),
      claims: [
        claim({
          alsoSaid: [
            { source: 'aa-source', quote: 'Fine.' },
            { source: 'bb-source', quote: 'B said.' },
            { source: 'nowhere', quote: 'Nobody said.' },
          ],
        }),
      ],
    };
    expect(problemsOf(raw)).toEqual([
      `claim "aa-claim", field “alsoSaid.1.source”: must be a source of the claim's own slate.`,
      'claim "aa-claim", field “alsoSaid.2.source”: unknown source "nowhere".',
    ]);
  });

  it('accepts concept patterns that use known synonym sets, and names an unknown one', () => {
    const ok = { ...valid(), claims: [claim({ concepts: [['@win', 'every', 'election']] })] };
    expect(problemsOf(ok)).toEqual([]);
    const raw = {
      ...valid(),
      claims: [
        claim({
          concepts: [
            ['@win', 'every'],
            ['@lose|@fall', 'election'],
          ],
        }),
      ],
    };
    expect(problemsOf(raw)).toEqual([
      'claim "aa-claim", field “concepts.1”: unknown synonym set "@lose".',
      'claim "aa-claim", field “concepts.1”: unknown synonym set "@fall".',
    ]);
  });

  it("reports a concept pattern the matcher's compiler refuses", () => {
    const problems = problemsOf({ ...valid(), claims: [claim({ concepts: [['every', '...']] })] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^claim "aa-claim", field “concepts\.0”: /);
  });

  it('reports malformed synonym sets', () => {
    expect(problemsOf({ ...valid(), synonyms: { Win: ['win', 'won'], lose: ['lose'] } })).toEqual([
      'synonyms, field “lose”: a synonym set needs at least two words or phrases.',
      'synonyms, field “Win”: a synonym set name is lower-case kebab-case.',
    ]);
  });
});
