import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import type { Note } from '../../lib/notes/note-schema.ts';
import {
  openNotesDatabase,
  NOTES_SCHEMA_VERSION,
  type NoteV1,
} from '../../extension/notes/notes-database.ts';
import { createNotesService } from '../../extension/notes/notes-service.ts';

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
  const notes = await current.notes.toArray();
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
  await v2.notes.bulkAdd(v2Notes);
  expect(v2.notes.schema.indexes.map((index) => index.name).sort()).toEqual(['claimId', 'site', 'updatedAt']);
  v2.close();

  const current = openNotesDatabase({ name });
  expect(await current.notes.orderBy(':id').toArray()).toEqual(
    [...v2Notes].sort((a, b) => (a.id < b.id ? -1 : 1)),
  );
  expect(current.verno).toBe(3);
  expect(current.notes.schema.indexes.map((index) => index.name)).toEqual(['claimId']);
  const service = createNotesService(current);
  expect(await service.count('mo-slashed-organising-staff')).toBe(90);
  expect(await service.listClaim('ym-won-almost-every-internal-election')).toHaveLength(30);
  current.close();
  await current.delete();
});
