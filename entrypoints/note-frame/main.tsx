import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ClaimNotes } from '../../components/notes/ClaimNotes.tsx';
import '../../components/notes/notes.css';
import '../../components/slate-chip.css';
import { sendMessage } from '../../extension/messaging.ts';
import type { Note } from '../../lib/notes/note-schema.ts';

// The notes of one claim, shown inside the popover. This page is extension origin, framed by the
// content script: the visited page can neither read what is shown here nor the keys typed into it.
// The content script passes the claim and the page the reader is on; the background stores.

const params = new URLSearchParams(location.search);
const claimId = params.get('claim') ?? '';
const pageUrl = params.get('url') ?? '';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

function NoteFrame() {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);

  const reload = async () => {
    try {
      setNotes(await sendMessage('notes.list', { claimId }));
      setLoadProblem(null);
    } catch (error) {
      setLoadProblem(
        `Your notes could not be loaded (${reason(error)}). Close and reopen this popover to try again.`,
      );
    }
  };

  useEffect(() => {
    void reload();
  }, []);

  if (claimId === '') return <p class="note-problem">This frame was opened without a claim.</p>;
  return (
    <ClaimNotes
      notes={notes}
      loadProblem={loadProblem}
      deleted={deleted}
      onCreate={async (text) => {
        await sendMessage('notes.create', { claimId, text, pageUrl });
        await reload();
      }}
      onUpdate={async (id, text) => {
        const updated = await sendMessage('notes.update', { id, text });
        if (updated === null) throw new Error('this note was deleted elsewhere');
        await reload();
      }}
      onDelete={(note) => {
        sendMessage('notes.delete', note.id)
          .then(async (gone) => {
            setDeleted(gone);
            await reload();
          })
          .catch((error: unknown) => {
            setLoadProblem(`The note was not deleted: ${reason(error)}.`);
          });
      }}
      onUndoDelete={() => {
        if (deleted === null) return;
        sendMessage('notes.restore', deleted)
          .then(async () => {
            setDeleted(null);
            await reload();
          })
          .catch((error: unknown) => {
            setLoadProblem(`The note could not be restored: ${reason(error)}.`);
          });
      }}
      onDismissUndo={() => {
        setDeleted(null);
      }}
    />
  );
}

const app = document.getElementById('app');
if (app) render(<NoteFrame />, app);
