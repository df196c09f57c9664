const COUNT = new Intl.NumberFormat('en-GB');

/** "1 note", "2 notes", "100,000 notes": the count in words a reader scans easily. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? singular : pluralForm}`;
}
