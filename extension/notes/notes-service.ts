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

/** Notes per write: small enough to report progress often. */
const BATCH = 5_000;
/** Notes per page of a listing: a few megabytes a message, a handful of messages at 100,000. */
const LIST_PAGE = 20_000;

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
  /** The reader's notes that share an id with the file's (most files share none). */
  const existingAmong = async (ids: readonly string[]): Promise<Map<string, Note>> => {
    const stored = new Set(await db.notes.toCollection().primaryKeys());
    const shared = ids.filter((id) => stored.has(id));
    const existingById = new Map<string, Note>();
    for (const note of await db.notes.bulkGet(shared))
      if (note !== undefined) existingById.set(note.id, note);
    return existingById;
  };

  return {
    /** One claim's notes, newest edit first. */
    async listClaim(claimId: string): Promise<Note[]> {
      const notes = await db.notes.where('claimId').equals(claimId).toArray();
      return notes.sort(compareNewestFirst);
    },

    /** Every note in id order, a page at a time: one message stays small at any number of notes. */
    async listPage(after: string | null): Promise<{ notes: Note[]; next: string | null }> {
      const collection = after === null ? db.notes.orderBy(':id') : db.notes.where(':id').above(after);
      const notes = await collection.limit(LIST_PAGE).toArray();
      return { notes, next: notes.length === LIST_PAGE ? (notes[notes.length - 1]?.id ?? null) : null };
    },

    /** How many notes a claim has: all the popover, in the visited page, is told. */
    async count(claimId: string): Promise<number> {
      return db.notes.where('claimId').equals(z.string().parse(claimId)).count();
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
      await db.notes.add(note);
      return note;
    },

    async update(change: { id: string; text: string }): Promise<Note | null> {
      const { id, text } = changeSchema.parse(change);
      return db.transaction('rw', db.notes, async () => {
        const existing = await db.notes.get(id);
        if (existing === undefined) return null;
        const note = noteSchema.parse({ ...existing, text, updatedAt: clock.now().toISOString() });
        await db.notes.put(note);
        return note;
      });
    },

    async delete(id: string): Promise<Note | null> {
      return db.transaction('rw', db.notes, async () => {
        const existing = await db.notes.get(id);
        if (existing === undefined) return null;
        await db.notes.delete(id);
        return existing;
      });
    },

    async restore(note: Note): Promise<Note> {
      const checked = noteSchema.parse(note);
      await db.notes.put(checked);
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
      return db.transaction('rw', db.notes, async () => {
        // Planned again inside the transaction: the reader's notes may have changed while they chose.
        const plan = planMerge(parsed.notes, await existingAmong(ids));
        if (plan.conflicts.some((conflict) => !asked.has(conflict.mine.id))) {
          return {
            ok: false as const,
            problem:
              'Your notes changed while you were choosing; nothing was imported. Import the file again.',
          };
        }
        const { toWrite, counts } = resolveMerge(plan, choice, clock.newId);
        for (let start = 0; start < toWrite.length; start += BATCH) {
          await db.notes.bulkPut(toWrite.slice(start, start + BATCH));
          handlers.onProgress({
            phase: 'saving',
            done: Math.min(start + BATCH, toWrite.length),
            total: toWrite.length,
          });
        }
        return { ok: true as const, ...counts };
      });
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
