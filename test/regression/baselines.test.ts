import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_PAGES, baselineFile, pageHits, type BaselineHit } from '../../scripts/page-hits.ts';

// A matcher or corpus change that alters what a saved page highlights fails here, hit by hit.
// After a deliberate change: `npm run baselines`, then review the diff of the .hits.json files.
describe('saved pages produce their recorded hits', () => {
  for (const page of BASELINE_PAGES) {
    it(page, () => {
      const expected = JSON.parse(readFileSync(baselineFile(page), 'utf8')) as BaselineHit[];
      expect(pageHits(page)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });
  }
});
