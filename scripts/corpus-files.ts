import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateCorpus } from '../lib/corpus/validate-corpus.ts';
import type { Corpus } from '../lib/corpus/corpus-schema.ts';

// Reads and validates the corpus from its JSON files on disk, fresh on every call, for build-time
// code (the Vite plugin, the build hook) that must see edits without a restart. Claims live in one
// file per source, named by the source's id, so the list of claim files is sources.json itself.

const claimFileOf = (sourceId: string): string => `claims/${sourceId}.json`;

/** Every file the corpus is read from, relative to the data directory. */
export function corpusFiles(dataDir: string): string[] {
  const sources = JSON.parse(readFileSync(path.join(dataDir, 'sources.json'), 'utf8')) as { id: string }[];
  return ['slates.json', 'sources.json', 'synonyms.json', ...sources.map((source) => claimFileOf(source.id))];
}

export function readCorpus(dataDir: string): Corpus {
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
  const sources = read('sources.json');
  const sourceIds = Array.isArray(sources)
    ? sources.map((source: { id?: unknown }) => String(source.id))
    : [];
  const misfiled: string[] = [];
  const claims = sourceIds.flatMap((sourceId) => {
    const inFile = read(claimFileOf(sourceId));
    if (!Array.isArray(inFile)) return [inFile];
    for (const claim of inFile as { id?: unknown; source?: unknown }[]) {
      if (claim.source !== sourceId) {
        misfiled.push(
          `claim "${String(claim.id)}" has source "${String(claim.source)}" but is in ${claimFileOf(sourceId)}`,
        );
      }
    }
    return inFile as unknown[];
  });
  if (misfiled.length > 0) throw new Error(`Claims in the wrong file:\n  - ${misfiled.join('\n  - ')}`);
  return validateCorpus({ slates: read('slates.json'), sources, claims, synonyms: read('synonyms.json') });
}
