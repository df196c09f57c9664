import { describe, expect, it } from 'vitest';
import { exportNotesJson, exportNotesMarkdown } from '../../lib/notes/note-export.ts';
import { describeMerge, parseNotesFile, planMerge, resolveMerge } from '../../lib/notes/note-import.ts';
import { distinctSites, searchNotes } from '../../lib/notes/note-search.ts';
import { claimFacts, makeNote } from './notes-fixtures.ts';

const EXPORTED_AT = new Date('2024-04-01T09:30:00Z');

describe('search', () => {
  const notes = [
    makeNote({ id: 'a', text: 'Check the Conference Arrangements report first' }),
    makeNote({
      id: 'b',
      text: 'Compare with NEC results',
      claimId: 'ym-won-almost-every-internal-election',
      site: 'example.org',
      pageUrl: 'https://example.org/x',
    }),
    makeNote({ id: 'c', text: 'Momentum’s own figures disagree' }),
  ];

  it('needs every word, in any order, ignoring case', () => {
    expect(searchNotes(notes, { query: 'report CONFERENCE' }, claimFacts).map((n) => n.id)).toEqual(['a']);
    expect(searchNotes(notes, { query: 'report nec' }, claimFacts)).toEqual([]);
  });

  it("finds a straight apostrophe in a curly one and searches the claim's summary", () => {
    expect(searchNotes(notes, { query: "momentum's" }, claimFacts).map((n) => n.id)).toEqual(['c']);
    expect(searchNotes(notes, { query: 'internal labour' }, claimFacts).map((n) => n.id)).toEqual(['b']);
  });

  it('filters by slate, claim and site', () => {
    expect(searchNotes(notes, { slate: 'ym' }, claimFacts).map((n) => n.id)).toEqual(['b']);
    expect(
      searchNotes(notes, { claimId: 'mo-conference-2021-threshold-passed-53-to-47' }, claimFacts).map(
        (n) => n.id,
      ),
    ).toEqual(['a', 'c']);
    expect(searchNotes(notes, { site: 'example.org', query: 'nec' }, claimFacts).map((n) => n.id)).toEqual([
      'b',
    ]);
    expect(distinctSites(notes)).toEqual(['example.org', 'labourlist.org']);
  });

  it('finds a word only within one note, never across the end of one and the start of the next', () => {
    const pair = [
      makeNote({ id: 'x', text: 'ends with abc', pageUrl: 'https://a.example/', site: 'a.example' }),
      makeNote({ id: 'y', text: 'def starts this one', pageUrl: 'https://b.example/', site: 'b.example' }),
    ];
    expect(searchNotes(pair, { query: 'cdef' }, claimFacts)).toEqual([]);
    expect(searchNotes(pair, { query: 'b.example/' }, claimFacts).map((n) => n.id)).toEqual(['y']);
  });

  it('keeps the list order and finds a word in every note that holds it, many times over', () => {
    const many = Array.from({ length: 2_000 }, (_, index) =>
      makeNote({ id: `m-${index}`, text: index % 3 === 0 ? `aaa aaa note ${index}` : `other ${index}` }),
    );
    const found = searchNotes(many, { query: 'aa' }, claimFacts).map((n) => n.id);
    expect(found).toHaveLength(667);
    expect(found.slice(0, 3)).toEqual(['m-0', 'm-3', 'm-6']);
    expect(searchNotes(many, { query: 'aaa 1998' }, claimFacts).map((n) => n.id)).toEqual(['m-1998']);
  });

  it('takes an imported note’s site from its page address, whatever the file says', () => {
    const file = JSON.stringify({
      ...(JSON.parse(exportNotesJson([], EXPORTED_AT)) as object),
      notes: [
        makeNote({
          id: 'web',
          pageUrl: 'https://WWW.Example.org.:8080/politics?x=1',
          site: 'elsewhere.example',
        }),
        makeNote({ id: 'file', pageUrl: 'file:///home/reader/saved.html', site: 'elsewhere.example' }),
        makeNote({ id: 'junk', pageUrl: 'not a url', site: 'elsewhere.example' }),
      ],
    });
    const parsed = parseNotesFile(file);
    expect(parsed.ok && parsed.notes.map((note) => [note.id, note.site])).toEqual([
      ['web', 'www.example.org'],
      ['file', ''],
      ['junk', ''],
    ]);
  });
});

describe('export', () => {
  it('JSON export reads back to the same notes', () => {
    const notes = [
      makeNote({ id: 'a' }),
      makeNote({ id: 'b', updatedAt: '2024-03-02T10:00:00.000Z', text: 'Line one\n\n“Quoted” *stars*' }),
    ];
    const parsed = parseNotesFile(exportNotesJson(notes, EXPORTED_AT));
    expect(parsed).toEqual({ ok: true, notes: [notes[1], notes[0]] });
  });

  it('Markdown groups by claim, newest first, with page and time, and keeps markup literal', () => {
    const markdown = exportNotesMarkdown(
      [
        makeNote({
          id: 'old',
          text: '# Older note',
          createdAt: '2024-03-01T10:00:00.000Z',
          updatedAt: '2024-03-01T10:00:00.000Z',
        }),
        makeNote({
          id: 'ym',
          claimId: 'ym-won-almost-every-internal-election',
          text: 'On YM',
          updatedAt: '2024-03-03T10:00:00.000Z',
        }),
        makeNote({ id: 'new', text: 'Newer *note*', updatedAt: '2024-03-05T11:15:00.000Z' }),
      ],
      claimFacts,
      EXPORTED_AT,
    );
    expect(markdown).toContain('3 notes on 2 claims');
    const threshold = markdown.indexOf('## The 2021 nomination threshold passed 53\\% to 47\\%');
    const internal = markdown.indexOf('## Momentum won almost every internal Labour election');
    expect(threshold).toBeGreaterThan(-1);
    expect(internal).toBeGreaterThan(threshold);
    const newer = markdown.indexOf('> Newer \\*note\\*');
    expect(newer).toBeGreaterThan(threshold);
    expect(newer).toBeLessThan(markdown.indexOf('> \\# Older note'));
    expect(markdown).toContain(
      '### 2024-03-01 10:00 UTC, edited 2024-03-05 11:15 UTC on <https://labourlist.org/2022/06/ncg/>',
    );
  });
});

