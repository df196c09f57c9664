import { storage } from '@wxt-dev/storage';
import {
  colourMap,
  DEFAULT_SETTINGS,
  enabledFlag,
  stringList,
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
  return {
    enabled: enabledFlag(enabled),
    hiddenSlates: stringList(hiddenSlates),
    pausedSites: stringList(pausedSites),
    slateColours: colourMap(slateColours),
  };
}

/** Calls `onChange` with all settings whenever any of them changes; returns the unwatch function. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  // Reads may finish out of order when changes come in quick succession: only the latest counts.
  let latest = 0;
  const reload = (): void => {
    const read = ++latest;
    void loadSettings().then((settings) => {
      if (read === latest) onChange(settings);
    });
  };
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
