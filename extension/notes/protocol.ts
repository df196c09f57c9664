import type { MergeCounts } from '../../lib/notes/note-import.ts';
import type { Note, NoteDraft } from '../../lib/notes/note-schema.ts';

// Messages of the notes feature. Extension pages (the Notes page, a side panel) ask for and send
// note text; the background, which alone opens the database, answers. A content script, in a
// visited page, may only ask how many notes a claim has and ask for them to be opened: the
// background refuses it anything else (register-notes-service.ts). Payloads are checked again
// there (notes-service.ts).

export type ImportOutcome = ({ ok: true } & MergeCounts) | { ok: false; problem: string };

export interface NotesProtocol {
  /** One claim's notes, newest edit first. */
  'notes.listClaim'(claimId: string): Note[];
  /** Every note, a page at a time in storage order; `next` is where the following page starts. */
  'notes.listPage'(after: number | null): { notes: Note[]; next: number | null };
  'notes.create'(draft: NoteDraft): Note;
  /** null when the note no longer exists (deleted in another tab). */
  'notes.update'(change: { id: string; text: string }): Note | null;
  /** The deleted note, for undo; null when it was already gone. */
  'notes.delete'(id: string): Note | null;
  /** Puts a deleted note back exactly as it was (undo). */
  'notes.restore'(note: Note): Note;
  /** From the popover: how many notes the claim has. A number, never note text. */
  'notes.count'(claimId: string): number;
  /** From the popover: opens the Notes page at the claim (or brings an open one forward). */
  'notes.open'(claimId: string): void;
  /** To an open Notes page: show this claim and come forward; false when no page is open. */
  'notes.show'(target: { claimId: string; pageUrl: string }): boolean;
}
