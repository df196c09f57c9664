import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { compareNewestFirst, type Note } from '../../lib/notes/note-schema.ts';
import {
  openNotesDatabase,
  NOTES_SCHEMA_VERSION,
  type NoteV1,
} from '../../extension/notes/notes-database.ts';
import { createNotesService } from '../../extension/notes/notes-service.ts';
import { listAll } from './notes-fixtures.ts';

// A database written by the first release, opened by this one: every note must come through.

it('upgrades a version 1 database keeping every note, with edit time and site filled in', async () => {
  const name = 'notes-migration-test';
  const v1Notes: NoteV1[] = Array.from({ length: 250 }, (_, index) => ({
    id: `v1-${index}`,
    claimId: index % 3 ? 'mo-slashed-organising-staff' : 'ym-won-almost-every-internal-election',
    text: `Written by version 1, number ${index}\nwith a second line`,
    pageUrl: index % 5 ? `https://labourlist.org/article-${index}` : 'file:///home/reader/saved.html',
    createdAt: new Date(Date.UTC(2023, 0, 1) + index * 60_000).toISOString(),
  }));

  const v1 = openNotesDatabase({ name, upToVersion: 1 });
  await v1.table('notes').bulkAdd(v1Notes);
  expect(v1.verno).toBe(1);
  v1.close();

  const current = openNotesDatabase({ name });
  const notes = await listAll(createNotesService(current));
  expect(current.verno).toBe(NOTES_SCHEMA_VERSION);
  expect(notes).toHaveLength(v1Notes.length);
  for (const old of v1Notes) {
    const upgraded = notes.find((note) => note.id === old.id);
    expect(upgraded).toEqual({
      ...old,
      updatedAt: old.createdAt,
      site: old.pageUrl.startsWith('file:') ? '' : 'labourlist.org',
    });
  }
  expect(notes.filter((note) => note.site === 'labourlist.org')).toHaveLength(200);
  expect(await createNotesService(current).listClaim('mo-slashed-organising-staff')).toHaveLength(166);
  current.close();
  await current.delete();
});

it('upgrades a version 2 database to 3, dropping the unread indexes and keeping every note', async () => {
  const name = 'notes-migration-v2';
  const v2Notes: Note[] = Array.from({ length: 120 }, (_, index) => ({
    id: `v2-${index}`,
    claimId: index % 4 ? 'mo-slashed-organising-staff' : 'ym-won-almost-every-internal-election',
    text: `Written by version 2, number ${index}`,
    pageUrl: `https://labourlist.org/article-${index}`,
    site: 'labourlist.org',
    createdAt: new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2024, 1, 1) + index * 60_000).toISOString(),
  }));
  const v2 = openNotesDatabase({ name, upToVersion: 2 });
  await v2.table('notes').bulkAdd(v2Notes);
  expect(
    v2
      .table('notes')
      .schema.indexes.map((index) => index.name)
      .sort(),
  ).toEqual(['claimId', 'site', 'updatedAt']);
  v2.close();

  const v3 = openNotesDatabase({ name, upToVersion: 3 });
  expect(await v3.table('notes').orderBy(':id').toArray()).toEqual(
    [...v2Notes].sort((a, b) => (a.id < b.id ? -1 : 1)),
  );
  expect(v3.verno).toBe(3);
  expect(v3.table('notes').schema.indexes.map((index) => index.name)).toEqual(['claimId']);
  v3.close();
  await v3.delete();
});

it('upgrades a version 3 database to 4, moving every note into blocks of one claim', async () => {
  const name = 'notes-migration-v3';
  const v3Notes: Note[] = Array.from({ length: 1_234 }, (_, index) => ({
    id: `v3-${index}`,
    claimId: index % 4 ? 'mo-slashed-organising-staff' : 'ym-won-almost-every-internal-election',
    text: `Written by version 3, number ${index}`,
    pageUrl: `https://labourlist.org/article-${index}`,
    site: 'labourlist.org',
    createdAt: new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2024, 1, 1) + index * 60_000).toISOString(),
  }));
  const v3 = openNotesDatabase({ name, upToVersion: 3 });
  await v3.table('notes').bulkAdd(v3Notes);
  v3.close();

  const current = openNotesDatabase({ name });
  const service = createNotesService(current);
  expect(current.verno).toBe(4);
  expect(current.tables.map((table) => table.name).sort()).toEqual(['noteBlockIds', 'noteBlocks']);
  expect(await listAll(service)).toEqual([...v3Notes].sort(compareNewestFirst));
  // 925 and 309 notes: two blocks and one, each of a single claim, each with its ids beside it.
  const blocks = await current.noteBlocks.toArray();
  expect(blocks.map((block) => [block.claimId, block.notes.length])).toEqual([
    ['ym-won-almost-every-internal-election', 309],
    ['mo-slashed-organising-staff', 500],
    ['mo-slashed-organising-staff', 425],
  ]);
  for (const block of blocks) {
    expect(block.notes.every((note) => note.claimId === block.claimId)).toBe(true);
    expect(await current.noteBlockIds.get(block.key)).toEqual({
      key: block.key,
      claimId: block.claimId,
      ids: block.notes.map((note) => note.id),
    });
  }
  expect(await service.count('mo-slashed-organising-staff')).toBe(925);
  expect(await service.listClaim('ym-won-almost-every-internal-election')).toHaveLength(309);
  const edited = await service.update({ id: 'v3-7', text: 'edited after the upgrade' });
  expect(edited).toMatchObject({ id: 'v3-7', text: 'edited after the upgrade' });
  current.close();
  await current.delete();
});
