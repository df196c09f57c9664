import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATCH_DATA_MODULE } from '../../scripts/vite-match-data.ts';

// The compiled match data reaches the background as a virtual module, named by a literal where it
// is imported and declared: both must be the id the build plugin provides.

const ROOT = path.resolve(import.meta.dirname, '../..');
const sourceOf = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
/** Every `virtual:` module a source file names. */
const virtualModulesIn = (file: string) =>
  [...sourceOf(file).matchAll(/['"](virtual:[^'"]*)['"]/g)].map((match) => match[1]);

describe('the match-data module id', () => {
  it('is the one the background imports and the one its type declaration declares', () => {
    expect(virtualModulesIn('extension/corpus/background.ts')).toEqual([MATCH_DATA_MODULE]);
    expect(virtualModulesIn('extension/corpus/match-data.d.ts')).toEqual([MATCH_DATA_MODULE]);
  });
});
