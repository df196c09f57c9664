import type { Note } from './note-schema.ts';

// Full-text search and filters for the Notes page. Plain functions over plain notes, so the page
// filters its in-memory list on every keystroke and tests run without a browser.

export interface NoteFilter {
  /** Words that must all appear, in any order, in the note, its claim summary or its page. */
  query?: string;
  slate?: string;
  claimId?: string;
  site?: string;
}

/** What search knows of a claim beyond its id. */
export interface ClaimFacts {
  slate: string;
  summary: string;
}

export type ClaimLookup = (claimId: string) => ClaimFacts | undefined;

/** Lower case, accents and curly quotes folded, so "Momentum’s" finds "momentum's". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

export function searchNotes(notes: readonly Note[], filter: NoteFilter, claims: ClaimLookup): Note[] {
  const terms = foldForSearch(filter.query ?? '')
    .split(/\s+/)
    .filter((term) => term.length > 0);
  return notes.filter((note) => {
    if (filter.claimId !== undefined && note.claimId !== filter.claimId) return false;
    if (filter.site !== undefined && note.site !== filter.site) return false;
    const facts = claims(note.claimId);
    if (filter.slate !== undefined && facts?.slate !== filter.slate) return false;
    if (terms.length === 0) return true;
    const haystack = foldForSearch(`${note.text}\n${facts?.summary ?? ''}\n${note.pageUrl}`);
    return terms.every((term) => haystack.includes(term));
  });
}

/** Distinct non-empty values, sorted, for the filter menus. */
export function distinctSites(notes: readonly Note[]): string[] {
  return [...new Set(notes.map((note) => note.site).filter((site) => site !== ''))].sort();
}
