import type { Claim, Corpus } from '../lib/corpus/corpus-schema.ts';
import slates from './slates.json';
import sources from './sources.json';
import synonyms from './synonyms.json';
import miCashman from './claims/mi-cashman-clarion-2020.json';
import miWhatWeStandFor from './claims/mi-what-we-stand-for-2020.json';
import ymLabourList from './claims/ym-labourlist-2022.json';
import moNewSocialist from './claims/mo-new-socialist-interview-2022.json';
import moAbrams from './claims/mo-abrams-end-the-cycle-2022.json';

// The corpus as shipped: one claims file per source (claims/<source id>.json), imported one by one
// because bundlers need static imports. test/corpus.test.ts checks this list against sources.json
// through scripts/corpus-files.ts. It is validated at build and test time (lib/corpus/validate-corpus.ts), so the
// content script can use it without bundling zod.
export const corpus: Corpus = {
  slates,
  sources,
  claims: [...ymLabourList, ...moAbrams, ...moNewSocialist, ...miCashman, ...miWhatWeStandFor] as Claim[],
  synonyms: synonyms,
};
