import type { Claim, Corpus, Slate, Source } from '../lib/corpus-schema.ts';
import slates from './slates.json';
import sources from './sources.json';
import ymClaims from './claims/ym.json';
import moClaims from './claims/mo.json';
import miClaims from './claims/mi.json';

// The corpus as shipped. It is validated at build and test time (lib/corpus.ts, run by the
// wxt.config.ts build hook and test/corpus), so the content script can use it without bundling zod.
export const corpus: Corpus = {
  slates: slates as Slate[],
  sources: sources as Source[],
  claims: [...ymClaims, ...moClaims, ...miClaims] as Claim[],
};
