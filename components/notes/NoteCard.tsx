import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatNoteTime, isLinkablePage, shortPageLabel } from '../../lib/notes/note-format.ts';
import type { Note } from '../../lib/notes/note-schema.ts';
import { NoteComposer } from './NoteComposer.tsx';

export interface NoteCardProps {
  note: Note;
  /** Shown above the text (the claim, on the Notes page). */
  heading?: ComponentChildren;
  onSave: (text: string) => Promise<void>;
  onDelete: () => void;
}

// One note: its text, where and when it was written, and Edit / Delete.
export function NoteCard({ note, heading, onSave, onDelete }: NoteCardProps) {
  const [editing, setEditing] = useState(false);
  const edited = note.updatedAt !== note.createdAt;
  return (
    <li class="note" data-note-id={note.id}>
      {heading}
      {editing ? (
        <NoteComposer
          label="Edit your note"
          submitLabel="Save"
          initialText={note.text}
          autoFocus
          onCancel={() => {
            setEditing(false);
          }}
          onSave={async (text) => {
            await onSave(text);
            setEditing(false);
          }}
        />
      ) : (
        <p class="note-text">{note.text}</p>
      )}
      <p class="note-meta">
        {'Written '}
        <time dateTime={note.createdAt}>{formatNoteTime(note.createdAt)}</time>
        {' on '}
        {isLinkablePage(note.pageUrl) ? (
          <a
            class="note-page"
            href={note.pageUrl}
            target="_blank"
            rel="noreferrer noopener"
            title={note.pageUrl}
          >
            {shortPageLabel(note.pageUrl)}
          </a>
        ) : (
          <span class="note-page" title={note.pageUrl}>
            {shortPageLabel(note.pageUrl)}
          </span>
        )}
        {edited && (
          <>
            {' · edited '}
            <time dateTime={note.updatedAt}>{formatNoteTime(note.updatedAt)}</time>
          </>
        )}
      </p>
      {!editing && (
        <div class="note-actions">
          <button
            type="button"
            class="note-edit"
            onClick={() => {
              setEditing(true);
            }}
          >
            Edit
          </button>
          <button type="button" class="note-delete" onClick={onDelete}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
