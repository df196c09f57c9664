import type { Note } from '../../lib/notes/note-schema.ts';

// The 100,000 notes both browsers' scale tests import: two claims, many pages, one a minute.

const SCALE_NOTE_COUNT = 100_000;
const CLAIMS = ['mo-conference-2021-threshold-passed-53-to-47', 'mo-slashed-organising-staff'];

export function scaleNotes(): Note[] {
  const start = Date.UTC(2024, 0, 1);
  return Array.from({ length: SCALE_NOTE_COUNT }, (_, index) => {
    const time = new Date(start + index * 60_000).toISOString();
    return {
      id: `scale-${index}`,
      claimId: CLAIMS[index % CLAIMS.length] ?? '',
      text: `Reading note ${index}: the figures in paragraph ${index % 97} need checking against the minutes.`,
      pageUrl: `https://example.org/articles/${index % 500}`,
      site: 'example.org',
      createdAt: time,
      updatedAt: time,
    };
  });
}
