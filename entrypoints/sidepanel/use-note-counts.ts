import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../extension/messaging.ts';

/** How many notes the reader has on each claim (by claim id); null while loading or unreachable. */
export function useNoteCounts(): ReadonlyMap<string, number> | null {
  const [counts, setCounts] = useState<ReadonlyMap<string, number> | null>(null);
  useEffect(() => {
    let current = true;
    sendMessage('notes.list', {}).then(
      (notes) => {
        const byClaim = new Map<string, number>();
        for (const note of notes) byClaim.set(note.claimId, (byClaim.get(note.claimId) ?? 0) + 1);
        if (current) setCounts(byClaim);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return counts;
}
