import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportNotesJson } from '../../lib/notes/note-export.ts';
import type { Note } from '../../lib/notes/note-schema.ts';
import { openNotesDatabase, type NotesDatabase } from '../../extension/notes/notes-database.ts';
import { createNotesService, type NotesService } from '../../extension/notes/notes-service.ts';
import { answering, listAll, makeNote, steppingClock } from './notes-fixtures.ts';

const CLAIM = 'mo-conference-2021-threshold-passed-53-to-47';
const OTHER_CLAIM = 'ym-won-almost-every-internal-election';
const PAGE = 'https://labourlist.org/2022/06/ncg/';

let db: NotesDatabase;
let service: NotesService;
let databaseCount = 0;

beforeEach(() => {
  db = openNotesDatabase({ name: `notes-test-${++databaseCount}` });
  service = createNotesService(db, steppingClock());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('writing notes', () => {
  it('creates a note with its page, site and times, and lists it under its claim', async () => {
    const note = await service.create({ claimId: CLAIM, text: 'Check the CAC report', pageUrl: PAGE });
    expect(note).toMatchObject({
      claimId: CLAIM,
      text: 'Check the CAC report',
      pageUrl: PAGE,
      site: 'labourlist.org',
    });
    expect(note.updatedAt).toBe(note.createdAt);
    expect(await service.listClaim(CLAIM)).toEqual([note]);
    expect(await service.listClaim(OTHER_CLAIM)).toEqual([]);
  });

  it('lists newest edit first', async () => {
    const first = await service.create({ claimId: CLAIM, text: 'first', pageUrl: PAGE });
    await service.create({ claimId: CLAIM, text: 'second', pageUrl: PAGE });
    await service.update({ id: first.id, text: 'first, edited' });
    expect((await service.listClaim(CLAIM)).map((note) => note.text)).toEqual(['first, edited', 'second']);
  });

  it('updates the text and edit time but not the creation time', async () => {
    const note = await service.create({ claimId: CLAIM, text: 'draft', pageUrl: PAGE });
    const updated = await service.update({ id: note.id, text: 'final' });
    expect(updated).toMatchObject({ id: note.id, text: 'final', createdAt: note.createdAt });
    expect(updated!.updatedAt > note.updatedAt).toBe(true);
    expect(await listAll(service)).toEqual([updated]);
    expect(await service.update({ id: 'gone', text: 'x' })).toBeNull();
  });

  it('refuses empty text and keeps nothing', async () => {
    await expect(service.create({ claimId: CLAIM, text: '   ', pageUrl: PAGE })).rejects.toThrow();
    expect(await listAll(service)).toEqual([]);
  });

  it('deletes a note, returns it, and restores it exactly (undo)', async () => {
    const note = await service.create({ claimId: CLAIM, text: 'to delete', pageUrl: PAGE });
    const deleted = await service.delete(note.id);
    expect(deleted).toEqual(note);
    expect(await listAll(service)).toEqual([]);
    expect(await service.delete(note.id)).toBeNull();
    await service.restore(deleted!);
    expect(await listAll(service)).toEqual([note]);
  });
});

describe('importing', () => {
  const file = (notes: Note[]) => exportNotesJson(notes, new Date('2024-04-01T00:00:00Z'));
  const textsById = async () =>
    Object.fromEntries((await listAll(service)).map((note) => [note.id, note.text]));

  it('adds new ids and leaves identical notes alone, asking nothing', async () => {
    await service.restore(makeNote({ id: 'same' }));
    const handlers = answering();
    const outcome = await service.import(
      file([makeNote({ id: 'same' }), makeNote({ id: 'fresh' })]),
      handlers,
    );
    expect(outcome).toEqual({ ok: true, added: 1, replaced: 0, keptBoth: 0, unchanged: 1 });
    expect(handlers.asked).toEqual([]);
    expect(await textsById()).toEqual({ same: 'Note same', fresh: 'Note fresh' });
  });

  describe('a note that differs from the reader’s under the same id', () => {
    const mine = makeNote({ id: 'n', text: 'mine', updatedAt: '2024-03-02T00:00:00.000Z' });
    // Newer than mine: the old import took it without a word.
    const theirs = makeNote({ id: 'n', text: 'theirs', updatedAt: '2024-05-01T00:00:00.000Z' });

    it('is shown to the reader before anything is written, and kept as mine when they say so', async () => {
      await service.restore(mine);
      const handlers = answering('keep-mine');
      const outcome = await service.import(file([theirs, makeNote({ id: 'fresh' })]), handlers);
      expect(handlers.asked).toEqual([[{ mine, theirs }]]);
      expect(outcome).toEqual({ ok: true, added: 1, replaced: 0, keptBoth: 0, unchanged: 1 });
      expect(await listAll(service)).toContainEqual(mine);
    });

    it('is replaced only when the reader takes the file’s version', async () => {
      await service.restore(mine);
      const outcome = await service.import(file([theirs]), answering('take-theirs'));
      expect(outcome).toEqual({ ok: true, added: 0, replaced: 1, keptBoth: 0, unchanged: 0 });
      expect(await listAll(service)).toEqual([theirs]);
    });

    it('sits beside the reader’s under a new id when they keep both', async () => {
      await service.restore(mine);
      const outcome = await service.import(file([theirs]), answering('keep-both'));
      expect(outcome).toEqual({ ok: true, added: 0, replaced: 0, keptBoth: 1, unchanged: 0 });
      const notes = await listAll(service);
      expect(notes).toHaveLength(2);
      expect(notes).toContainEqual(mine);
      expect(notes.find((note) => note.id !== 'n')).toEqual({
        ...theirs,
        id: expect.stringMatching(/^note-/) as string,
      });
    });

    it('leaves everything as it was when the reader cancels', async () => {
      await service.restore(mine);
      const outcome = await service.import(file([theirs, makeNote({ id: 'fresh' })]), answering('cancel'));
      expect(outcome).toEqual({ ok: false, problem: 'Import cancelled: nothing was imported.' });
      expect(await listAll(service)).toEqual([mine]);
    });
  });

  it('changes nothing when the file is malformed, foreign or from another version', async () => {
    await service.restore(makeNote({ id: 'existing' }));
    const before = await listAll(service);
    const good = JSON.parse(file([makeNote({ id: 'new' })])) as Record<string, unknown>;
    for (const text of [
      'not json at all',
      JSON.stringify({ bookmarks: [] }),
      JSON.stringify({ ...good, version: 3 }),
      JSON.stringify({ ...good, notes: [makeNote({ id: 'new' }), { id: 'bad' }] }),
      JSON.stringify({ ...good, notes: [makeNote({ id: 'dup' }), makeNote({ id: 'dup' })] }),
      JSON.stringify({ ...good, notes: [makeNote({ id: 'far', createdAt: '9999-12-31T23:59:59-01:00' })] }),
    ]) {
      const outcome = await service.import(text, answering('take-theirs'));
      expect(outcome.ok).toBe(false);
      expect(await listAll(service)).toEqual(before);
    }
  });

  it('imports 25 000 notes in batches with progress, lists them a page at a time, and a second import leaves them all alone', async () => {
    const notes = Array.from({ length: 25_000 }, (_, index) =>
      makeNote({ id: `bulk-${index}`, text: `Bulk note ${index}`, claimId: index % 2 ? CLAIM : OTHER_CLAIM }),
    );
    const text = file(notes);
    const handlers = answering();
    expect(await service.import(text, handlers)).toEqual({
      ok: true,
      added: 25_000,
      replaced: 0,
      keptBoth: 0,
      unchanged: 0,
    });
    expect(handlers.progress.filter((step) => step.phase === 'saving').map((step) => step.done)).toEqual([
      5_000, 10_000, 15_000, 20_000, 25_000,
    ]);
    expect(handlers.progress.filter((step) => step.phase === 'checking').at(-1)).toEqual({
      phase: 'checking',
      done: 25_000,
      total: 25_000,
    });
    expect(await db.noteBlocks.count()).toBe(50);
    expect(await service.count(CLAIM)).toBe(12_500);
    const firstPage = await service.listPage(null);
    expect(firstPage.notes).toHaveLength(20_000);
    const secondPage = await service.listPage(firstPage.next);
    expect([secondPage.notes.length, secondPage.next]).toEqual([5_000, null]);
    expect(new Set((await listAll(service)).map((note) => note.id)).size).toBe(25_000);
    expect(await service.import(text, answering())).toEqual({
      ok: true,
      added: 0,
      replaced: 0,
      keptBoth: 0,
      unchanged: 25_000,
    });
  }, 60_000);
});
