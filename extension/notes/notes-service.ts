import { hostOf } from '../../lib/web/page-host.ts';
import { z } from 'zod';
import {
  parseNotesFile,
  planMerge,
  resolveMerge,
  type ConflictChoice,
  type ImportProgress,
  type NoteConflict,
} from '../../lib/notes/note-import.ts';
import { compareNewestFirst, noteSchema, type Note, type NoteDraft } from '../../lib/notes/note-schema.ts';
import {
  blockTables,
  changeNote,
  type BlockTables,
  claimNoteCount,
  claimNotes,
  noteLocations,
  NOTES_PER_BLOCK,
  putNotes,
  removeNotes,
  storedNotes,
} from './note-blocks.ts';
import type { NotesDatabase } from './notes-database.ts';
import type { ImportOutcome } from './protocol.ts';

// What the background does for each notes message. Plain async functions over a database, so the
// unit tests run them against fake-indexeddb. Every write is checked with the note schema first:
// a message is data from another context, not a promise about its shape.

const draftSchema = z.strictObject({
  claimId: noteSchema.shape.claimId,
  text: noteSchema.shape.text,
  pageUrl: noteSchema.shape.pageUrl,
});
const changeSchema = z.strictObject({ id: noteSchema.shape.id, text: noteSchema.shape.text });

/** Blocks per page of a listing: at most 20,000 notes, a few megabytes, a message. */
const LIST_PAGE_BLOCKS = 20_000 / NOTES_PER_BLOCK;
const listAfterSchema = z.number().int().nullable();

interface NotesServiceClock {
  now: () => Date;
  newId: () => string;
}

const systemClock: NotesServiceClock = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

interface ImportHandlers {
  onProgress: (progress: ImportProgress) => void;
  /** Asked only when some notes in the file differ from the reader's under the same id. */
  chooseForConflicts: (conflicts: readonly NoteConflict[]) => Promise<ConflictChoice | 'cancel'>;
}

export function createNotesService(db: NotesDatabase, clock: NotesServiceClock = systemClock) {
  const tables = blockTables(db);
  /**
   * Every write runs in one transaction over both tables, so a block and its ids change together.
   * The tables are the transaction's own: work awaited through several async functions can lose
   * Dexie's track of the ambient transaction, and would then run in one of its own.
   */
  const writing = <T>(write: (tables: BlockTables) => Promise<T>) =>
    db.transaction('rw', db.noteBlocks, db.noteBlockIds, (transaction) => write(blockTables(transaction)));
  /** The reader's notes that share an id with the file's (most files share none). */
  const existingAmong = async (ids: readonly string[]) =>
    storedNotes(tables, ids, await noteLocations(tables));

  return {
    /** One claim's notes, newest edit first. */
    async listClaim(claimId: string): Promise<Note[]> {
      return (await claimNotes(tables, z.string().parse(claimId))).sort(compareNewestFirst);
    },

    /** Every note, a page of blocks at a time: one message stays small at any number of notes. */
    async listPage(after: number | null): Promise<{ notes: Note[]; next: number | null }> {
      const start = listAfterSchema.parse(after);
      const collection =
        start === null ? db.noteBlocks.orderBy(':id') : db.noteBlocks.where(':id').above(start);
      const blocks = await collection.limit(LIST_PAGE_BLOCKS).toArray();
      return {
        notes: blocks.flatMap((block) => block.notes),
        next: blocks.length === LIST_PAGE_BLOCKS ? (blocks[blocks.length - 1]?.key ?? null) : null,
      };
    },

    /** How many notes a claim has: all the popover, in the visited page, is told. */
    async count(claimId: string): Promise<number> {
      return claimNoteCount(tables, z.string().parse(claimId));
    },

    async create(draft: NoteDraft): Promise<Note> {
      const { claimId, text, pageUrl } = draftSchema.parse(draft);
      const now = clock.now().toISOString();
      const note = noteSchema.parse({
        id: clock.newId(),
        claimId,
        text,
        pageUrl,
        site: hostOf(pageUrl) ?? '',
        createdAt: now,
        updatedAt: now,
      });
      await writing((written) => putNotes(written, [note]));
      return note;
    },

    async update(change: { id: string; text: string }): Promise<Note | null> {
      const { id, text } = changeSchema.parse(change);
      return writing((written) =>
        changeNote(written, id, (existing) =>
          noteSchema.parse({ ...existing, text, updatedAt: clock.now().toISOString() }),
        ),
      );
    },

    async delete(id: string): Promise<Note | null> {
      const checked = noteSchema.shape.id.parse(id);
      return writing(async (written) => {
        const [removed] = await removeNotes(written, new Set([checked]), await noteLocations(written));
        return removed ?? null;
      });
    },

    async restore(note: Note): Promise<Note> {
      const checked = noteSchema.parse(note);
      await writing((written) => putNotes(written, [checked]));
      return checked;
    },

    /**
     * All or nothing: a damaged file, a cancelled choice or a failed write leaves the database as
     * it was. A note that differs from the reader's under the same id is never written until the
     * reader has chosen what to do with it.
     */
    async import(fileText: string, handlers: ImportHandlers): Promise<ImportOutcome> {
      const parsed = parseNotesFile(fileText, (done, total) => {
        handlers.onProgress({ phase: 'checking', done, total });
      });
      if (!parsed.ok) return parsed;
      const ids = parsed.notes.map((note) => note.id);
      const conflicts = planMerge(parsed.notes, await existingAmong(ids)).conflicts;
      let choice: ConflictChoice = 'keep-mine';
      if (conflicts.length > 0) {
        const chosen = await handlers.chooseForConflicts(conflicts);
        if (chosen === 'cancel') return { ok: false, problem: 'Import cancelled: nothing was imported.' };
        choice = chosen;
      }
      const asked = new Set(conflicts.map((conflict) => conflict.mine.id));
      return writing(async (written) => {
        // Planned again inside the transaction: the reader's notes may have changed while they chose.
        const plan = planMerge(parsed.notes, await storedNotes(written, ids, await noteLocations(written)));
        if (plan.conflicts.some((conflict) => !asked.has(conflict.mine.id))) {
          return {
            ok: false as const,
            problem:
              'Your notes changed while you were choosing; nothing was imported. Import the file again.',
          };
        }
        const { toWrite, counts } = resolveMerge(plan, choice, clock.newId);
        await putNotes(written, toWrite, (saved) => {
          handlers.onProgress({ phase: 'saving', done: saved, total: toWrite.length });
        });
        return { ok: true as const, ...counts };
      });
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
