import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus.ts';
import type { Claim } from '../../lib/corpus/corpus-schema.ts';
import { createDebateSearch, NO_FILTERS, topicLabel } from '../../lib/corpus/debate-search.ts';

const claim = (
  id: string,
  slate: string,
  summary: string,
  answer: string,
  topics: string[],
  source = `${slate}-src`,
): Claim => ({
  id,
  slate,
  source,
  quote: `${summary} (quote)`,
  summary,
  topics,
  match: [summary],
  responses: [{ slate: slate === 'ym' ? 'mo' : 'ym', source: 'answer-src', quote: answer, stance: 'rebuts' }],
});

const claims = [
  claim('a', 'ym', 'Members elect the leadership', 'Turnout in the ballots fell sharply', [
    'internal-democracy',
  ]),
  claim('b', 'mo', 'Organising staff were cut', 'The budget was balanced by the cuts', ['staff', 'finances']),
  claim('c', 'mi', 'Solidarity with council strikes', 'Strikes were backed by local groups', ['strikes']),
];
const search = createDebateSearch(claims);
const ids = (found: Claim[]) => found.map((each) => each.id);

describe('debate search', () => {
  it('lists every claim in corpus order without a query or filter', () => {
    expect(ids(search.search(NO_FILTERS))).toEqual(['a', 'b', 'c']);
  });

  it('finds a claim by a word only its answer uses', () => {
    expect(ids(search.search({ ...NO_FILTERS, query: 'turnout' }))).toEqual(['a']);
  });

  it('finds by prefix and forgives a typo', () => {
    expect(ids(search.search({ ...NO_FILTERS, query: 'organis' }))).toEqual(['b']);
    expect(ids(search.search({ ...NO_FILTERS, query: 'solidarty' }))).toEqual(['c']);
  });

  it('ranks a claim whose summary says it above one whose answer does', () => {
    expect(ids(search.search({ ...NO_FILTERS, query: 'strikes' }))[0]).toBe('c');
    expect(ids(search.search({ ...NO_FILTERS, query: 'cuts' }))).toEqual(['b']);
  });

  it('needs every word of the query', () => {
    expect(ids(search.search({ ...NO_FILTERS, query: 'staff turnout' }))).toEqual([]);
  });

  it('narrows by slate, topic and source, together with the query', () => {
    expect(ids(search.search({ ...NO_FILTERS, slate: 'mo' }))).toEqual(['b']);
    expect(ids(search.search({ ...NO_FILTERS, topic: 'strikes' }))).toEqual(['c']);
    expect(ids(search.search({ ...NO_FILTERS, source: 'answer-src' }))).toEqual(['a', 'b', 'c']);
    expect(ids(search.search({ ...NO_FILTERS, source: 'ym-src' }))).toEqual(['a']);
    expect(ids(search.search({ ...NO_FILTERS, query: 'strikes', slate: 'ym' }))).toEqual([]);
  });

  it('lists the topics once each, sorted, and words them', () => {
    expect(search.topics).toEqual(['finances', 'internal-democracy', 'staff', 'strikes']);
    expect(topicLabel('internal-democracy')).toBe('internal democracy');
  });

  it('takes hostile queries as plain text', () => {
    for (const query of ['<img src=x onerror=alert(1)>', '.*', '((((', '"', '\u0000', 'x'.repeat(10_000)]) {
      expect(() => search.search({ ...NO_FILTERS, query })).not.toThrow();
    }
  });

  it('finds real corpus claims by their answers', () => {
    const real = createDebateSearch(corpus.claims);
    expect(real.search(NO_FILTERS)).toHaveLength(corpus.claims.length);
    const sample = corpus.claims[0] ?? expect.unreachable();
    const word = (sample.responses[0]?.quote ?? '').split(/\s+/).find((each) => each.length > 8) ?? '';
    expect(ids(real.search({ ...NO_FILTERS, query: word }))).toContain(sample.id);
  });
});
