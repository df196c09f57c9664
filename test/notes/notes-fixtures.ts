import type { ClaimLookup } from '../../lib/notes/note-search.ts';
import type { NotesService } from '../../extension/notes/notes-service.ts';
import type { ConflictChoice, ImportProgress, NoteConflict } from '../../lib/notes/note-import.ts';
import { compareNewestFirst, type Note } from '../../lib/notes/note-schema.ts';

// Small, readable notes for the notes tests.

export function makeNote(overrides: Partial<Note> & Pick<Note, 'id'>): Note {
  return {
    claimId: 'mo-conference-2021-threshold-passed-53-to-47',
    text: `Note ${overrides.id}`,
    pageUrl: 'https://labourlist.org/2022/06/ncg/',
    site: 'labourlist.org',
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-01T10:00:00.000Z',
    ...overrides,
  };
}

const CLAIMS = new Map([
  [
    'mo-conference-2021-threshold-passed-53-to-47',
    {
      slate: 'mo',
      summary: 'The 2021 nomination threshold passed 53% to 47%',
      quote: 'The threshold passed 53% to 47% at conference.',
    },
  ],
  [
    'ym-won-almost-every-internal-election',
    {
      slate: 'ym',
      summary: 'Momentum won almost every internal Labour election',
      quote: 'We won almost every internal Labour election.',
    },
  ],
]);

export const claimFacts: ClaimLookup = (claimId) => CLAIMS.get(claimId);

/** A clock whose time moves on a minute per call and whose ids count up. */
export function steppingClock(start = '2024-03-01T10:00:00.000Z') {
  let time = Date.parse(start);
  let id = 0;
  return {
    now: () => new Date((time += 60_000)),
    newId: () => `note-${++id}`,
  };
}

/** Every note in a service's database, newest edit first. */
export async function listAll(service: NotesService): Promise<Note[]> {
  const notes: Note[] = [];
  let after: number | null = null;
  do {
    const page: { notes: Note[]; next: number | null } = await service.listPage(after);
    notes.push(...page.notes);
    after = page.next;
  } while (after !== null);
  return notes.sort(compareNewestFirst);
}

/** Import handlers for tests: progress collected, and every conflict answered with `choice`. */
export function answering(choice: ConflictChoice | 'cancel' = 'keep-mine') {
  const progress: ImportProgress[] = [];
  const asked: NoteConflict[][] = [];
  return {
    progress,
    asked,
    onProgress: (step: ImportProgress) => {
      progress.push(step);
    },
    chooseForConflicts: (conflicts: readonly NoteConflict[]) => {
      asked.push([...conflicts]);
      return Promise.resolve(choice);
    },
  };
}
