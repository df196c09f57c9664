import type { Note } from './note-schema.ts';

// Full-text search and filters for the Notes page. Plain functions over plain notes, so the page
// filters its in-memory list on every keystroke and tests run without a browser.
//
// At 100,000 notes a keystroke must not test every note: each list of notes gets, on its first
// search, one string of all their folded texts with the offset where each note starts. A query
// word is then found by the engine's own substring search over that one string, jumping to the
// next note after each hit, and the notes it falls in are read off the offsets. Each note is
// folded once for its life (notes are never changed in place: an edit is a new object), so a new
// list after an edit costs one join, not 100,000 folds.

export interface NoteFilter {
  /** Words that must all appear, in any order, in the note, its claim summary or its page. */
  query?: string;
  slate?: string;
  claimId?: string;
  site?: string;
}

/** What search knows of a claim beyond its id. */
interface ClaimFacts {
  slate: string;
  summary: string;
  /** The claim's verbatim quote, which a Web Annotation export selects. */
  quote: string;
}

export type ClaimLookup = (claimId: string) => ClaimFacts | undefined;

/** Lower case, accents and curly quotes folded, so "Momentum’s" finds "momentum's". */
function foldForSearch(text: string): string {
  // Plain ASCII needs no Unicode folding, and most notes are plain ASCII.
  if (!/[^\p{ASCII}]/u.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

/** Between two notes' texts: no query word can hold it, so no hit spans two notes. */
const SEPARATOR = '\u0000';

const foldedText = new WeakMap<Note, string>();

/** The claims lookup is the corpus's: the same for the life of a page. */
function searchableText(note: Note, claims: ClaimLookup): string {
  let text = foldedText.get(note);
  if (text === undefined) {
    text = foldForSearch(`${note.text}\n${claims(note.claimId)?.summary ?? ''}\n${note.pageUrl}`).replaceAll(
      SEPARATOR,
      ' ',
    );
    foldedText.set(note, text);
  }
  return text;
}

interface TextIndex {
  text: string;
  /** starts[i] is where note i's text begins; starts[notes.length] is the end. */
  starts: Uint32Array;
}

const indexes = new WeakMap<readonly Note[], TextIndex>();

function textIndex(notes: readonly Note[], claims: ClaimLookup): TextIndex {
  let index = indexes.get(notes);
  if (index === undefined) {
    const starts = new Uint32Array(notes.length + 1);
    const parts: string[] = [];
    let length = 0;
    notes.forEach((note, position) => {
      const text = searchableText(note, claims);
      starts[position] = length;
      parts.push(text);
      length += text.length + SEPARATOR.length;
    });
    starts[notes.length] = length;
    index = { text: parts.join(SEPARATOR) + SEPARATOR, starts };
    indexes.set(notes, index);
  }
  return index;
}

/** Builds a list's search index ahead of the first keystroke (the Notes page does, once idle). */
export function prepareSearch(notes: readonly Note[], claims: ClaimLookup): void {
  textIndex(notes, claims);
}

/** Marks, for each note, whether its text holds `term`. */
function notesHolding(term: string, index: TextIndex, count: number): Uint8Array {
  const holding = new Uint8Array(count);
  const { text, starts } = index;
  let note = 0;
  let hit = text.indexOf(term);
  while (hit !== -1) {
    while ((starts[note + 1] ?? Infinity) <= hit) note++;
    holding[note] = 1;
    note++;
    if (note >= count) break;
    hit = text.indexOf(term, starts[note]);
  }
  return holding;
}

/** The notes that pass the filter, in their order; the same list when every note does. */
export function searchNotes(
  notes: readonly Note[],
  filter: NoteFilter,
  claims: ClaimLookup,
): readonly Note[] {
  const terms = foldForSearch(filter.query ?? '')
    .replaceAll(SEPARATOR, ' ')
    .split(/\s+/)
    .filter((term) => term.length > 0);
  const matching = terms.length === 0 ? null : textIndex(notes, claims);
  const holding = matching && terms.map((term) => notesHolding(term, matching, notes.length));
  const found = notes.filter((note, position) => {
    if (filter.claimId !== undefined && note.claimId !== filter.claimId) return false;
    if (filter.site !== undefined && note.site !== filter.site) return false;
    if (filter.slate !== undefined && claims(note.claimId)?.slate !== filter.slate) return false;
    return holding === null || holding.every((marks) => marks[position] === 1);
  });
  // Unchanged, the list keeps its identity: the virtual list then keeps its layout of every row.
  return found.length === notes.length ? notes : found;
}

/** Distinct non-empty values, sorted, for the filter menus. */
export function distinctSites(notes: readonly Note[]): string[] {
  return [...new Set(notes.map((note) => note.site).filter((site) => site !== ''))].sort();
}
