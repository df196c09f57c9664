import path from 'node:path';
import { toMatchData } from '../lib/match/match-data.ts';
import { corpusFiles, readCorpus } from './corpus-files.ts';

// Provides the virtual module MATCH_DATA_MODULE: the validated corpus reduced to what the matcher
// needs (lib/match/match-data.ts). A corpus that breaks the schema fails the build here.

/**
 * The module's id. An import and an ambient declaration can only name it as a literal
 * (extension/corpus/background.ts, extension/corpus/match-data.d.ts); a unit test holds them to
 * this one (test/corpus/match-data-module.test.ts).
 */
export const MATCH_DATA_MODULE = 'virtual:right-of-reply/match-data';
const RESOLVED = `\0${MATCH_DATA_MODULE}`;

/** The slice of Vite's plugin interface used here, typed locally: WXT bundles its own Vite. */
interface MatchDataPlugin {
  name: string;
  resolveId(source: string): string | undefined;
  load(this: { addWatchFile(file: string): void }, id: string): string | undefined;
}

export function matchDataPlugin(dataDir: string): MatchDataPlugin {
  return {
    name: 'right-of-reply-match-data',
    resolveId(source) {
      return source === MATCH_DATA_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of corpusFiles(dataDir)) this.addWatchFile(path.join(dataDir, file));
      return `export default ${JSON.stringify(toMatchData(readCorpus(dataDir)))};`;
    },
  };
}
