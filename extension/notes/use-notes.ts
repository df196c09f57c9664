import { useCallback, useEffect, useState } from 'preact/hooks';
import { compareNewestFirst, type Note } from '../../lib/notes/note-schema.ts';
import type { NotesModel } from '../../lib/notes/notes-model.ts';
import { errorText } from '../../lib/text/error-text.ts';
import { sendMessage } from '../messaging.ts';

// The one wiring of notes for every extension page: load, create, edit, delete with undo. Changes
// are applied to the list in hand rather than by loading it again, so an edit costs the same at
// 100,000 notes as at ten.

type NotesScope = { claimId: string } | 'all';

async function loadAll(): Promise<Note[]> {
  const notes: Note[] = [];
  let after: number | null = null;
  do {
    const page: { notes: Note[]; next: number | null } = await sendMessage('notes.listPage', after);
    notes.push(...page.notes);
    after = page.next;
  } while (after !== null);
  return notes.sort(compareNewestFirst);
}

const load = (scope: NotesScope) =>
  scope === 'all' ? loadAll() : sendMessage('notes.listClaim', scope.claimId);

/** `version` changes to load again (after an import). */
export function useNotes(scope: NotesScope, version = 0): NotesModel {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const key = scope === 'all' ? '' : scope.claimId;

  useEffect(() => {
    let current = true;
    setNotes(null);
    setDeleted(null);
    load(scope)
      .then((loaded) => {
        if (!current) return;
        setNotes(loaded);
        setProblem(null);
      })
      .catch((error: unknown) => {
        if (current)
          setProblem(`Your notes could not be loaded (${errorText(error)}). Reload this page to try again.`);
      });
    return () => {
      current = false;
    };
    // The scope object is new on every render; its claim id is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);

  const without = (list: Note[] | null, id: string) => (list ?? []).filter((note) => note.id !== id);
  const failed = useCallback(
    (what: string) => (error: unknown) => {
      setProblem(`${what}: ${errorText(error)}.`);
    },
    [],
  );

  return {
    notes,
    problem,
    deleted,
    create: async (text, pageUrl) => {
      if (scope === 'all') throw new Error('a note is written on a claim');
      const note = await sendMessage('notes.create', { claimId: scope.claimId, text, pageUrl });
      setNotes((list) => [note, ...(list ?? [])]);
    },
    update: async (id, text) => {
      const note = await sendMessage('notes.update', { id, text });
      if (note === null) throw new Error('this note was deleted elsewhere');
      setNotes((list) => [note, ...without(list, id)]);
    },
    remove: (note) => {
      sendMessage('notes.delete', note.id)
        .then((gone) => {
          setDeleted(gone);
          setNotes((list) => without(list, note.id));
        })
        .catch(failed('The note was not deleted'));
    },
    undoDelete: () => {
      if (deleted === null) return;
      sendMessage('notes.restore', deleted)
        .then((restored) => {
          setDeleted(null);
          setNotes((list) => [...without(list, restored.id), restored].sort(compareNewestFirst));
        })
        .catch(failed('The note could not be restored'));
    },
    dismissUndo: () => {
      setDeleted(null);
    },
  };
}
