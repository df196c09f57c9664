import { storage } from '@wxt-dev/storage';
import {
  addDismissal,
  parseDismissals,
  removeDismissal,
  type Dismissal,
} from '../../lib/dismissals/dismissal.ts';

// The reader's dismissed highlights, in the extension's local storage: never in a visited page's
// storage, and never synced (page addresses stay on this machine).

export const dismissalsItem = storage.defineItem<unknown>('local:dismissals', { fallback: [] });

export async function loadDismissals(): Promise<Dismissal[]> {
  return parseDismissals(await dismissalsItem.getValue());
}

export async function saveDismissal(dismissal: Dismissal): Promise<void> {
  await dismissalsItem.setValue(addDismissal(await loadDismissals(), dismissal));
}

export async function restoreDismissal(
  dismissal: Pick<Dismissal, 'claimId' | 'pageUrl' | 'text'>,
): Promise<void> {
  await dismissalsItem.setValue(removeDismissal(await loadDismissals(), dismissal));
}

/** Calls `onChange` with every dismissal whenever they change; returns the unwatch function. */
export function watchDismissals(onChange: (dismissals: Dismissal[]) => void): () => void {
  return dismissalsItem.watch((stored) => {
    onChange(parseDismissals(stored));
  });
}
