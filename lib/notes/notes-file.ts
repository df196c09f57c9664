import { z } from 'zod';
import type { Note } from './note-schema.ts';

// The JSON export file: a tagged envelope, so import can tell our file from any other JSON, and a
// version, so a later format is refused in words rather than half-read. The notes inside are
// checked one by one (note-import.ts), so that a file of 100,000 bad notes is described, not
// thrown at the reader.

export const NOTES_FILE_FORMAT = 'right-of-reply-notes';
export const NOTES_FILE_VERSION = 1;

export const notesFileEnvelopeSchema = z.strictObject({
  format: z.literal(NOTES_FILE_FORMAT),
  version: z.literal(NOTES_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  notes: z.array(z.unknown(), 'must be a list of notes'),
});

export interface NotesFile {
  format: typeof NOTES_FILE_FORMAT;
  version: typeof NOTES_FILE_VERSION;
  exportedAt: string;
  notes: Note[];
}
