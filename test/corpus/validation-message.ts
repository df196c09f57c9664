import { expect } from 'vitest';
import type { Corpus } from '../../lib/corpus/corpus-schema.ts';
import { CorpusError, validateCorpus } from '../../lib/corpus/validate-corpus.ts';

/** What validation says of a corpus that must fail it; a corpus it accepts fails the test. */
export function validationMessage(broken: Corpus): string {
  try {
    validateCorpus(broken);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as Error).message;
  }
  throw new Error('validateCorpus accepted a broken corpus');
}
