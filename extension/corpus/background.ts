import { corpus } from '../../data/corpus.ts';
import { indexCorpus } from '../../lib/corpus/corpus-index.ts';
import { onMessage } from '../messaging.ts';

export function registerCorpusService(): void {
  const index = indexCorpus(corpus);
  onMessage('getClaimDetails', ({ data: claimId }) => index.resolve(claimId) ?? null);
}
