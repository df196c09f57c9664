import { describe, expect, it } from 'vitest';
import { formatSource, formatSourceDate, sourceLink } from '../../lib/corpus/format-source.ts';

describe('formatSourceDate', () => {
  it('writes a full date as day, month name, year', () => {
    expect(formatSourceDate('2020-06-13')).toBe('13 June 2020');
  });
  it('writes a month date without a day', () => {
    expect(formatSourceDate('2022-06')).toBe('June 2022');
  });
  it('writes a bare year as it is', () => {
    expect(formatSourceDate('2020')).toBe('2020');
  });
});

describe('formatSource', () => {
  const base = {
    id: 's',
    slate: 'mo',
    file: 's.txt',
    title: 'Title',
    publication: 'Pub',
    date: '2022-06-28',
  };
  it('names title, publication, authors and date', () => {
    expect(formatSource({ ...base, authors: ['A', 'B', 'C'] })).toBe(
      '“Title”, Pub, A, B and C, 28 June 2022',
    );
  });
  it('leaves authors out when none are named', () => {
    expect(formatSource({ ...base, authors: [] })).toBe('“Title”, Pub, 28 June 2022');
  });
});

describe('sourceLink', () => {
  it('links web addresses only', () => {
    expect(sourceLink({ url: 'https://example.org/a' })).toBe('https://example.org/a');
    expect(sourceLink({ url: 'http://example.org/a' })).toBe('http://example.org/a');
    expect(sourceLink({ url: 'javascript:alert(1)' })).toBeNull();
    expect(sourceLink({ url: 'data:text/html,<b>x</b>' })).toBeNull();
    expect(sourceLink({ url: 'not a url' })).toBeNull();
    expect(sourceLink({ url: undefined })).toBeNull();
  });
});
