import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NotesPage, type NotesPageProps } from '../../components/notes/NotesPage.tsx';
import '../../components/notes/notes.css';
import '../../components/slate-chip.css';
import { corpus } from '../../data/corpus.ts';
import { sendMessage } from '../../extension/messaging.ts';
import { indexCorpus } from '../../lib/corpus/corpus-index.ts';
import { exportNotesJson, exportNotesMarkdown } from '../../lib/notes/note-export.ts';
import { describeMerge } from '../../lib/notes/note-import.ts';
import type { Note } from '../../lib/notes/note-schema.ts';
import type { ClaimLookup } from '../../lib/notes/note-search.ts';

// The Notes page: loads every note from the background, hands changes back to it, and turns
// exports into downloads. Reached from the popup and the options page as /notes.html.

const index = indexCorpus(corpus);
const claimFacts: ClaimLookup = (claimId) => {
  const claim = index.claim(claimId);
  return claim && { slate: claim.slate, summary: claim.summary };
};

function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download by the next task; then the URL can go.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

const today = () => new Date().toISOString().slice(0, 10);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

function NotesApp() {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [status, setStatus] = useState<NotesPageProps['status']>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);

  const reload = async () => {
    try {
      setNotes(await sendMessage('notes.list', {}));
    } catch (error) {
      setStatus({
        kind: 'problem',
        message: `Your notes could not be loaded (${reason(error)}). Reload this page to try again.`,
      });
    }
  };
  useEffect(() => {
    void reload();
  }, []);

  const act = (work: () => Promise<void>, failure: string) => {
    work().catch((error: unknown) => {
      setStatus({ kind: 'problem', message: `${failure}: ${reason(error)}.` });
    });
  };

  return (
    <NotesPage
      notes={notes}
      index={index}
      claimFacts={claimFacts}
      status={status}
      deleted={deleted}
      onUpdate={async (id, text) => {
        const updated = await sendMessage('notes.update', { id, text });
        if (updated === null) throw new Error('this note was deleted elsewhere');
        await reload();
      }}
      onDelete={(note) => {
        act(async () => {
          setDeleted(await sendMessage('notes.delete', note.id));
          await reload();
        }, 'The note was not deleted');
      }}
      onUndoDelete={() => {
        act(async () => {
          if (deleted === null) return;
          await sendMessage('notes.restore', deleted);
          setDeleted(null);
          await reload();
        }, 'The note could not be restored');
      }}
      onDismissUndo={() => {
        setDeleted(null);
      }}
      onExportJson={() => {
        download(
          `right-of-reply-notes-${today()}.json`,
          'application/json',
          exportNotesJson(notes ?? [], new Date()),
        );
      }}
      onExportMarkdown={() => {
        download(
          `right-of-reply-notes-${today()}.md`,
          'text/markdown',
          exportNotesMarkdown(notes ?? [], claimFacts, new Date()),
        );
      }}
      onImportFile={(file) => {
        act(async () => {
          setStatus(null);
          const outcome = await sendMessage('notes.import', await file.text());
          if (!outcome.ok) {
            setStatus({ kind: 'problem', message: `“${file.name}” was not imported. ${outcome.problem}` });
            return;
          }
          setStatus({ kind: 'done', message: describeMerge(outcome) });
          await reload();
        }, `“${file.name}” was not imported`);
      }}
    />
  );
}

const app = document.getElementById('app');
if (app) render(<NotesApp />, app);
