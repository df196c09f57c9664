import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BASELINE_PAGES, baselineFile, pageHits, ROOT } from './page-hits.ts';

// Rewrites the expected hits of every saved page after a deliberate matcher or corpus change.
// Review the diff: it is the change's effect on real pages, hit by hit.
for (const page of BASELINE_PAGES) {
  const hits = pageHits(page);
  writeFileSync(baselineFile(page), `${JSON.stringify(hits, null, 2)}\n`);
  console.log(`${path.relative(ROOT, baselineFile(page))}: ${hits.length} hits`);
}
