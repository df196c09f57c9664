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

function inNoteTimeRange(time: number): boolean {
  return time >= EARLIEST_NOTE_TIME && time <= latestNoteTime();
}

/**
 * A real instant (the calendar is checked: no 30 February), between 2000 and a century ahead,
 * stored in UTC ("…Z") whatever offset a file used, so times compare as plain strings and every
 * stored time exports in a form this check accepts again.
 */
const noteTimeSchema = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date and time, e.g. 2024-03-05T14:07:00Z' })
  .transform((value) => Date.parse(value))
  .refine(inNoteTimeRange, {
    message: `must lie between 2000-01-01 and ${YEARS_AHEAD} years from now`,
  })
  .transform((time) => new Date(time).toISOString());

/**
 * Ids become IRIs in the Web Annotation export, so they must be well-formed Unicode: a lone
 * surrogate is text no IRI or address can carry, only a hand-edited file.
 */
const identifier = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => value.isWellFormed(), 'must be well-formed Unicode text');

const NOTE_ID_MAX = 100;
const CLAIM_ID_MAX = 200;

export const noteSchema = z.strictObject({
  id: identifier(NOTE_ID_MAX),
  claimId: identifier(CLAIM_ID_MAX),
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

const NOTE_FIELD_COUNT = Object.keys(noteSchema.shape).length;

/** "2024-03-05T14:07:00.000Z", exactly as toISOString writes a real instant in range. */
function isStoredTime(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 24) return false;
  const time = Date.parse(value);
  return inNoteTimeRange(time) && new Date(time).toISOString() === value;
}

function isIdentifier(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max && value.isWellFormed();
}

/**
 * What the note schema would make of a value, without running it, when the value is a note in
 * exactly the form this extension stores and exports (text trimmed, times in UTC); undefined for
 * anything else, which the schema then checks and describes. The schema took most of the time of
 * a 100,000-note import; this check takes a fraction of it.
 */
export function noteInStoredForm(value: unknown): Note | undefined {
  // Every field is read below, so no more keys than fields means no key the schema would refuse.
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== NOTE_FIELD_COUNT)
    return undefined;
  const { id, claimId, text, pageUrl, site, createdAt, updatedAt } = value as Record<string, unknown>;
  if (
    isIdentifier(id, NOTE_ID_MAX) &&
    isIdentifier(claimId, CLAIM_ID_MAX) &&
    typeof text === 'string' &&
    text.length > 0 &&
    text.length <= NOTE_TEXT_MAX &&
    text.trim() === text &&
    typeof pageUrl === 'string' &&
    typeof site === 'string' &&
    isStoredTime(createdAt) &&
    isStoredTime(updatedAt)
  )
    return { id, claimId, text, pageUrl, site, createdAt, updatedAt };
  return undefined;
}
