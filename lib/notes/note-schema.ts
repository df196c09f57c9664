import { z } from 'zod';

// A reader's note on one claim, declared once: the database, the messages, the export file and
// the import check all take their types from here.

/** Hard limit on one note's text, so a pasted book cannot stall the popover or the export. */
export const NOTE_TEXT_MAX = 20_000;

// Stored in UTC ("…Z") whatever offset a file used, so timestamps compare as plain strings.
const isoTimestamp = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date and time, e.g. 2024-03-05T14:07:00Z' })
  .transform((value) => new Date(value).toISOString());

export const noteSchema = z.strictObject({
  id: z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  claimId: z.string().min(1, 'must not be empty'),
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(NOTE_TEXT_MAX, `must be at most ${NOTE_TEXT_MAX} characters`),
  /** The page the note was written on, as the content script saw it. */
  pageUrl: z.string(),
  /** The host of pageUrl ("" when it has none), kept for the site filter and index. */
  site: z.string(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export type Note = z.infer<typeof noteSchema>;

/** What a reader types: everything else is filled in by the service. */
export interface NoteDraft {
  claimId: string;
  text: string;
  pageUrl: string;
}

/** The host of a page address, or "" for addresses that have none (file:, about:, garbage). */
export function siteOf(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname;
  } catch {
    return '';
  }
}

/** Newest edit first; ties broken by id so the order is stable. */
export function compareNewestFirst(a: Note, b: Note): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
