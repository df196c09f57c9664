import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { exportNotesJson, exportNotesMarkdown } from '../../lib/notes/note-export.ts';
import { importTooLarge, MAX_IMPORT_BYTES, parseNotesFile } from '../../lib/notes/note-import.ts';
import { claimFacts, makeNote } from './notes-fixtures.ts';

// The hostile and broken files the notes review found, each as it was found.

const EXPORTED_AT = new Date('2024-04-01T09:30:00Z');

function problemOf(text: string): string {
  const parsed = parseNotesFile(text);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.problem;
}

const fileWith = (notes: unknown[]) =>
  JSON.stringify({ ...(JSON.parse(exportNotesJson([], EXPORTED_AT)) as object), notes });

describe('dates', () => {
  it('refuses a time past the year 9999 in UTC, which the export could not read back', () => {
    const problem = problemOf(fileWith([makeNote({ id: 'far', createdAt: '9999-12-31T23:59:59-01:00' })]));
    expect(problem).toMatch(
      /Note 1 \(id "far"\), field “createdAt”: must lie between 2000-01-01 and 100 years from now/,
    );
  });

  it('refuses times before 2000, more than a century ahead, or not on the calendar', () => {
    const ahead = new Date();
    ahead.setUTCFullYear(ahead.getUTCFullYear() + 101);
    const problem = problemOf(
      fileWith([
        makeNote({ id: 'a', createdAt: '1999-12-31T23:59:59Z' }),
        makeNote({ id: 'b', updatedAt: ahead.toISOString() }),
        makeNote({ id: 'c', createdAt: '2024-02-30T10:00:00Z' }),
        makeNote({ id: 'd', updatedAt: '2024-03-01T10:00:00+01:00' }),
      ]),
    );
    expect(problem).toMatch(/Note 1 \(id "a"\), field “createdAt”: must lie between/);
    expect(problem).toMatch(/Note 2 \(id "b"\), field “updatedAt”: must lie between/);
    expect(problem).toMatch(/Note 3 \(id "c"\), field “createdAt”: must be an ISO 8601 date/);
    expect(problem).toMatch(/3 notes have problems in all/);
    expect(problem).not.toMatch(/Note 4/);
  });

  it('takes a time at either edge of the range', () => {
    const parsed = parseNotesFile(fileWith([makeNote({ id: 'a', createdAt: '2000-01-01T00:00:00Z' })]));
    expect(parsed.ok && parsed.notes[0]?.createdAt).toBe('2000-01-01T00:00:00.000Z');
  });
});

describe('files of every size', () => {
  it('describes 100,000 invalid notes in a few lines, without running out of stack', () => {
    const notes = Array.from({ length: 100_000 }, (_, index) => ({ id: `bad-${index}`, text: '' }));
    const problem = problemOf(fileWith(notes));
    expect(problem).toMatch(
      /^Nothing was imported: the file is damaged\. Note 1 \(id "bad-0"\), field “claimId”/,
    );
    expect(problem).toMatch(/At least 1,000 notes have problems; the check stopped there\.$/);
    expect(problem.length).toBeLessThan(1_000);
  });

  it('names an oversized file’s size and the limit', () => {
    expect(MAX_IMPORT_BYTES).toBe(64 * 1024 * 1024);
    expect(importTooLarge('huge.json', 70 * 1024 * 1024)).toBe(
      '“huge.json” is 70.0 MiB; Right of Reply imports files of up to 64 MiB. Nothing was imported.',
    );
  });
});

type MarkdownNode = ReturnType<typeof fromMarkdown>['children'][number];

function nodesOf(tree: ReturnType<typeof fromMarkdown>): MarkdownNode[] {
  const all: MarkdownNode[] = [];
  const stack: MarkdownNode[] = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) continue;
    all.push(node);
    if ('children' in node) stack.push(...(node.children as MarkdownNode[]));
  }
  return all;
}

describe('Markdown export', () => {
  const parse = (notes: Parameters<typeof exportNotesMarkdown>[0]) =>
    nodesOf(fromMarkdown(exportNotesMarkdown(notes, claimFacts, EXPORTED_AT)));

  it('lets no raw HTML in through a backtick in a claim id', () => {
    const nodes = parse([makeNote({ id: 'a', claimId: 'x` <img src=x onerror=alert(1)> y' })]);
    expect(nodes.filter((node) => node.type === 'html')).toEqual([]);
    const claimLine = nodes.find(
      (node) => node.type === 'paragraph' && JSON.stringify(node).includes('Claim '),
    );
    expect(JSON.stringify(claimLine)).toContain('<img src=x onerror=alert(1)>');
  });

  it('links only http(s) page addresses', () => {
    const nodes = parse([
      makeNote({ id: 'a', pageUrl: 'javascript:alert(document.cookie)' }),
      makeNote({ id: 'b', pageUrl: 'https://example.org/a b<c>' }),
    ]);
    const links = nodes.filter((node) => node.type === 'link').map((node) => node.url);
    expect(links).toEqual(['https://example.org/a%20b%3Cc%3E']);
  });

  it('makes no heading of a line after a lone carriage return', () => {
    const nodes = parse([makeNote({ id: 'a', text: 'first line\r# Not a heading\r===' })]);
    const headings = nodes.filter((node) => node.type === 'heading');
    // The title, the one claim, the one note.
    expect(headings.map((node) => node.depth).sort()).toEqual([1, 2, 3]);
  });
});
