import type { Note } from '../../lib/notes/note-schema.ts';
import { NoteCard } from './NoteCard.tsx';
import { NoteComposer } from './NoteComposer.tsx';
import { UndoBar } from './UndoBar.tsx';

export interface ClaimNotesProps {
  /** null while loading. */
  notes: Note[] | null;
  loadProblem: string | null;
  deleted: Note | null;
  onCreate: (text: string) => Promise<void>;
  onUpdate: (id: string, text: string) => Promise<void>;
  onDelete: (note: Note) => void;
  onUndoDelete: () => void;
  onDismissUndo: () => void;
}

// The reader's notes on one claim, inside the popover's frame: a box to write a new one, then
// the notes already written, newest first.
export function ClaimNotes(props: ClaimNotesProps) {
  const { notes } = props;
  return (
    <section class="claim-notes" aria-label="Your notes">
      <h3 class="notes-heading">
        Your notes <span class="notes-private">private, kept in this browser</span>
      </h3>
      <NoteComposer label="Add a note on this claim" submitLabel="Save note" onSave={props.onCreate} />
      {props.deleted && (
        <UndoBar message="Note deleted." onUndo={props.onUndoDelete} onDismiss={props.onDismissUndo} />
      )}
      {props.loadProblem !== null && (
        <p class="note-problem" role="alert">
          {props.loadProblem}
        </p>
      )}
      {notes !== null && notes.length > 0 && (
        <ol class="notes-list">
          {notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              onSave={(text) => props.onUpdate(note.id, text)}
              onDelete={() => {
                props.onDelete(note);
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
