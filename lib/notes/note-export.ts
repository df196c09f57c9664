import { plural } from '../text/plural.ts';
import type { ClaimLookup } from './note-search.ts';
import { compareNewestFirst, type Note } from './note-schema.ts';
import { NOTES_FILE_FORMAT, NOTES_FILE_VERSION, type NotesFile } from './notes-file.ts';

// The JSON export that import reads back exactly, and Markdown for people. (The Web Annotation
// export is in web-annotation.ts.)

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

/** Markdown's line endings: a lone carriage return ends a line as surely as a line feed. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Text that is not the reader's own (claim ids and summaries, page addresses) may come from an
 * imported file: every ASCII punctuation mark is escaped, so no character of it can open HTML, a
 * code span, a link or any other construct, and line breaks become spaces.
 */
function escapeForeign(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * The reader's own lines, kept readable as plain text: only what Markdown would read as markup
 * (inline marks, HTML, and what opens a block at a line's start) is escaped.
 */
function escapeReaderLine(line: string): string {
  return line.replace(/[\\`*_[\]<>|~&!]/g, '\\$&').replace(/^(\s*)([#>+=-]|\d+[.)])/, '$1\\$2');
}

/** Only web addresses become links; anything else is shown as escaped text. */
function pageReference(pageUrl: string): string {
  if (pageUrl === '') return '';
  try {
    const url = new URL(pageUrl);
    // URL serialisation percent-encodes spaces, < and >, so the address cannot leave the autolink.
    if (url.protocol === 'http:' || url.protocol === 'https:') return ` on <${url.href}>`;
  } catch {
    // Not an address at all: shown as text below.
  }
  return ` on page ${escapeForeign(pageUrl)}`;
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
    `Exported ${formatTimestamp(exportedAt.toISOString())}. ${plural(notes.length, 'note')} on ${plural(byClaim.size, 'claim')}.`,
  ];
  for (const [claimId, group] of byClaim) {
    const facts = claims(claimId);
    lines.push('', `## ${escapeForeign(facts?.summary ?? claimId)}`, '');
    lines.push(
      facts === undefined
        ? `Claim ${escapeForeign(claimId)} (no longer in the corpus)`
        : `Claim ${escapeForeign(claimId)}, slate ${escapeForeign(facts.slate.toUpperCase())}`,
    );
    for (const note of group) {
      lines.push('');
      const edited = note.updatedAt !== note.createdAt ? `, edited ${formatTimestamp(note.updatedAt)}` : '';
      lines.push(`### ${formatTimestamp(note.createdAt)}${edited}${pageReference(note.pageUrl)}`, '');
      for (const line of note.text.split(LINE_BREAK))
        lines.push(line === '' ? '>' : `> ${escapeReaderLine(line)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
