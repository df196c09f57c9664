import type { ClaimLookup } from '../../lib/notes/note-search.ts';
import type { Note } from '../../lib/notes/note-schema.ts';

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

export const claimFacts: ClaimLookup = (claimId) =>
  ({
    'mo-conference-2021-threshold-passed-53-to-47': {
      slate: 'mo',
      summary: 'The 2021 nomination threshold passed 53% to 47%',
    },
    'ym-won-almost-every-internal-election': {
      slate: 'ym',
      summary: 'Momentum won almost every internal Labour election',
    },
  })[claimId];

/** A clock whose time moves on a minute per call and whose ids count up. */
export function steppingClock(start = '2024-03-01T10:00:00.000Z') {
  let time = Date.parse(start);
  let id = 0;
  return {
    now: () => new Date((time += 60_000)),
    newId: () => `note-${++id}`,
  };
}
