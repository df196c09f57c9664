import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus.ts';
import { findQuote } from '../../lib/sources/find-quote.ts';
import { parseSourcePageHash, sourcePageHash } from '../../lib/sources/source-page-address.ts';

describe('findQuote', () => {
  it('finds a quote despite straight quotes, case and wrapped lines, with raw offsets', () => {
    const text = 'Intro.\nWe said: “It’s  time\nto ORGANISE” — and meant it.';
    const found = findQuote(text, '"It\'s   time to Organise"');
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe('“It’s  time\nto ORGANISE”');
  });

  it('finds nothing for a quote that is not there, or is empty', () => {
    expect(findQuote('Some text.', 'other words')).toBeNull();
    expect(findQuote('Some text.', '   ')).toBeNull();
  });

  it('finds every claim quote of the corpus in its bundled source', () => {
    const missing = corpus.claims.filter((claim) => {
      const source = corpus.sources.find((s) => s.id === claim.source)!;
      const text = readFileSync(new URL(`../../data/sources/${source.file}`, import.meta.url), 'utf8');
      return findQuote(text, claim.quote) === null;
    });
    expect(missing.map((claim) => claim.id)).toEqual([]);
  });
});

describe('source page address', () => {
  it('carries the source and the quote through the fragment, whatever the quote holds', () => {
    const target = { sourceId: 'ym-labourlist-2022', quote: 'a & b #c = “d”?' };
    expect(parseSourcePageHash(sourcePageHash(target))).toEqual(target);
    expect(parseSourcePageHash('#q=x')).toBeNull();
  });
});
