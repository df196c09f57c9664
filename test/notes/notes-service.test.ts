import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportNotesJson } from '../../lib/notes/note-export.ts';
import type { Note } from '../../lib/notes/note-schema.ts';
import { openNotesDatabase, type NotesDatabase } from '../../extension/notes/notes-database.ts';
import { createNotesService, type NotesService } from '../../extension/notes/notes-service.ts';
import { makeNote, steppingClock } from './notes-fixtures.ts';

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
    expect(await service.list({ claimId: CLAIM })).toEqual([note]);
    expect(await service.list({ claimId: OTHER_CLAIM })).toEqual([]);
  });

  it('lists newest edit first', async () => {
    const first = await service.create({ claimId: CLAIM, text: 'first', pageUrl: PAGE });
    await service.create({ claimId: CLAIM, text: 'second', pageUrl: PAGE });
    await service.update({ id: first.id, text: 'first, edited' });
    expect((await service.list({ claimId: CLAIM })).map((note) => note.text)).toEqual([
      'first, edited',
      'second',
    ]);
  });

  it('updates the text and edit time but not the creation time', async () => {
    const note = await service.create({ claimId: CLAIM, text: 'draft', pageUrl: PAGE });
    const updated = await service.update({ id: note.id, text: 'final' });
    expect(updated).toMatchObject({ id: note.id, text: 'final', createdAt: note.createdAt });
    expect(updated!.updatedAt > note.updatedAt).toBe(true);
    expect(await db.notes.get(note.id)).toEqual(updated);
    expect(await service.update({ id: 'gone', text: 'x' })).toBeNull();
  });

  it('refuses empty text and keeps nothing', async () => {
    await expect(service.create({ claimId: CLAIM, text: '   ', pageUrl: PAGE })).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
  });

  it('deletes a note, returns it, and restores it exactly (undo)', async () => {
    const note = await service.create({ claimId: CLAIM, text: 'to delete', pageUrl: PAGE });
    const deleted = await service.delete(note.id);
    expect(deleted).toEqual(note);
    expect(await service.list()).toEqual([]);
    expect(await service.delete(note.id)).toBeNull();
    await service.restore(deleted!);
    expect(await service.list()).toEqual([note]);
  });
});

describe('importing', () => {
  const file = (notes: Note[]) => exportNotesJson(notes, new Date('2024-04-01T00:00:00Z'));

  it('merges by id: adds, takes newer edits, leaves the rest', async () => {
    await db.notes.bulkPut([
      makeNote({ id: 'same' }),
      makeNote({ id: 'stale', text: 'old' }),
      makeNote({ id: 'mine', text: 'keep', updatedAt: '2024-06-01T00:00:00.000Z' }),
    ]);
    const outcome = await service.import(
      file([
        makeNote({ id: 'same' }),
        makeNote({ id: 'stale', text: 'new', updatedAt: '2024-05-01T00:00:00.000Z' }),
        makeNote({ id: 'mine', text: 'older copy' }),
        makeNote({ id: 'fresh' }),
      ]),
    );
    expect(outcome).toEqual({ ok: true, added: 1, updated: 1, unchanged: 2 });
    const byId = new Map((await service.list()).map((note) => [note.id, note.text]));
    expect(Object.fromEntries(byId)).toEqual({
      same: 'Note same',
      stale: 'new',
      mine: 'keep',
      fresh: 'Note fresh',
    });
  });

  it('changes nothing when the file is malformed, foreign or from another version', async () => {
    await db.notes.put(makeNote({ id: 'existing' }));
    const before = await service.list();
    const good = JSON.parse(file([makeNote({ id: 'new' })])) as Record<string, unknown>;
    for (const text of [
      'not json at all',
      JSON.stringify({ bookmarks: [] }),
      JSON.stringify({ ...good, version: 3 }),
      JSON.stringify({ ...good, notes: [makeNote({ id: 'new' }), { id: 'bad' }] }),
      JSON.stringify({ ...good, notes: [makeNote({ id: 'dup' }), makeNote({ id: 'dup' })] }),
    ]) {
      const outcome = await service.import(text);
      expect(outcome.ok).toBe(false);
      expect(await service.list()).toEqual(before);
    }
  });

  it('imports 10 000 notes in one go, and a second import leaves them all alone', async () => {
    const notes = Array.from({ length: 10_000 }, (_, index) =>
      makeNote({ id: `bulk-${index}`, text: `Bulk note ${index}`, claimId: index % 2 ? CLAIM : OTHER_CLAIM }),
    );
    const text = file(notes);
    expect(await service.import(text)).toEqual({ ok: true, added: 10_000, updated: 0, unchanged: 0 });
    expect(await db.notes.count()).toBe(10_000);
    expect(await db.notes.where('claimId').equals(CLAIM).count()).toBe(5_000);
    expect(await service.import(text)).toEqual({ ok: true, added: 0, updated: 0, unchanged: 10_000 });
  }, 60_000);
});
