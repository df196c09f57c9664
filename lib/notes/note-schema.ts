import { z } from 'zod';

// A reader's note on one claim, declared once: the database, the messages, the export files and
// the import check all take their types from here.

/** Hard limit on one note's text, so a pasted book cannot stall a page or the export. */
const NOTE_TEXT_MAX = 20_000;

/** The earliest time a note can carry: nothing was written with this extension before then. */
const EARLIEST_NOTE_TIME = Date.UTC(2000, 0, 1);
/** How far ahead of now a time may lie (a clock set wrong), and no further. */
const YEARS_AHEAD = 100;

function latestNoteTime(): number {
  const limit = new Date();
  limit.setUTCFullYear(limit.getUTCFullYear() + YEARS_AHEAD);
  return limit.getTime();
}

/**
 * A real instant (the calendar is checked: no 30 February), between 2000 and a century ahead,
 * stored in UTC ("…Z") whatever offset a file used, so times compare as plain strings and every
 * stored time exports in a form this check accepts again.
 */
const noteTimeSchema = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date and time, e.g. 2024-03-05T14:07:00Z' })
  .transform((value) => Date.parse(value))
  .refine((time) => time >= EARLIEST_NOTE_TIME && time <= latestNoteTime(), {
    message: `must lie between 2000-01-01 and ${YEARS_AHEAD} years from now`,
  })
  .transform((time) => new Date(time).toISOString());

/** A lone surrogate: text no IRI or address can carry, only a hand-edited file. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Ids become IRIs in the Web Annotation export, so they must be well-formed Unicode. */
const identifier = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !LONE_SURROGATE.test(value), 'must be well-formed Unicode text');

export const noteSchema = z.strictObject({
  id: identifier(100),
  claimId: identifier(200),
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(NOTE_TEXT_MAX, `must be at most ${NOTE_TEXT_MAX} characters`),
  /** The page the note was written on, as the browser reported it. */
  pageUrl: z.string(),
  /** The host of pageUrl (`hostOf`), or "" when it is not a web page; for the site filter. */
  site: z.string(),
  createdAt: noteTimeSchema,
  updatedAt: noteTimeSchema,
});

export type Note = z.infer<typeof noteSchema>;

/** What a reader types: everything else is filled in by the service. */
export interface NoteDraft {
  claimId: string;
  text: string;
  pageUrl: string;
}

/** Newest edit first; ties broken by id so the order is stable. */
export function compareNewestFirst(a: Note, b: Note): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Same id, same content: importing it again changes nothing. */
export function sameNote(a: Note, b: Note): boolean {
  return (
    a.id === b.id &&
    a.claimId === b.claimId &&
    a.text === b.text &&
    a.pageUrl === b.pageUrl &&
    a.site === b.site &&
    a.createdAt === b.createdAt &&
    a.updatedAt === b.updatedAt
  );
}
