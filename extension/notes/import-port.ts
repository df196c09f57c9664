import type { ConflictChoice, ImportProgress, NoteConflict } from '../../lib/notes/note-import.ts';
import type { ImportOutcome } from './protocol.ts';

// An import runs over a port, not one message: the page hands the background its file, progress
// comes back while the background checks and saves, and the background can stop to ask the reader
// what to do with conflicting notes. The file goes as a blob: address of the page's own origin,
// which the background (same origin) reads itself: one copy in memory, and the page is left free
// rather than busy copying 64 MiB into messages.

export const IMPORT_PORT = 'notes.import';

/** Conflicts shown to the reader when asking; the rest are counted. */
export const CONFLICTS_SHOWN = 20;

export type ToBackground =
  { kind: 'file'; address: string } | { kind: 'choice'; choice: ConflictChoice | 'cancel' };

export type ToPage =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'conflicts'; total: number; shown: NoteConflict[] }
  | { kind: 'done'; outcome: ImportOutcome };

/**
 * A blob: address made by one of the extension's own pages (`extensionBase` is its root address,
 * e.g. "chrome-extension://<id>/"): the only kind of address the background reads a file from.
 */
export function isOwnFileAddress(address: unknown, extensionBase: string): address is string {
  return typeof address === 'string' && address.startsWith(`blob:${extensionBase}`);
}
