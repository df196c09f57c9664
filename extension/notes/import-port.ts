import type { ConflictChoice, ImportProgress, NoteConflict } from '../../lib/notes/note-import.ts';
import type { ImportOutcome } from './protocol.ts';

// An import runs over a port, not one message: the file goes to the background in pieces (one
// message could not carry 64 MiB), progress comes back while the background checks and saves,
// and the background can stop to ask the reader what to do with conflicting notes.

export const IMPORT_PORT = 'notes.import';

/** Characters per piece of the file: well under any browser's message limit. */
export const IMPORT_CHUNK_CHARS = 4 * 1024 * 1024;

/** Conflicts shown to the reader when asking; the rest are counted. */
export const CONFLICTS_SHOWN = 20;

export type ToBackground =
  { kind: 'chunk'; text: string } | { kind: 'end' } | { kind: 'choice'; choice: ConflictChoice | 'cancel' };

export type ToPage =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'conflicts'; total: number; shown: NoteConflict[] }
  | { kind: 'done'; outcome: ImportOutcome };
