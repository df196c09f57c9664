import type { Note } from './note-schema.ts';

// Full-text search and filters for the Notes page. Plain functions over plain notes, so the page
// filters its in-memory list on every keystroke and tests run without a browser. Each note's
// searchable text is folded once and kept beside the note (notes are never changed in place: an
// edit is a new object), so a keystroke at 100,000 notes is one substring test per note.

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
  /** The claim's verbatim quote, which a Web Annotation export selects. */
  quote: string;
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

const foldedText = new WeakMap<Note, string>();

function searchableText(note: Note, claims: ClaimLookup): string {
  let text = foldedText.get(note);
  if (text === undefined) {
    text = foldForSearch(`${note.text}\n${claims(note.claimId)?.summary ?? ''}\n${note.pageUrl}`);
    foldedText.set(note, text);
  }
  return text;
}

export function searchNotes(notes: readonly Note[], filter: NoteFilter, claims: ClaimLookup): Note[] {
  const terms = foldForSearch(filter.query ?? '')
    .split(/\s+/)
    .filter((term) => term.length > 0);
  return notes.filter((note) => {
    if (filter.claimId !== undefined && note.claimId !== filter.claimId) return false;
    if (filter.site !== undefined && note.site !== filter.site) return false;
    if (filter.slate !== undefined && claims(note.claimId)?.slate !== filter.slate) return false;
    if (terms.length === 0) return true;
    const haystack = searchableText(note, claims);
    return terms.every((term) => haystack.includes(term));
  });
}

/** Distinct non-empty values, sorted, for the filter menus. */
export function distinctSites(notes: readonly Note[]): string[] {
  return [...new Set(notes.map((note) => note.site).filter((site) => site !== ''))].sort();
}
