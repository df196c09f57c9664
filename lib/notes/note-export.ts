import type { ClaimLookup } from './note-search.ts';
import { compareNewestFirst, type Note } from './note-schema.ts';
import { NOTES_FILE_FORMAT, NOTES_FILE_VERSION, type NotesFile } from './notes-file.ts';

// The two exports: JSON that import reads back exactly, and Markdown for people.

export function exportNotesJson(notes: readonly Note[], exportedAt: Date): string {
  const file: NotesFile = {
    format: NOTES_FILE_FORMAT,
    version: NOTES_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    notes: [...notes].sort(compareNewestFirst),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "2024-03-05T14:07:00.000Z" → "2024-03-05 14:07 UTC": unambiguous in any locale. */
function formatTimestamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Markdown would read `*`, `_`, `[`, a leading `#` or `-` … in a note as markup; a backslash keeps
 * them literal. Only those are escaped, so the file stays pleasant to read as plain text.
 */
function escapeMarkdown(line: string): string {
  return line.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/^(\s*)([#>+-]|\d+\.)/, '$1\\$2');
}

/** Notes grouped by claim (claims in order of their newest note), each note newest first. */
export function exportNotesMarkdown(notes: readonly Note[], claims: ClaimLookup, exportedAt: Date): string {
  const byClaim = new Map<string, Note[]>();
  for (const note of [...notes].sort(compareNewestFirst)) {
    const group = byClaim.get(note.claimId) ?? [];
    group.push(note);
    byClaim.set(note.claimId, group);
  }
  const lines = [
    '# Right of Reply: my notes',
    '',
    `Exported ${formatTimestamp(exportedAt.toISOString())}. ${notes.length} ${notes.length === 1 ? 'note' : 'notes'} on ${byClaim.size} ${byClaim.size === 1 ? 'claim' : 'claims'}.`,
  ];
  for (const [claimId, group] of byClaim) {
    const facts = claims(claimId);
    lines.push('', `## ${escapeMarkdown(facts?.summary ?? claimId)}`, '');
    lines.push(
      facts === undefined
        ? `Claim \`${claimId}\` (no longer in the corpus)`
        : `Claim \`${claimId}\`, slate ${facts.slate.toUpperCase()}`,
    );
    for (const note of group) {
      lines.push('');
      const edited = note.updatedAt !== note.createdAt ? `, edited ${formatTimestamp(note.updatedAt)}` : '';
      const where = note.pageUrl === '' ? '' : ` on <${note.pageUrl.replace(/[<>\s]/g, encodeURIComponent)}>`;
      lines.push(`### ${formatTimestamp(note.createdAt)}${edited}${where}`, '');
      for (const line of note.text.split(/\r?\n/))
        lines.push(line === '' ? '>' : `> ${escapeMarkdown(line)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
