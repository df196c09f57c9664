import { z } from 'zod';
import { ConceptFinder } from '../match/concepts.ts';
import { describeIssue, describeProblem } from '../text/zod-issues.ts';
import { claimSchema, slateSchema, sourceSchema, synonymsSchema, type Corpus } from './corpus-schema.ts';

// Validates the corpus as a whole: each record against its schema, then the references between
// records. Every problem is reported with the claim (or slate/source) id and the field, so a broken
// corpus fails the build and the tests with a message a maintainer can act on.

export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(`The corpus is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CorpusError';
  }
}

interface RawCorpus {
  slates: unknown;
  sources: unknown;
  claims: unknown;
  synonyms: unknown;
}

function describeIssues(label: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => describeIssue(label, issue));
}

function labelOf(kind: string, record: unknown, index: number): string {
  const id =
    typeof record === 'object' && record !== null && 'id' in record && typeof record.id === 'string'
      ? record.id
      : `#${index}`;
  return `${kind} "${id}"`;
}

function parseList<T>(kind: string, raw: unknown, schema: z.ZodType<T>, problems: string[]): T[] {
  if (!Array.isArray(raw)) {
    problems.push(describeProblem('the corpus', [`${kind}s`], 'must be a list'));
    return [];
  }
  const parsed: T[] = [];
  raw.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) parsed.push(result.data);
    else problems.push(...describeIssues(labelOf(kind, record, index), result.error));
  });
  return parsed;
}

function checkUnique(kind: string, ids: string[], problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(describeProblem(`${kind} "${id}"`, ['id'], 'duplicate id'));
    seen.add(id);
  }
}

export function validateCorpus(raw: RawCorpus): Corpus {
  const problems: string[] = [];
  const slates = parseList('slate', raw.slates, slateSchema, problems);
  const sources = parseList('source', raw.sources, sourceSchema, problems);
  const claims = parseList('claim', raw.claims, claimSchema, problems);
  const synonymsResult = synonymsSchema.safeParse(raw.synonyms);
  if (!synonymsResult.success) problems.push(...describeIssues('synonyms', synonymsResult.error));
  const synonyms = synonymsResult.success ? synonymsResult.data : {};

  checkUnique(
    'slate',
    slates.map((s) => s.id),
    problems,
  );
  checkUnique(
    'source',
    sources.map((s) => s.id),
    problems,
  );
  checkUnique(
    'claim',
    claims.map((c) => c.id),
    problems,
  );

  const slateIds = new Set(slates.map((s) => s.id));
  const sourceIds = new Set(sources.map((s) => s.id));
  for (const source of sources) {
    if (!slateIds.has(source.slate)) {
      problems.push(describeProblem(`source "${source.id}"`, ['slate'], `unknown slate "${source.slate}"`));
    }
  }
  for (const claim of claims) {
    const problem = (path: PropertyKey[], text: string): void => {
      problems.push(describeProblem(`claim "${claim.id}"`, path, text));
    };
    if (!slateIds.has(claim.slate)) problem(['slate'], `unknown slate "${claim.slate}"`);
    if (!sourceIds.has(claim.source)) problem(['source'], `unknown source "${claim.source}"`);
    claim.alsoSaid?.forEach((said, index) => {
      const source = sources.find((candidate) => candidate.id === said.source);
      if (source === undefined) problem(['alsoSaid', index, 'source'], `unknown source "${said.source}"`);
      else if (source.slate !== claim.slate) {
        problem(['alsoSaid', index, 'source'], "must be a source of the claim's own slate");
      }
    });
    claim.concepts?.forEach((concept, index) => {
      const field = ['concepts', index];
      let known = true;
      for (const group of concept) {
        for (const alternative of group.split('|')) {
          if (alternative.startsWith('@') && !Object.hasOwn(synonyms, alternative.slice(1))) {
            problem(field, `unknown synonym set "${alternative}"`);
            known = false;
          }
        }
      }
      // The matcher's own compiler finds what the pattern's grammar lets through, such as an
      // alternative of punctuation only.
      if (known) {
        try {
          new ConceptFinder([{ id: claim.id, concepts: [concept] }], synonyms, new Map());
        } catch (error) {
          problem(field, error instanceof Error ? error.message : String(error));
        }
      }
    });
    claim.responses.forEach((response, index) => {
      if (!slateIds.has(response.slate)) {
        problem(['responses', index, 'slate'], `unknown slate "${response.slate}"`);
      }
      if (response.slate === claim.slate) {
        problem(['responses', index, 'slate'], 'an answer must come from another slate than the claim');
      }
      if (!sourceIds.has(response.source)) {
        problem(['responses', index, 'source'], `unknown source "${response.source}"`);
      }
    });
  }

  if (problems.length > 0) throw new CorpusError(problems);
  return { slates, sources, claims, synonyms };
}
