import type { z } from 'zod';

// One wording for schema problems wherever data is checked: the record, then the field, then
// what is wrong with it.

/** "field “text”" or "field “body.0.value”"; the whole record when the path is empty. */
export function fieldOf(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? 'the record itself' : `field “${issue.path.map(String).join('.')}”`;
}

/** `Note 3 (id "n-1"), field “text”: must not be empty.` */
export function describeIssue(record: string, issue: z.core.$ZodIssue): string {
  return `${record}, ${fieldOf(issue)}: ${issue.message}.`;
}
