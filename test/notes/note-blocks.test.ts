import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { NOTES_PER_BLOCK } from '../../extension/notes/note-blocks.ts';
import { openNotesDatabase, type NotesDatabase } from '../../extension/notes/notes-database.ts';
import { createNotesService, type NotesService } from '../../extension/notes/notes-service.ts';
import { exportNotesJson } from '../../lib/notes/note-export.ts';
import type { ConflictChoice } from '../../lib/notes/note-import.ts';
import { compareNewestFirst, type Note } from '../../lib/notes/note-schema.ts';
import { answering, listAll, makeNote, steppingClock } from './notes-fixtures.ts';

// Notes are stored in blocks of one claim's notes, with each block's ids in a second table. Any
// sequence of writes must leave the store holding exactly the notes a plain map by id would, and
// the two tables agreeing.

const CLAIMS = ['claim-a', 'claim-b', 'claim-c'];

let db: NotesDatabase;
let service: NotesService;
let databaseCount = 0;

beforeEach(() => {
  db = openNotesDatabase({ name: `note-blocks-${++databaseCount}` });
  service = createNotesService(db, steppingClock());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Every block holds up to NOTES_PER_BLOCK notes of its claim, listed under its key; no id twice. */
async function expectConsistentBlocks(database: NotesDatabase): Promise<void> {
  const blocks = await database.noteBlocks.toArray();
  const ids = await database.noteBlockIds.toArray();
  expect(ids).toEqual(
    blocks.map((block) => ({
      key: block.key,
      claimId: block.claimId,
      ids: block.notes.map((note) => note.id),
    })),
  );
  for (const block of blocks) {
    expect(block.notes.length).toBeGreaterThan(0);
    expect(block.notes.length).toBeLessThanOrEqual(NOTES_PER_BLOCK);
    expect(block.notes.every((note) => note.claimId === block.claimId)).toBe(true);
  }
  const allIds = blocks.flatMap((block) => block.notes.map((note) => note.id));
  expect(new Set(allIds).size).toBe(allIds.length);
}

const importFile = (notes: Note[]) => exportNotesJson(notes, new Date('2024-04-01T00:00:00Z'));

/** Notes `bulk-<from>`… of three claims; `version` changes their text, so a re-import conflicts. */
function bulkNotes(from: number, count: number, version: number): Note[] {
  return Array.from({ length: count }, (_, offset) => {
    const index = from + offset;
    return makeNote({
      id: `bulk-${index}`,
      claimId: CLAIMS[index % CLAIMS.length] ?? '',
      text: `Bulk note ${index}, version ${version}`,
    });
  });
}

type Operation =
  | { kind: 'create'; claim: number }
  | { kind: 'update'; pick: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'restore' }
  | { kind: 'import'; from: number; count: number; version: number; choice: ConflictChoice };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), claim: fc.nat(CLAIMS.length - 1) }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const) }),
  fc.record({
    kind: fc.constant('import' as const),
    from: fc.nat(1_500),
    count: fc.integer({ min: 1, max: 1_600 }),
    version: fc.nat(2),
    choice: fc.constantFrom<ConflictChoice>('keep-mine', 'take-theirs'),
  }),
);

it('holds exactly the notes a map by id would, after any sequence of writes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
      const name = `note-blocks-model-${++databaseCount}`;
      const database = openNotesDatabase({ name });
      const store = createNotesService(database, steppingClock());
      const model = new Map<string, Note>();
      let lastDeleted: Note | null = null;
      const pick = (index: number) => [...model.values()][index % Math.max(model.size, 1)];
      try {
        for (const step of operations) {
          if (step.kind === 'create') {
            const note = await store.create({
              claimId: CLAIMS[step.claim] ?? '',
              text: 'typed',
              pageUrl: '',
            });
            model.set(note.id, note);
          } else if (step.kind === 'update') {
            const target = pick(step.pick);
            if (target === undefined) continue;
            const note = await store.update({ id: target.id, text: `${target.text}, edited` });
            expect(note).toMatchObject({ id: target.id, claimId: target.claimId });
            if (note !== null) model.set(note.id, note);
          } else if (step.kind === 'delete') {
            const target = pick(step.pick);
            if (target === undefined) continue;
            expect(await store.delete(target.id)).toEqual(target);
            model.delete(target.id);
            lastDeleted = target;
          } else if (step.kind === 'restore') {
            if (lastDeleted === null) continue;
            await store.restore(lastDeleted);
            model.set(lastDeleted.id, lastDeleted);
          } else {
            const notes = bulkNotes(step.from, step.count, step.version);
            const outcome = await store.import(importFile(notes), answering(step.choice));
            expect(outcome.ok).toBe(true);
            for (const note of notes) {
              const mine = model.get(note.id);
              if (mine === undefined || step.choice === 'take-theirs') model.set(note.id, note);
            }
          }
        }
        expect(await listAll(store)).toEqual([...model.values()].sort(compareNewestFirst));
        for (const claimId of CLAIMS)
          expect(await store.count(claimId)).toBe(
            [...model.values()].filter((n) => n.claimId === claimId).length,
          );
        await expectConsistentBlocks(database);
      } finally {
        database.close();
        await database.delete();
      }
    }),
    { numRuns: 30 },
  );
}, 60_000);

it('packs an import into full blocks of one claim each', async () => {
  await service.import(importFile(bulkNotes(0, 3_001, 0)), answering());
  const sizes = (await db.noteBlocks.toArray()).map((block) => [block.claimId, block.notes.length]);
  expect(sizes).toEqual([
    ['claim-a', 500],
    ['claim-a', 500],
    ['claim-a', 1],
    ['claim-b', 500],
    ['claim-b', 500],
    ['claim-c', 500],
    ['claim-c', 500],
  ]);
  await expectConsistentBlocks(db);
});

it('edits one note of a full block without touching the others, and an emptied block goes', async () => {
  await service.import(importFile(bulkNotes(0, 1_500, 0)), answering());
  const before = await listAll(service);
  const edited = await service.update({ id: 'bulk-300', text: 'edited in the middle of a block' });
  expect(await listAll(service)).toEqual([edited, ...before.filter((note) => note.id !== 'bulk-300')]);
  const single = await service.create({ claimId: 'claim-d', text: 'alone', pageUrl: '' });
  expect(await db.noteBlocks.count()).toBe(4);
  await service.delete(single.id);
  expect(await db.noteBlocks.count()).toBe(3);
  await expectConsistentBlocks(db);
});

it('keeps nothing of an import whose writing fails part way', async () => {
  await service.create({ claimId: 'claim-a', text: 'already here', pageUrl: '' });
  const before = await listAll(service);
  const blocksBefore = await db.noteBlocks.toArray();
  // The 25th of 30 new blocks fails to be listed: the 24 before it, in two earlier writes, must go too.
  let listed = 0;
  db.noteBlockIds.hook('creating', () => {
    if (++listed === 25) throw new Error('disk full');
  });
  await expect(service.import(importFile(bulkNotes(0, 15_000, 0)), answering())).rejects.toThrow();
  expect(listed).toBe(25);
  expect(await listAll(service)).toEqual(before);
  expect(await db.noteBlocks.toArray()).toEqual(blocksBefore);
  await expectConsistentBlocks(db);
});
