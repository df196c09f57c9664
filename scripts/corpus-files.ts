import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateCorpus } from '../lib/corpus.ts';
import type { Corpus } from '../lib/corpus-schema.ts';

// Reads and validates the corpus from its JSON files on disk, fresh on every call, for build-time
// code (the Vite plugin, the build hook) that must see edits without a restart.

const CLAIM_FILES = ['claims/ym.json', 'claims/mo.json', 'claims/mi.json'];
export const CORPUS_FILES = ['slates.json', 'sources.json', ...CLAIM_FILES];

export function readCorpus(dataDir: string): Corpus {
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
  const claims = CLAIM_FILES.flatMap((file) => read(file) as unknown[]);
  return validateCorpus({ slates: read('slates.json'), sources: read('sources.json'), claims });
}
