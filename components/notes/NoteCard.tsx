import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import { formatNoteTime, isLinkablePage, shortPageLabel } from '../../lib/notes/note-format.ts';
import type { Note } from '../../lib/notes/note-schema.ts';
import { NoteComposer } from './NoteComposer.tsx';

interface NoteCardProps {
  note: Note;
  /** Shown above the text (the claim, on the Notes page). */
  heading?: ComponentChildren;
  onSave: (text: string) => Promise<void>;
  onDelete: () => void;
  /** In a virtualised list: the row's element (to measure it), its place and the list's length. */
  row?: { ref: Ref<HTMLLIElement>; index: number; count: number; top: number };
}

// One note: its text, where and when it was written, and Edit / Delete.
export function NoteCard({ note, heading, onSave, onDelete, row }: NoteCardProps) {
  const [editing, setEditing] = useState(false);
  const edited = note.updatedAt !== note.createdAt;
  return (
    <li
      class="note"
      data-note-id={note.id}
      {...(row && {
        ref: row.ref,
        'data-index': row.index,
        'aria-posinset': row.index + 1,
        'aria-setsize': row.count,
        class: 'note note-row',
        style: { transform: `translateY(${row.top}px)` },
      })}
    >
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
