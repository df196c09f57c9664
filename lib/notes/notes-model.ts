import type { Note } from './note-schema.ts';

/**
 * A set of the reader's notes (one claim's, or all) and what can be done to them: what the notes
 * components are given. The extension's `useNotes` hook provides it over messages; a test can
 * provide it from memory.
 */
export interface NotesModel {
  /** Newest edit first; null while loading. */
  notes: Note[] | null;
  /** Why loading or the last change failed, in words; null when all is well. */
  problem: string | null;
  /** The note just deleted, while undo is offered. */
  deleted: Note | null;
  /** Resolves when saved; rejects with a message the reader can act on. */
  create: (text: string, pageUrl: string) => Promise<void>;
  update: (id: string, text: string) => Promise<void>;
  remove: (note: Note) => void;
  undoDelete: () => void;
  dismissUndo: () => void;
}
