import type { z } from 'zod';
import type { Note } from './note-schema.ts';
import { NOTES_FILE_FORMAT, NOTES_FILE_VERSION, notesFileSchema } from './notes-file.ts';

// Reading an export file back: first decide, in words a reader can act on, whether the file is
// ours and whole; then plan the merge by note id (the newer edit wins). Nothing is written here.

export type ParsedNotesFile = { ok: true; notes: Note[] } | { ok: false; problem: string };

const MAX_LISTED_ISSUES = 5;

export function parseNotesFile(text: string): ParsedNotesFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return {
      ok: false,
      problem: `This file is not valid JSON${detail}. Choose a file made by “Export JSON”.`,
    };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    !('format' in data) ||
    data.format !== NOTES_FILE_FORMAT
  ) {
    return {
      ok: false,
      problem: `This is not a Right of Reply notes export: it has no "format": "${NOTES_FILE_FORMAT}" field. Choose a file made by “Export JSON”.`,
    };
  }
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
  const result = notesFileSchema.safeParse(data);
  if (!result.success) return { ok: false, problem: describeIssues(result.error.issues, data) };

  const firstIndexById = new Map<string, number>();
  for (const [index, note] of result.data.notes.entries()) {
    const earlier = firstIndexById.get(note.id);
    if (earlier !== undefined) {
      return {
        ok: false,
        problem: `Notes ${earlier + 1} and ${index + 1} both have the id "${note.id}". An export never repeats an id, so the file has been edited; remove one of them and import again.`,
      };
    }
    firstIndexById.set(note.id, index);
  }
  return { ok: true, notes: result.data.notes };
}

/** "Note 3 (id "n-1"), field text: must not be empty." — at most a few, then a count of the rest. */
function describeIssues(issues: readonly z.core.$ZodIssue[], data: object): string {
  const notes = 'notes' in data && Array.isArray(data.notes) ? (data.notes as unknown[]) : [];
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const [top, index, field] = issue.path;
    if (top === 'notes' && typeof index === 'number') {
      const note = notes[index];
      const id =
        typeof note === 'object' && note !== null && 'id' in note && typeof note.id === 'string'
          ? ` (id "${note.id}")`
          : '';
      const where = field === undefined ? '' : `, field “${String(field)}”`;
      return `Note ${index + 1}${id}${where}: ${issue.message}.`;
    }
    return `${issue.path.length === 0 ? 'The file' : `Field “${issue.path.join('.')}”`}: ${issue.message}.`;
  });
  const more =
    issues.length > MAX_LISTED_ISSUES ? ` …and ${issues.length - MAX_LISTED_ISSUES} more problems.` : '';
  return `Nothing was imported: the file is damaged. ${lines.join(' ')}${more}`;
}

export interface MergePlan {
  /** Notes to write: new ones and newer edits of existing ones. */
  toWrite: Note[];
  added: number;
  updated: number;
  /** Already here, the same or newer. */
  unchanged: number;
}

export function planMerge(incoming: readonly Note[], existingById: ReadonlyMap<string, Note>): MergePlan {
  const plan: MergePlan = { toWrite: [], added: 0, updated: 0, unchanged: 0 };
  for (const note of incoming) {
    const existing = existingById.get(note.id);
    if (existing === undefined) {
      plan.toWrite.push(note);
      plan.added++;
    } else if (note.updatedAt > existing.updatedAt) {
      plan.toWrite.push(note);
      plan.updated++;
    } else {
      plan.unchanged++;
    }
  }
  return plan;
}

export function describeMerge(plan: Pick<MergePlan, 'added' | 'updated' | 'unchanged'>): string {
  const count = (n: number, what: string) => `${n} ${n === 1 ? 'note' : 'notes'} ${what}`;
  return `Imported: ${count(plan.added, 'added')}, ${count(plan.updated, 'updated')}, ${count(plan.unchanged, 'left alone')}.`;
}
