import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpus } from '../data/corpus.ts';
import { validateCorpus } from '../lib/corpus/validate-corpus.ts';
import type { Claim, Corpus } from '../lib/corpus/corpus-schema.ts';
import { readCorpus } from '../scripts/corpus-files.ts';
import { validationMessage } from './corpus/validation-message.ts';

// The corpus is data: these tests hold it to its promises. Every quote is verbatim from a source
// text kept in data/sources/, every claim is answered by another slate, and the validator names
// the claim and field when something is wrong.

const sourceUrl = (file: string) => new URL('../data/sources/' + file, import.meta.url);
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const sourceText = new Map(
  corpus.sources.map((source) => [source.id, collapse(readFileSync(sourceUrl(source.file), 'utf8'))]),
);
const sourceById = new Map(corpus.sources.map((source) => [source.id, source]));
const bySlate = (slate: string) => corpus.claims.filter((claim) => claim.slate === slate);

const copy = (): Corpus => structuredClone(corpus);

describe('corpus', () => {
  it('passes validateCorpus', () => {
    expect(() => validateCorpus(corpus)).not.toThrow();
  });

  it('ships every claims file that sources.json names, each holding only its own source', () => {
    const fromDisk = readCorpus(new URL('../data', import.meta.url).pathname);
    expect(corpus.claims.map((claim) => claim.id).sort()).toEqual(
      fromDisk.claims.map((claim) => claim.id).sort(),
    );
  });

  it('has at least 95 claims: at least 22 from YM, 45 from MO and 20 from MI', () => {
    expect(corpus.claims.length).toBeGreaterThanOrEqual(95);
    expect(bySlate('ym').length).toBeGreaterThanOrEqual(22);
    expect(bySlate('mo').length).toBeGreaterThanOrEqual(45);
    expect(bySlate('mi').length).toBeGreaterThanOrEqual(20);
  });

  it('gives every claim concept patterns, so a restatement in other words is found', () => {
    expect(
      corpus.claims.filter((claim) => (claim.concepts ?? []).length === 0).map((claim) => claim.id),
    ).toEqual([]);
  });

  it('has exactly the three slates ym, mo and mi', () => {
    expect(corpus.slates.map((slate) => slate.id).sort()).toEqual(['mi', 'mo', 'ym']);
  });

  it("contains YM's claim of winning almost every national internal Labour election, answered by MO", () => {
    const claim = corpus.claims.find((c) =>
      c.quote.includes('almost every national internal Labour election'),
    );
    expect(claim?.slate).toBe('ym');
    expect(claim?.responses.some((r) => r.slate === 'mo')).toBe(true);
    const forms = claim?.match.map((m) => (typeof m === 'string' ? m : m.text)) ?? [];
    expect(forms).toContain('winning every internal Labour election');
  });

  it("contains MO's claim that the 2021 conference rule change passed by 53% to 47%, answered by YM", () => {
    const claim = corpus.claims.find((c) => c.quote.includes('53% to 47%'));
    expect(claim?.slate).toBe('mo');
    expect(claim?.responses.some((r) => r.slate === 'ym')).toBe(true);
  });

  it('quotes every claim verbatim (whitespace aside) from its source file', () => {
    const missing = corpus.claims
      .filter((claim) => !sourceText.get(claim.source)?.includes(collapse(claim.quote)))
      .map((claim) => claim.id);
    expect(missing).toEqual([]);
  });

  it('quotes every response verbatim (whitespace aside) from its source file', () => {
    const missing = corpus.claims.flatMap((claim) =>
      claim.responses
        .map((response, index) => ({ response, index }))
        .filter(({ response }) => !sourceText.get(response.source)?.includes(collapse(response.quote)))
        .map(({ index }) => `${claim.id} responses.${index}`),
    );
    expect(missing).toEqual([]);
  });

  it('quotes every merged sentence (alsoSaid) verbatim from its source file', () => {
    const missing = corpus.claims.flatMap((claim) =>
      (claim.alsoSaid ?? [])
        .map((said, index) => ({ said, index }))
        .filter(({ said }) => !sourceText.get(said.source)?.includes(collapse(said.quote)))
        .map(({ index }) => `${claim.id} alsoSaid.${index}`),
    );
    expect(missing).toEqual([]);
  });

  it('takes each quote from a source of the slate that made it', () => {
    const mismatched = corpus.claims.flatMap((claim) => [
      ...(sourceById.get(claim.source)?.slate === claim.slate ? [] : [claim.id]),
      ...claim.responses
        .map((response, index) => ({ response, index }))
        .filter(({ response }) => sourceById.get(response.source)?.slate !== response.slate)
        .map(({ index }) => `${claim.id} responses.${index}`),
    ]);
    expect(mismatched).toEqual([]);
  });

  it('gives every claim, slate and source a unique id', () => {
    for (const ids of [corpus.claims, corpus.slates, corpus.sources].map((list) => list.map((r) => r.id))) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('answers every claim only from other slates', () => {
    const selfAnswered = corpus.claims.filter((claim) =>
      claim.responses.some((r) => r.slate === claim.slate),
    );
    expect(selfAnswered.map((claim) => claim.id)).toEqual([]);
    for (const claim of corpus.claims) expect(claim.responses.length).toBeGreaterThan(0);
  });

  it('refers only to sources that exist, and every source file exists', () => {
    const referenced = corpus.claims.flatMap((claim) => [
      claim.source,
      ...claim.responses.map((r) => r.source),
    ]);
    expect(referenced.filter((id) => !sourceById.has(id))).toEqual([]);
    for (const source of corpus.sources) expect(existsSync(sourceUrl(source.file)), source.file).toBe(true);
  });

  it('gives a context line to every MI (2020) response attached to a claim from a 2022 source', () => {
    const is2022 = (claim: Claim) => sourceById.get(claim.source)?.date.startsWith('2022') ?? false;
    const withoutContext = corpus.claims.filter(is2022).flatMap((claim) =>
      claim.responses
        .map((response, index) => ({ response, index }))
        .filter(({ response }) => response.slate === 'mi' && !response.context?.trim())
        .map(({ index }) => `${claim.id} responses.${index}`),
    );
    expect(withoutContext).toEqual([]);
  });

  it('uses slate colours that read as text on white (contrast at least 4.5:1)', () => {
    const luminance = (hex: string) => {
      const channel = (i: number) => {
        const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    };
    for (const slate of corpus.slates) {
      expect(1.05 / (luminance(slate.colour) + 0.05), slate.id).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('validateCorpus on a broken corpus', () => {
  it('names the claim and the field when a claim quote is empty', () => {
    const broken = copy();
    const claim = broken.claims[0]!;
    claim.quote = '';
    const message = validationMessage(broken);
    expect(message).toContain(`claim "${claim.id}"`);
    expect(message).toContain('quote');
  });

  it('names the claim and responses.0.slate when a claim answers itself', () => {
    const broken = copy();
    const claim = broken.claims[0]!;
    claim.responses[0]!.slate = claim.slate;
    const message = validationMessage(broken);
    expect(message).toContain(`claim "${claim.id}"`);
    expect(message).toContain('responses.0.slate');
  });

  it('names the claim and field when a response cites an unknown source', () => {
    const broken = copy();
    const claim = broken.claims[1]!;
    claim.responses[0]!.source = 'no-such-source';
    const message = validationMessage(broken);
    expect(message).toContain(`claim "${claim.id}"`);
    expect(message).toContain('responses.0.source');
  });

  it('reports a duplicate claim id', () => {
    const broken = copy();
    broken.claims.push(structuredClone(broken.claims[0]!));
    expect(validationMessage(broken)).toContain(`claim "${broken.claims[0]!.id}", field “id”: duplicate id.`);
  });
});
