import type { Table } from 'dexie';
import type { Note } from '../../lib/notes/note-schema.ts';
import type { NoteBlock, NoteBlockIds } from './notes-database.ts';

// The notes as the database holds them: blocks of up to NOTES_PER_BLOCK notes of one claim, each
// block's ids beside it (notes-database.ts, version 4, says why). Every write goes through here,
// so a block and its list of ids never disagree and no id is stored twice.

/** Few enough records that 100,000 notes are 200 writes; few enough notes that an edit is cheap. */
export const NOTES_PER_BLOCK = 500;
/** Blocks per write, so that saving reports progress every few thousand notes. */
const BLOCKS_PER_WRITE = 10;

export interface BlockTables {
  blocks: Table<NoteBlock, number, Omit<NoteBlock, 'key'>>;
  ids: Table<NoteBlockIds, number>;
}

/** The two tables, from the database or from an upgrade's transaction. */
export function blockTables(source: {
  table<T, TKey, TInsertType>(name: string): Table<T, TKey, TInsertType>;
}): BlockTables {
  return { blocks: source.table('noteBlocks'), ids: source.table('noteBlockIds') };
}

/** Where every stored note is: its block's key by note id. Reads ids only, never note text. */
export async function noteLocations(tables: BlockTables): Promise<Map<string, number>> {
  const locations = new Map<string, number>();
  for (const { key, ids } of await tables.ids.toArray()) for (const id of ids) locations.set(id, key);
  return locations;
}

/** The stored notes among these ids, read from the blocks that hold them. */
export async function storedNotes(
  tables: BlockTables,
  ids: Iterable<string>,
  locations: ReadonlyMap<string, number>,
): Promise<Map<string, Note>> {
  const wanted = new Set<string>();
  const keys = new Set<number>();
  for (const id of ids) {
    const key = locations.get(id);
    if (key === undefined) continue;
    wanted.add(id);
    keys.add(key);
  }
  const found = new Map<string, Note>();
  for (const block of await tables.blocks.bulkGet([...keys]))
    for (const note of block?.notes ?? []) if (wanted.has(note.id)) found.set(note.id, note);
  return found;
}

/** One claim's notes, in no particular order. */
export async function claimNotes(tables: BlockTables, claimId: string): Promise<Note[]> {
  const blocks = await tables.blocks.where('claimId').equals(claimId).toArray();
  return blocks.flatMap((block) => block.notes);
}

/** How many notes a claim has, counted from the ids alone. */
export async function claimNoteCount(tables: BlockTables, claimId: string): Promise<number> {
  let count = 0;
  for (const { ids } of await tables.ids.where('claimId').equals(claimId).toArray()) count += ids.length;
  return count;
}

/** Rewrites a stored block, and its ids with it; a block left with no notes is removed. */
async function rewriteBlock(tables: BlockTables, block: NoteBlock): Promise<void> {
  if (block.notes.length === 0) {
    await tables.blocks.delete(block.key);
    await tables.ids.delete(block.key);
    return;
  }
  await tables.blocks.put(block);
  await tables.ids.put({ key: block.key, claimId: block.claimId, ids: block.notes.map((note) => note.id) });
}

/** Takes the notes with these ids out of their blocks; returns the notes taken. */
export async function removeNotes(
  tables: BlockTables,
  ids: ReadonlySet<string>,
  locations: ReadonlyMap<string, number>,
): Promise<Note[]> {
  const keys = new Set<number>();
  for (const id of ids) {
    const key = locations.get(id);
    if (key !== undefined) keys.add(key);
  }
  const removed: Note[] = [];
  for (const block of await tables.blocks.bulkGet([...keys])) {
    if (block === undefined) continue;
    removed.push(...block.notes.filter((note) => ids.has(note.id)));
    await rewriteBlock(tables, { ...block, notes: block.notes.filter((note) => !ids.has(note.id)) });
  }
  return removed;
}

/**
 * Changes one stored note in place (an edit keeps its id and claim); null when no note has the
 * id. The change may throw, and then nothing is written.
 */
export async function changeNote(
  tables: BlockTables,
  id: string,
  change: (note: Note) => Note,
): Promise<Note | null> {
  const key = (await noteLocations(tables)).get(id);
  const block = key === undefined ? undefined : await tables.blocks.get(key);
  const position = block?.notes.findIndex((note) => note.id === id) ?? -1;
  const existing = block?.notes[position];
  if (block === undefined || existing === undefined) return null;
  const changed = change(existing);
  if (changed.id !== existing.id || changed.claimId !== existing.claimId)
    throw new Error('an edit keeps the note’s id and claim');
  await tables.blocks.put({ ...block, notes: block.notes.with(position, changed) });
  return changed;
}

/** Notes of one claim, at most NOTES_PER_BLOCK together, in the order given. */
function packIntoBlocks(notes: readonly Note[]): Omit<NoteBlock, 'key'>[] {
  const byClaim = new Map<string, Note[]>();
  for (const note of notes) {
    const ofClaim = byClaim.get(note.claimId);
    if (ofClaim === undefined) byClaim.set(note.claimId, [note]);
    else ofClaim.push(note);
  }
  const blocks: Omit<NoteBlock, 'key'>[] = [];
  for (const [claimId, ofClaim] of byClaim)
    for (let start = 0; start < ofClaim.length; start += NOTES_PER_BLOCK)
      blocks.push({ claimId, notes: ofClaim.slice(start, start + NOTES_PER_BLOCK) });
  return blocks;
}

/**
 * Stores notes in new blocks, each replacing any stored note with its id; `onSaved` hears how
 * many are written so far. Run it in a transaction over both tables, so that a failure keeps
 * nothing.
 */
export async function putNotes(
  tables: BlockTables,
  notes: readonly Note[],
  onSaved: (saved: number) => void = () => undefined,
): Promise<void> {
  const locations = await noteLocations(tables);
  const stored = new Set(notes.filter((note) => locations.has(note.id)).map((note) => note.id));
  if (stored.size > 0) await removeNotes(tables, stored, locations);
  const blocks = packIntoBlocks(notes);
  let saved = 0;
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_WRITE) {
    const batch = blocks.slice(start, start + BLOCKS_PER_WRITE);
    const keys = await tables.blocks.bulkAdd(batch, { allKeys: true });
    await tables.ids.bulkAdd(
      batch.map((block, index) => {
        const key = keys[index];
        if (key === undefined) throw new Error('the database gave a new block no key');
        return { key, claimId: block.claimId, ids: block.notes.map((note) => note.id) };
      }),
    );
    for (const block of batch) saved += block.notes.length;
    onSaved(saved);
  }
}
