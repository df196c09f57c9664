import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { corpus } from '../data/corpus.ts';
import { collectText } from '../lib/dom/text-map.ts';
import { compileMatcher } from '../lib/match/matcher.ts';
import { BLOCK_BREAK } from '../lib/match/normalise.ts';

// The hits a saved page produces through the real pipeline (text map + matcher), as plain data
// that is kept beside the page as a baseline and compared hit by hit.

export interface BaselineHit {
  claim: string;
  slate: string;
  text: string;
}

export const ROOT = path.resolve(import.meta.dirname, '..');

/** Saved pages with baselines: `<name>.html` beside `<name>.hits.json`. */
export const BASELINE_PAGES = [
  'test/fixtures/pages/demo-article.html',
  'test/fixtures/articles/labourlist-your-momentum.html',
  'test/fixtures/articles/clarion-internationalists.html',
  'test/fixtures/articles/end-the-cycle-of-defeat.html',
];

const matcher = compileMatcher(corpus.claims, corpus.synonyms);

export function pageHits(htmlFile: string): BaselineHit[] {
  const dom = new JSDOM(readFileSync(path.join(ROOT, htmlFile), 'utf8'));
  const map = collectText(dom.window.document.body);
  return matcher.find(map.text).map((hit) => ({
    claim: hit.claimId,
    slate: hit.slate,
    text: map.text.slice(hit.start, hit.end).replaceAll(BLOCK_BREAK, ' '),
  }));
}

export function baselineFile(htmlFile: string): string {
  return path.join(ROOT, htmlFile.replace(/\.html$/, '.hits.json'));
}
