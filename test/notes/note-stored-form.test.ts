import fc from 'fast-check';
import { expect, it } from 'vitest';
import { noteInStoredForm, noteSchema, type Note } from '../../lib/notes/note-schema.ts';

// Import checks a note in the form the extension writes without running the note schema. That
// quick answer must be the schema's own wherever it is given, and be given for every stored note.

const digits = (width: number, max: number) =>
  fc.integer({ min: 0, max }).map((value) => String(value).padStart(width, '0'));

/** Shaped like toISOString's output, with any digits: 30 February, month 13, hour 24, 1999. */
const storedShapeTime = fc
  .tuple(
    fc.constantFrom('1999', '2000', '2024', '2125', '2126', '2200'),
    digits(2, 13),
    digits(2, 32),
    digits(2, 24),
    digits(2, 60),
    digits(2, 60),
    digits(3, 999),
  )
  .map(
    ([year, month, day, hour, minute, second, ms]) =>
      `${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`,
  );

const validTime = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

const time = fc.oneof(
  { arbitrary: validTime, weight: 4 },
  { arbitrary: storedShapeTime, weight: 4 },
  fc.constantFrom(
    '2024-03-01T10:00:00Z',
    '2024-03-01T10:00:00.000+01:00',
    '2024-03-01T10:00:00.0000Z',
    '+010000-01-01T00:00:00.000Z',
    '1999-12-31T23:59:59.999Z',
    '',
  ),
  fc.anything(),
);

const identifier = (max: number) =>
  fc.oneof(
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }), weight: 6 },
    fc.string({ unit: 'binary', maxLength: max + 2 }),
    fc.constantFrom('', 'x'.repeat(max + 1), '\uD800', 'a\uDC00b'),
    fc.anything(),
  );

const noteText = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 6 },
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(' padded ', 'ends\n', '\u00a0nbsp', '\t', 'x'.repeat(20_000), 'x'.repeat(20_001)),
  fc.anything(),
);

const plainString = fc.oneof({ arbitrary: fc.string(), weight: 6 }, fc.anything());

const candidate = fc
  .tuple(
    fc.record(
      {
        id: identifier(100),
        claimId: identifier(200),
        text: noteText,
        pageUrl: plainString,
        site: plainString,
        createdAt: time,
        updatedAt: time,
      },
      { requiredKeys: ['id', 'claimId', 'text', 'pageUrl', 'createdAt', 'updatedAt'] },
    ),
    fc.oneof(
      { arbitrary: fc.constant({}), weight: 8 },
      fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { minKeys: 1, maxKeys: 2 }),
    ),
  )
  .map(([fields, extra]) => ({ ...extra, ...fields }));

it('answers only as the note schema does, field for field and in the same order', () => {
  let answered = 0;
  fc.assert(
    fc.property(candidate, (value) => {
      const quick = noteInStoredForm(value);
      if (quick === undefined) return;
      answered++;
      const checked = noteSchema.safeParse(value);
      expect(checked.success).toBe(true);
      expect(JSON.stringify(quick)).toBe(JSON.stringify(checked.data));
    }),
    { numRuns: 5_000 },
  );
  // The property says nothing unless the quick check answers often enough to be tried.
  expect(answered).toBeGreaterThan(200);
});

it('answers for every note as the extension stores it', () => {
  const stored = fc
    .record({
      id: fc.oneof(fc.uuid(), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 })),
      claimId: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
      text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
      pageUrl: fc.oneof(fc.webUrl(), fc.string()),
      site: fc.string(),
      createdAt: validTime,
      updatedAt: validTime,
    })
    .map((note): Note => ({ ...note, text: note.text.trim() || 'x' }));
  fc.assert(
    fc.property(stored, (note) => {
      expect(noteInStoredForm(note)).toEqual(noteSchema.parse(note));
    }),
  );
});
