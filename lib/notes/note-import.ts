import { hostOf } from '../web/page-host.ts';
import type { z } from 'zod';
import { plural } from '../text/plural.ts';
import { describeIssue } from '../text/zod-issues.ts';
import { noteInStoredForm, noteSchema, sameNote, type Note } from './note-schema.ts';
import { NOTES_FILE_FORMAT, NOTES_FILE_VERSION, notesFileEnvelopeSchema } from './notes-file.ts';
import { annotationItems, isWebAnnotationDocument, readAnnotation } from './web-annotation.ts';

// Reading an export file back: first decide, in words a reader can act on, whether the file is
// ours (or Web Annotation) and whole; then plan the merge by note id. Nothing is written here.
// Notes are checked one at a time in a plain loop, so a file of any size is described in the
// same few lines and nothing recurses.

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_LABEL = '64 MiB';

export function importTooLarge(fileName: string, bytes: number): string {
  const size = `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  return `“${fileName}” is ${size}; Right of Reply imports files of up to ${MAX_IMPORT_LABEL}. Nothing was imported.`;
}

type ParsedNotesFile = { ok: true; notes: Note[] } | { ok: false; problem: string };

type CheckProgress = (checked: number, total: number) => void;

/** Where a running import is: sending the file, checking its notes, or saving them. */
export interface ImportProgress {
  phase: 'reading' | 'checking' | 'saving';
  done: number;
  total: number;
}

const MAX_LISTED_ISSUES = 5;
/** A file this broken is not worth checking to the end: the reader needs the first few problems. */
const MAX_BAD_NOTES = 1_000;
const PROGRESS_STEP = 5_000;

const NOT_OURS = `This is neither a Right of Reply notes export (it has no "format": "${NOTES_FILE_FORMAT}") nor a Web Annotation collection. Choose a file made by “Export JSON” or “Export Web Annotation”.`;

export function parseNotesFile(text: string, onProgress: CheckProgress = () => undefined): ParsedNotesFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return {
      ok: false,
      problem: `This file is not valid JSON${detail}. Choose a file made by “Export JSON” or “Export Web Annotation”.`,
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problem: NOT_OURS };
  if (isWebAnnotationDocument(data)) {
    const items = annotationItems(data);
    if (items === undefined) {
      return {
        ok: false,
        problem:
          'This Web Annotation file holds no list of annotations (an AnnotationCollection’s "first" page, or an AnnotationPage, with "items"). Nothing was imported.',
      };
    }
    return checkNotes(items, 'Annotation', readAnnotation, onProgress);
  }
  if (!('format' in data) || data.format !== NOTES_FILE_FORMAT) return { ok: false, problem: NOT_OURS };
  const version = 'version' in data ? data.version : undefined;
  if (version !== NOTES_FILE_VERSION) {
    const newer = typeof version === 'number' && version > NOTES_FILE_VERSION;
    return {
      ok: false,
      problem: newer
        ? `This file was exported by a newer Right of Reply (file version ${version}); this one reads version ${NOTES_FILE_VERSION}. Update the extension, then import again.`
        : `This file's version (${JSON.stringify(version ?? null)}) is not one Right of Reply can read; it reads version ${NOTES_FILE_VERSION}.`,
    };
  }
  const envelope = notesFileEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const lines = envelope.error.issues
      .slice(0, MAX_LISTED_ISSUES)
      .map((issue) => describeIssue('The file', issue));
    return { ok: false, problem: `Nothing was imported: the file is damaged. ${lines.join(' ')}` };
  }
  return checkNotes(envelope.data.notes, 'Note', (item) => ({ ok: true, note: item }), onProgress);
}

type ItemReading = { ok: true; note: unknown } | { ok: false; issues: z.core.$ZodIssue[] };

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('id' in item)) return undefined;
  return typeof item.id === 'string' ? item.id : undefined;
}

/** The site is always the page's host, whatever a file says, so the site filter can be trusted. */
function checkItem(
  item: unknown,
  read: (item: unknown) => ItemReading,
): { ok: true; note: Note } | { ok: false; issues: readonly z.core.$ZodIssue[] } {
  const reading = read(item);
  if (!reading.ok) return reading;
  let note = noteInStoredForm(reading.note);
  if (note === undefined) {
    const result = noteSchema.safeParse(reading.note);
    if (!result.success) return { ok: false, issues: result.error.issues };
    note = result.data;
  }
  return { ok: true, note: { ...note, site: hostOf(note.pageUrl) ?? '' } };
}

