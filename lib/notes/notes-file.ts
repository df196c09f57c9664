import { z } from 'zod';
import { noteSchema } from './note-schema.ts';

// The export file: a tagged envelope, so import can tell our file from any other JSON, and a
// version, so a later format is refused in words rather than half-read.

export const NOTES_FILE_FORMAT = 'right-of-reply-notes';
export const NOTES_FILE_VERSION = 1;

export const notesFileSchema = z.strictObject({
  format: z.literal(NOTES_FILE_FORMAT),
  version: z.literal(NOTES_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  notes: z.array(noteSchema),
});

export type NotesFile = z.infer<typeof notesFileSchema>;
