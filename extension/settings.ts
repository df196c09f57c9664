import { storage } from '@wxt-dev/storage';
import {
  DEFAULT_SETTINGS,
  latestReload,
  readerSettingsOf,
  type ReaderSettings,
} from '../lib/controls/settings-model.ts';

// The reader's settings in extension storage, `sync:` so they follow the reader between browsers
// where the browser syncs. One item per setting, so the popup and the options page can each change
// one without overwriting the other's change.

export const enabledItem = storage.defineItem<boolean>('sync:enabled', {
  fallback: DEFAULT_SETTINGS.enabled,
});
export const hiddenSlatesItem = storage.defineItem<string[]>('sync:hiddenSlates', {
  fallback: [...DEFAULT_SETTINGS.hiddenSlates],
});
export const pausedSitesItem = storage.defineItem<string[]>('sync:pausedSites', {
  fallback: [...DEFAULT_SETTINGS.pausedSites],
});
export const slateColoursItem = storage.defineItem<Record<string, string>>('sync:slateColours', {
  fallback: { ...DEFAULT_SETTINGS.slateColours },
});

export async function loadSettings(): Promise<ReaderSettings> {
  const [enabled, hiddenSlates, pausedSites, slateColours] = await Promise.all([
    enabledItem.getValue(),
    hiddenSlatesItem.getValue(),
    pausedSitesItem.getValue(),
    slateColoursItem.getValue(),
  ]);
  return readerSettingsOf({ enabled, hiddenSlates, pausedSites, slateColours });
}

/** Calls `onChange` with all settings whenever any of them changes; returns the unwatch function. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  const reload = latestReload(loadSettings, onChange);
  const unwatches = [
    enabledItem.watch(reload),
    hiddenSlatesItem.watch(reload),
    pausedSitesItem.watch(reload),
    slateColoursItem.watch(reload),
  ];
  return () => {
    unwatches.forEach((unwatch) => {
      unwatch();
    });
  };
}