describe('import file check', () => {
  const valid = JSON.parse(exportNotesJson([makeNote({ id: 'a' })], EXPORTED_AT)) as Record<string, unknown>;
  const problemOf = (text: string) => {
    const parsed = parseNotesFile(text);
    if (parsed.ok) throw new Error('expected the file to be refused');
    return parsed.problem;
  };

  it('refuses text that is not JSON', () => {
    expect(problemOf('{"format": ')).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not a notes export', () => {
    expect(problemOf('{"name": "some other app", "items": []}')).toMatch(
      /neither a Right of Reply notes export/,
    );
    expect(problemOf('[1,2,3]')).toMatch(/neither a Right of Reply notes export/);
  });

  it('refuses a newer or unknown version by name', () => {
    expect(problemOf(JSON.stringify({ ...valid, version: 2 }))).toMatch(
      /newer Right of Reply \(file version 2\).*Update the extension/,
    );
    expect(problemOf(JSON.stringify({ ...valid, version: '1' }))).toMatch(/version \("1"\) is not one/);
  });

  it('names the note and field that are wrong', () => {
    const notes = [
      makeNote({ id: 'a' }),
      { ...makeNote({ id: 'broken' }), text: '   ' },
      { ...makeNote({ id: 'c' }), createdAt: 'yesterday' },
    ];
    const problem = problemOf(JSON.stringify({ ...valid, notes }));
    expect(problem).toMatch(/Note 2 \(id "broken"\), field “text”: must not be empty/);
    expect(problem).toMatch(/Note 3 \(id "c"\), field “createdAt”/);
  });

  it('refuses a file that repeats an id', () => {
    const notes = [makeNote({ id: 'a' }), makeNote({ id: 'b' }), makeNote({ id: 'a', text: 'other' })];
    expect(problemOf(JSON.stringify({ ...valid, notes }))).toMatch(/notes 1 and 3 both have the id "a"/);
  });

  it('compares times given with an offset as the same instant', () => {
    const parsed = parseNotesFile(
      JSON.stringify({ ...valid, notes: [makeNote({ id: 'a', updatedAt: '2024-03-01T11:00:00+01:00' })] }),
    );
    expect(parsed.ok && parsed.notes[0]?.updatedAt).toBe('2024-03-01T10:00:00.000Z');
  });
});

describe('merge plan', () => {
  it('adds new ids, leaves identical notes alone, and holds back every note that differs', () => {
    const existing = new Map([
      ['same', makeNote({ id: 'same' })],
      ['older-here', makeNote({ id: 'older-here', text: 'old' })],
      ['newer-here', makeNote({ id: 'newer-here', updatedAt: '2024-05-01T00:00:00.000Z', text: 'kept' })],
    ]);
    const incoming = [
      makeNote({ id: 'same' }),
      makeNote({ id: 'older-here', text: 'new', updatedAt: '2024-04-01T00:00:00.000Z' }),
      makeNote({ id: 'newer-here', text: 'stale' }),
      makeNote({ id: 'fresh' }),
    ];
    const plan = planMerge(incoming, existing);
    expect(plan.added.map((n) => n.id)).toEqual(['fresh']);
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts.map(({ mine, theirs }) => `${mine.text}/${theirs.text}`)).toEqual([
      'old/new',
      'kept/stale',
    ]);
    let copies = 0;
    const both = resolveMerge(plan, 'keep-both', () => `copy-${++copies}`);
    expect(both.toWrite.map((n) => `${n.id}:${n.text}`)).toEqual([
      'fresh:Note fresh',
      'copy-1:new',
      'copy-2:stale',
    ]);
    expect(describeMerge(both.counts)).toBe(
      'Imported: 1 note added, 2 notes from the file kept beside yours, 1 note left alone.',
    );
    const mine = resolveMerge(plan, 'keep-mine', () => 'unused');
    expect(mine.toWrite.map((n) => n.id)).toEqual(['fresh']);
    expect(describeMerge(mine.counts)).toBe('Imported: 1 note added, 3 notes left alone.');
    const theirs = resolveMerge(plan, 'take-theirs', () => 'unused');
    expect(theirs.toWrite.map((n) => n.id)).toEqual(['fresh', 'older-here', 'newer-here']);
    expect(describeMerge(theirs.counts)).toBe(
      'Imported: 1 note added, 2 notes replaced by the file’s version, 1 note left alone.',
    );
  });
});
