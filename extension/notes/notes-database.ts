import { hostOf } from '../../lib/web/page-host.ts';
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import { type Note } from '../../lib/notes/note-schema.ts';

// The notes database, with its whole version history in one place. Each version is a reviewed
// step: never edit a shipped version, add the next one with an upgrade that keeps every note.

const NOTES_DATABASE_NAME = 'right-of-reply-notes';

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
  stores: Record<string, string>;
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
];

export const NOTES_SCHEMA_VERSION = NOTES_SCHEMA_HISTORY.length;

export type NotesDatabase = Dexie & { notes: EntityTable<Note, 'id'> };

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
