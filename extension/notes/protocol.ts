import type { Note, NoteDraft } from '../../lib/notes/note-schema.ts';

// Messages of the notes feature. Content-script frames and extension pages ask; the background,
// which alone opens the database, answers. Payloads are checked again there (notes-service.ts).

export type ImportOutcome =
  { ok: true; added: number; updated: number; unchanged: number } | { ok: false; problem: string };

export interface NotesProtocol {
  /** Every note, or one claim's, newest edit first. */
  'notes.list'(filter: { claimId?: string }): Note[];
  'notes.create'(draft: NoteDraft): Note;
  /** null when the note no longer exists (deleted in another tab). */
  'notes.update'(change: { id: string; text: string }): Note | null;
  /** The deleted note, for undo; null when it was already gone. */
  'notes.delete'(id: string): Note | null;
  /** Puts a deleted note back exactly as it was (undo). */
  'notes.restore'(note: Note): Note;
  /** The text of an export file: checked, then merged by id, newer edit winning. */
  'notes.import'(fileText: string): ImportOutcome;
}
