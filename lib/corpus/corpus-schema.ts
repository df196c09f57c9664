import { z } from 'zod';

// The corpus shape, declared once. Types elsewhere come from here (z.infer) so data and code
// cannot drift apart. Only build/test code and extension pages import the runtime schema; the
// content script imports types only, which vanish at compile time.

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, single hyphens)');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const slateSchema = z.strictObject({
  id: kebabId,
  name: nonEmpty,
  shortName: nonEmpty,
  colour: z.string().regex(/^#[0-9a-f]{6}$/, 'must be a lower-case #rrggbb colour'),
  description: nonEmpty,
});

export const sourceSchema = z.strictObject({
  id: kebabId,
  title: nonEmpty,
  publication: nonEmpty,
  authors: z.array(nonEmpty),
  // As precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD.
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  // Present only where the address is certain.
  url: z.url().optional(),
  slate: kebabId,
  // File name inside data/sources/ holding the verbatim text.
  file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must be a .txt file name inside data/sources/'),
});

const stanceSchema = z.enum(['rebuts', 'qualifies', 'concedes', 'context']);

const responseSchema = z.strictObject({
  slate: kebabId,
  source: kebabId,
  quote: nonEmpty,
  stance: stanceSchema,
  context: nonEmpty.optional(),
});

// A surface form readers meet. A plain string matches on its own; an object with `near` matches
// only when one of those context words or phrases stands close by (for bare numbers, short forms).
const matchFormSchema = z.union([
  nonEmpty,
  z.strictObject({
    text: nonEmpty,
    near: z.array(nonEmpty).min(1, 'a form with context needs at least one context word'),
  }),
]);

// One group of a concept pattern: alternatives separated by "|". An alternative is a word or a
// phrase (its words consecutive), each word standing for its whole family ("win" also matches
// "winning", "wins"); "@name" is a synonym set from data/synonyms.json; "#53" is a number whose whole
// part is 53, however written ("53", "53.67", "fifty-three").
const conceptGroupSchema = z
  .string()
  .regex(
    /^(?:@[a-z0-9-]+|#\d+(?:\.\d+)?|[^|@#\s][^|@#]*?)(?:\|(?:@[a-z0-9-]+|#\d+(?:\.\d+)?|[^|@#\s][^|@#]*?))*$/,
    'must be alternatives separated by "|": words, phrases, @synonym-set or #number',
  );

// A restatement: the ideas that together make the claim, each a group, all found in one sentence
// in any order (["@win", "every|almost every", "internal", "@election"]).
const conceptSchema = z
  .array(conceptGroupSchema)
  .min(2, 'a concept pattern needs at least two groups')
  .refine(
    (groups) => groups.some((group) => !group.split('|').some((alternative) => alternative.startsWith('#'))),
    'a number counts only with its context: a concept pattern needs a group with no number',
  );

// A synonym set's entries stand in for "@name" among a group's alternatives, so each is a plain
// word or phrase: no "|", "@" or "#".
const SYNONYM_SET_NAME = /^[a-z0-9-]+$/;

export const synonymsSchema = z
  .record(
    z.string(),
    z
      .array(z.string().regex(/^[^|@#\s][^|@#]*$/, 'must be a word or phrase, without "|", "@" or "#"'))
      .min(2, 'a synonym set needs at least two words or phrases'),
  )
  // Checked here rather than as the record's key schema, whose message zod replaces with its own.
  .superRefine((sets, context) => {
    for (const name of Object.keys(sets)) {
      if (!SYNONYM_SET_NAME.test(name)) {
        context.addIssue({
          code: 'custom',
          path: [name],
          message: 'a synonym set name is lower-case kebab-case',
        });
      }
    }
  });

export const claimSchema = z.strictObject({
  id: kebabId,
  slate: kebabId,
  source: kebabId,
  quote: nonEmpty,
  summary: nonEmpty,
  topics: z.array(kebabId).min(1),
  match: z.array(matchFormSchema).min(1),
  /** Other verbatim sentences of the same slate that make the same point, merged into this claim. */
  alsoSaid: z.array(z.strictObject({ source: kebabId, quote: nonEmpty })).optional(),
  /** Restatements in other words: concept patterns matched within one sentence. */
  concepts: z.array(conceptSchema).optional(),
  /** Why this claim was merged with, or kept apart from, a neighbouring entry of the corpus review. */
  note: nonEmpty.optional(),
  responses: z.array(responseSchema).min(1, 'every claim needs at least one answer'),
});

export type Slate = z.infer<typeof slateSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type ClaimResponse = z.infer<typeof responseSchema>;
export type MatchForm = z.infer<typeof matchFormSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type Synonyms = z.infer<typeof synonymsSchema>;

export interface Corpus {
  slates: Slate[];
  sources: Source[];
  claims: Claim[];
  synonyms: Synonyms;
}