/** Each item checked on its own; the first few problems named, the rest counted. */
function checkNotes(
  items: readonly unknown[],
  kind: 'Note' | 'Annotation',
  read: (item: unknown) => ItemReading,
  onProgress: CheckProgress,
): ParsedNotesFile {
  const notes: Note[] = [];
  const listed: string[] = [];
  let badNotes = 0;
  const firstIndexById = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const label = () => {
      const id = idOf(item);
      return `${kind} ${index + 1}${id === undefined ? '' : ` (id ${JSON.stringify(id)})`}`;
    };
    const checked = checkItem(item, read);
    if (!checked.ok) {
      if (++badNotes === MAX_BAD_NOTES) {
        const stopped = `At least ${plural(badNotes, `${kind.toLowerCase()} has`, `${kind.toLowerCase()}s have`)} problems; the check stopped there.`;
        return {
          ok: false,
          problem: `Nothing was imported: the file is damaged. ${listed.join(' ')} ${stopped}`,
        };
      }
      for (const issue of checked.issues) {
        if (listed.length < MAX_LISTED_ISSUES) listed.push(describeIssue(label(), issue));
      }
    } else {
      const note = checked.note;
      const earlier = firstIndexById.get(note.id);
      if (earlier !== undefined) {
        return {
          ok: false,
          problem: `Nothing was imported: ${kind.toLowerCase()}s ${earlier + 1} and ${index + 1} both have the id ${JSON.stringify(note.id)}. An export never repeats an id, so the file has been edited; remove one of them and import again.`,
        };
      }
      firstIndexById.set(note.id, index);
      notes.push(note);
    }
    if ((index + 1) % PROGRESS_STEP === 0) onProgress(index + 1, items.length);
  }
  onProgress(items.length, items.length);
  if (badNotes > 0) {
    const rest =
      badNotes > 1
        ? ` ${plural(badNotes, `${kind.toLowerCase()} has`, `${kind.toLowerCase()}s have`)} problems in all.`
        : '';
    return { ok: false, problem: `Nothing was imported: the file is damaged. ${listed.join(' ')}${rest}` };
  }
  return { ok: true, notes };
}

/** An incoming note whose id is already here with different content. */
export interface NoteConflict {
  mine: Note;
  theirs: Note;
}

/** What the reader chose for every conflict of one import. */
export type ConflictChoice = 'keep-mine' | 'take-theirs' | 'keep-both';

interface MergePlan {
  /** Notes whose id is new here. */
  added: Note[];
  /** Already here exactly as in the file. */
  unchanged: number;
  conflicts: NoteConflict[];
}

export function planMerge(incoming: readonly Note[], existingById: ReadonlyMap<string, Note>): MergePlan {
  const plan: MergePlan = { added: [], unchanged: 0, conflicts: [] };
  for (const note of incoming) {
    const existing = existingById.get(note.id);
    if (existing === undefined) plan.added.push(note);
    else if (sameNote(existing, note)) plan.unchanged++;
    else plan.conflicts.push({ mine: existing, theirs: note });
  }
  return plan;
}

export interface MergeCounts {
  added: number;
  /** Conflicts resolved by taking the file's version. */
  replaced: number;
  /** Conflicts resolved by keeping both: the file's version saved under a new id. */
  keptBoth: number;
  /** Identical, or conflicts where the reader kept their own. */
  unchanged: number;
}

/** The notes to write once the reader has chosen; `newId` names the copies "keep both" makes. */
export function resolveMerge(
  plan: MergePlan,
  choice: ConflictChoice,
  newId: () => string,
): { toWrite: Note[]; counts: MergeCounts } {
  const toWrite = [...plan.added];
  const counts: MergeCounts = {
    added: plan.added.length,
    replaced: 0,
    keptBoth: 0,
    unchanged: plan.unchanged,
  };
  for (const { theirs } of plan.conflicts) {
    if (choice === 'keep-mine') counts.unchanged++;
    else if (choice === 'take-theirs') {
      toWrite.push(theirs);
      counts.replaced++;
    } else {
      toWrite.push({ ...theirs, id: newId() });
      counts.keptBoth++;
    }
  }
  return { toWrite, counts };
}

export function describeMerge(counts: MergeCounts): string {
  const parts = [`${plural(counts.added, 'note')} added`];
  if (counts.replaced > 0) parts.push(`${plural(counts.replaced, 'note')} replaced by the file’s version`);
  if (counts.keptBoth > 0) parts.push(`${plural(counts.keptBoth, 'note')} from the file kept beside yours`);
  parts.push(`${plural(counts.unchanged, 'note')} left alone`);
  return `Imported: ${parts.join(', ')}.`;
}
