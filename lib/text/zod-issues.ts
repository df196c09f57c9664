import type { z } from 'zod';

// One wording for problems in checked data, the schema's own (zod issues) and those found after it
// (references between records): the record, then the field, then what is wrong with it.

/** "field “text”" or "field “body.0.value”"; the whole record when the path is empty. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the record itself' : `field “${path.map(String).join('.')}”`;
}

/** `claim "aa-claim", field “responses.0.source”: unknown source "bb".` */
export function describeProblem(record: string, path: readonly PropertyKey[], problem: string): string {
  return `${record}, ${fieldOf(path)}: ${problem}.`;
}

/** `Note 3 (id "n-1"), field “text”: must not be empty.` */
export function describeIssue(record: string, issue: z.core.$ZodIssue): string {
  return describeProblem(record, issue.path, issue.message);
}
