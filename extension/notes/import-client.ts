import { browser } from 'wxt/browser';
import {
  importTooLarge,
  MAX_IMPORT_BYTES,
  type ConflictChoice,
  type ImportProgress,
  type NoteConflict,
} from '../../lib/notes/note-import.ts';
import { IMPORT_PORT, type ToBackground, type ToPage } from './import-port.ts';
import type { ImportOutcome } from './protocol.ts';

// The Notes page's side of an import: refuse an oversized file before reading it, hand the rest
// to the background, relay progress, and put the background's question about conflicting notes to
// the reader.

interface ImportClientHandlers {
  onProgress: (progress: ImportProgress) => void;
  choose: (total: number, shown: NoteConflict[]) => Promise<ConflictChoice | 'cancel'>;
}

export async function importNotesFile(file: File, handlers: ImportClientHandlers): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problem: importTooLarge(file.name, file.size) };
  const address = URL.createObjectURL(file);
  const port = browser.runtime.connect({ name: IMPORT_PORT });
  const send = (message: ToBackground) => {
    port.postMessage(message);
  };
  const outcome = new Promise<ImportOutcome>((resolve) => {
    port.onDisconnect.addListener(() => {
      resolve({
        ok: false,
        problem: 'The import stopped before it finished; nothing was imported. Try again.',
      });
    });
    port.onMessage.addListener((raw) => {
      const message = raw as ToPage;
      if (message.kind === 'progress') handlers.onProgress(message.progress);
      else if (message.kind === 'conflicts') {
        void handlers.choose(message.total, message.shown).then((choice) => {
          send({ kind: 'choice', choice });
        });
      } else {
        resolve(message.outcome);
        port.disconnect();
      }
    });
  });
  handlers.onProgress({ phase: 'reading', done: 0, total: file.size });
  send({ kind: 'file', address });
  try {
    return await outcome;
  } finally {
    URL.revokeObjectURL(address);
  }
}
