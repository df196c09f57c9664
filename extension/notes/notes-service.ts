import { z } from 'zod';
import { parseNotesFile, planMerge } from '../../lib/notes/note-import.ts';
import {
  compareNewestFirst,
  noteSchema,
  siteOf,
  type Note,
  type NoteDraft,
} from '../../lib/notes/note-schema.ts';
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

export interface NotesServiceClock {
  now(): Date;
  newId(): string;
}

const systemClock: NotesServiceClock = {
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

export function createNotesService(db: NotesDatabase, clock: NotesServiceClock = systemClock) {
  return {
    async list(filter: { claimId?: string } = {}): Promise<Note[]> {
      const notes =
        filter.claimId === undefined
          ? await db.notes.toArray()
          : await db.notes.where('claimId').equals(filter.claimId).toArray();
      return notes.sort(compareNewestFirst);
    },

    async create(draft: NoteDraft): Promise<Note> {
      const { claimId, text, pageUrl } = draftSchema.parse(draft);
      const now = clock.now().toISOString();
      const note = noteSchema.parse({
        id: clock.newId(),
        claimId,
        text,
        pageUrl,
        site: siteOf(pageUrl),
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

    /** All or nothing: a damaged file, or a failed write, leaves the database as it was. */
    async import(fileText: string): Promise<ImportOutcome> {
      const parsed = parseNotesFile(fileText);
      if (!parsed.ok) return parsed;
      return db.transaction('rw', db.notes, async () => {
        const existing = await db.notes.bulkGet(parsed.notes.map((note) => note.id));
        const existingById = new Map<string, Note>();
        for (const note of existing) if (note !== undefined) existingById.set(note.id, note);
        const plan = planMerge(parsed.notes, existingById);
        await db.notes.bulkPut(plan.toWrite);
        return { ok: true as const, added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
      });
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
