import type { NotesModel } from '../../lib/notes/notes-model.ts';
import { NoteCard } from './NoteCard.tsx';
import { NoteComposer } from './NoteComposer.tsx';
import { UndoBar } from './UndoBar.tsx';

interface ClaimNotesProps {
  /** The claim's notes: `useNotes({ claimId })` in an extension page. */
  model: NotesModel;
  /** The page a new note is recorded as written on ("" when none is known). */
  pageUrl: string;
}

// The reader's notes on one claim, for any extension surface (the Notes page opened at the claim,
// a side panel): a box to write a new one, then the notes already written, newest first.
export function ClaimNotes({ model, pageUrl }: ClaimNotesProps) {
  const { notes } = model;
  return (
    <section class="claim-notes" aria-label="Your notes">
      <h2 class="notes-heading">
        Your notes <span class="notes-private">private, kept in this browser</span>
      </h2>
      <NoteComposer
        label="Add a note on this claim"
        submitLabel="Save note"
        onSave={(text) => model.create(text, pageUrl)}
      />
      {model.deleted && (
        <UndoBar message="Note deleted." onUndo={model.undoDelete} onDismiss={model.dismissUndo} />
      )}
      {model.problem !== null && (
        <p class="note-problem" role="alert">
          {model.problem}
        </p>
      )}
      {notes !== null && notes.length > 0 && (
        <ol class="notes-list">
          {notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              onSave={(text) => model.update(note.id, text)}
              onDelete={() => {
                model.remove(note);
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
