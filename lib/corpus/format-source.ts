import type { Source, Stance } from './corpus-schema.ts';

// Reader-facing wording for corpus records.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2020-06-13" → "13 June 2020"; "2022-06" → "June 2022"; "2020" → "2020". */
export function formatSourceDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "Title", Publication, Author One and Author Two, 13 June 2020 */
export function formatSource(source: Source): string {
  const parts = [`“${source.title}”`, source.publication];
  if (source.authors.length > 0) parts.push(formatAuthors(source.authors));
  parts.push(formatSourceDate(source.date));
  return parts.join(', ');
}

function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= 2) return authors.join(' and ');
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

export const STANCE_LABELS: Record<Stance, string> = {
  rebuts: 'Rebuts',
  qualifies: 'Qualifies',
  concedes: 'Concedes',
  context: 'Context',
};

/** The source's address when it is a web page (http or https): only those become links. */
export function sourceLink(source: Pick<Source, 'url'>): string | null {
  if (source.url === undefined) return null;
  try {
    const { protocol } = new URL(source.url);
    return protocol === 'https:' || protocol === 'http:' ? source.url : null;
  } catch {
    return null;
  }
}
