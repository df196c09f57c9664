import { hostOf } from '../../lib/web/page-host.ts';
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { openNotesDatabase } from '../../extension/notes/notes-database.ts';
import { createNotesService } from '../../extension/notes/notes-service.ts';
import { exportNotesJson, exportNotesMarkdown } from '../../lib/notes/note-export.ts';
import { compareNewestFirst, type Note } from '../../lib/notes/note-schema.ts';
import { exportNotesWebAnnotation } from '../../lib/notes/web-annotation.ts';
import { answering, claimFacts, listAll } from './notes-fixtures.ts';

// Generated sets of valid notes, each exported and imported into a fresh profile: every export
// must read back as exactly the notes that were exported.

const EXPORTED_AT = new Date('2026-01-01T00:00:00Z');
const KNOWN_CLAIMS = [
  'mo-conference-2021-threshold-passed-53-to-47',
  'ym-won-almost-every-internal-election',
];

/** Well-formed Unicode, as anything typed or pasted in a browser is. */
const text = (constraints: { minLength?: number; maxLength: number }) =>
  fc.string({ unit: 'grapheme', ...constraints });

const time = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

const noteArbitrary = fc
  .record({
    id: fc.oneof(fc.uuid(), text({ minLength: 1, maxLength: 100 })),
    claimId: fc.oneof(fc.constantFrom(...KNOWN_CLAIMS), text({ minLength: 1, maxLength: 200 })),
    text: fc.oneof(text({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 80 })),
    pageUrl: fc.oneof(
      fc.constant(''),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      text({ maxLength: 60 }),
    ),
    createdAt: time,
    updatedAt: time,
  })
  .map((fields): Note => ({ ...fields, text: fields.text.trim(), site: hostOf(fields.pageUrl) ?? '' }))
  .filter((note) => note.text.length > 0);

const notesArbitrary = fc.uniqueArray(noteArbitrary, { selector: (note) => note.id, maxLength: 25 });

let profiles = 0;

/** Imports a file into a new, empty database and returns every note it then holds. */
async function importIntoFreshProfile(fileText: string): Promise<Note[]> {
  const db = openNotesDatabase({ name: `roundtrip-${++profiles}` });
  try {
    const service = createNotesService(db);
    const outcome = await service.import(fileText, answering());
    if (!outcome.ok) throw new Error(outcome.problem);
    return await listAll(service);
  } finally {
    db.close();
    await db.delete();
  }
}

describe('every export imports back into a fresh profile identically', () => {
  it('JSON', async () => {
    await fc.assert(
      fc.asyncProperty(notesArbitrary, async (notes) => {
        const imported = await importIntoFreshProfile(exportNotesJson(notes, EXPORTED_AT));
        expect(imported).toEqual([...notes].sort(compareNewestFirst));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('Web Annotation', async () => {
    await fc.assert(
      fc.asyncProperty(notesArbitrary, async (notes) => {
        const imported = await importIntoFreshProfile(
          exportNotesWebAnnotation(notes, claimFacts, EXPORTED_AT),
        );
        expect(imported).toEqual([...notes].sort(compareNewestFirst));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('the Markdown export carries its metadata intact and lets nothing else in', () => {
  /** Claim ids as a file may carry them: every printable ASCII mark, on one line. */
  const claimId = fc
    .string({
      unit: fc.constantFrom(...Array.from({ length: 95 }, (_, code) => String.fromCharCode(32 + code))),
      minLength: 1,
      maxLength: 40,
    })
    .filter((id) => id.trim() === id && !id.includes('  '));

  it('for any notes, the parsed Markdown has one heading per claim and note, no HTML, links only to web pages, and each claim id verbatim', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(noteArbitrary, claimId).map(([note, id]): Note => ({ ...note, claimId: id })),
          { selector: (note) => note.id, maxLength: 15 },
        ),
        (notes) => {
          const tree = fromMarkdown(exportNotesMarkdown(notes, claimFacts, EXPORTED_AT));
          const nodes: ReturnType<typeof fromMarkdown>['children'][number][] = [];
          const stack = [...tree.children];
          while (stack.length > 0) {
            const node = stack.pop();
            if (node === undefined) continue;
            nodes.push(node);
            if ('children' in node) stack.push(...(node.children as typeof nodes));
          }
          expect(nodes.filter((node) => node.type === 'html')).toEqual([]);
          const claims = new Set(notes.map((note) => note.claimId));
          const depths = nodes.flatMap((node) => (node.type === 'heading' ? [node.depth] : []));
          expect(depths.filter((depth) => depth === 1)).toHaveLength(1);
          expect(depths.filter((depth) => depth === 2)).toHaveLength(claims.size);
          expect(depths.filter((depth) => depth === 3)).toHaveLength(notes.length);
          expect(depths.filter((depth) => depth > 3)).toEqual([]);

          const webPages = notes.flatMap((note) => {
            try {
              const url = new URL(note.pageUrl);
              return url.protocol === 'http:' || url.protocol === 'https:' ? [url.href] : [];
            } catch {
              return [];
            }
          });
          const links = nodes.flatMap((node) => (node.type === 'link' ? [node.url] : []));
          expect(links.filter((url) => !webPages.includes(url))).toEqual([]);
          expect(links.filter((url) => webPages.includes(url)).length).toBeGreaterThanOrEqual(
            webPages.length,
          );

          const claimLines = tree.children
            .filter((node) => node.type === 'paragraph')
            .map((node) => toString(node))
            .filter((line) => line.startsWith('Claim '));
          for (const id of claims) {
            expect(
              claimLines.some(
                (line) =>
                  line === `Claim ${id} (no longer in the corpus)` || line.startsWith(`Claim ${id}, slate `),
              ),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
