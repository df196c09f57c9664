import { hostOf } from '../../lib/web/page-host.ts';
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { type Note } from '../../lib/notes/note-schema.ts';
import { blockTables, putNotes } from './note-blocks.ts';

// The notes database, with its whole version history in one place. Each version is a reviewed
// step: never edit a shipped version, add the next one with an upgrade that keeps every note.

const NOTES_DATABASE_NAME = 'right-of-reply-notes';

/** Up to NOTES_PER_BLOCK notes of one claim, stored as one record (note-blocks.ts says why). */
export interface NoteBlock {
  key: number;
  claimId: string;
  notes: Note[];
}

/** The ids of one block's notes, under the block's key: what finding a note by its id reads. */
export interface NoteBlockIds {
  key: number;
  claimId: string;
  ids: string[];
}

/** A note as version 1 stored it: no edit time, no site. */
export interface NoteV1 {
  id: string;
  claimId: string;
  text: string;
  pageUrl: string;
  createdAt: string;
}

interface SchemaVersion {
  version: number;
  /** null deletes a table (after the version's upgrade has read it). */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<unknown>;
}

const NOTES_SCHEMA_HISTORY: readonly SchemaVersion[] = [
  { version: 1, stores: { notes: 'id, claimId, createdAt' } },
  {
    // Edits get their own time (newest-first order and import merges need it), and the site a note
    // was written on is indexed for the Notes page filter.
    version: 2,
    stores: { notes: 'id, claimId, site, updatedAt' },
    upgrade: (transaction) =>
      transaction
        .table<NoteV1 & Partial<Note>>('notes')
        .toCollection()
        .modify((note) => {
          note.updatedAt = note.createdAt;
          note.site = hostOf(note.pageUrl) ?? '';
        }),
  },
  {
    // The Notes page filters by site and sorts by edit time in memory, so those two indexes were
    // never read, while every write paid for them: dropped, a 100,000-note import writes a third
    // as many index entries. The notes themselves are untouched.
    version: 3,
    stores: { notes: 'id, claimId' },
  },
  {
    // IndexedDB's cost is per record and per index entry far more than per byte: Chromium took
    // 15 to 25 s to write 100,000 notes as a record each, and under a second to write them as
    // 200 records of 500. Notes are now kept in blocks of one claim's notes, each block's ids in
    // a second, small table so that a note is found by id without reading any note text.
    version: 4,
    stores: { notes: null, noteBlocks: '++key, claimId', noteBlockIds: 'key, claimId' },
    upgrade: async (transaction) => {
      await putNotes(blockTables(transaction), await transaction.table<Note>('notes').toArray());
    },
  },
];

export const NOTES_SCHEMA_VERSION = NOTES_SCHEMA_HISTORY.length;

export type NotesDatabase = Dexie & {
  noteBlocks: EntityTable<NoteBlock, 'key'>;
  noteBlockIds: EntityTable<NoteBlockIds, 'key'>;
};

/**
 * Opens (lazily, on first use) the notes database. `upToVersion` exists for the migration test,
 * which writes a database exactly as an older release did.
 */
export function openNotesDatabase(options: { name?: string; upToVersion?: number } = {}): NotesDatabase {
  // No query cache: it serves live queries, which nothing here uses, and costs every bulk write.
  const db = new Dexie(options.name ?? NOTES_DATABASE_NAME, { cache: 'disabled' }) as NotesDatabase;
  for (const step of NOTES_SCHEMA_HISTORY.slice(0, options.upToVersion ?? NOTES_SCHEMA_VERSION)) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}
