import { browser } from 'wxt/browser';
import {
  colourMap,
  enabledFlag,
  stringList,
  type ReaderSettings,
} from '../../lib/controls/settings-model.ts';
import { parseDismissals, type Dismissal } from '../../lib/dismissals/dismissal.ts';

// What the content script reads of extension storage, on the browser's own storage API: the
// storage library would be loaded into every page the reader opens, for four settings and one
// list it only reads and watches. The keys are those extension/settings.ts and
// extension/dismissals/dismissal-store.ts write (their `sync:enabled` is `enabled` in sync
// storage); test/extension/content-storage.test.ts keeps the two in step.

/** The reader's settings, in sync storage. */
export const SETTING_KEYS = {
  enabled: 'enabled',
  hiddenSlates: 'hiddenSlates',
  pausedSites: 'pausedSites',
  slateColours: 'slateColours',
} as const;
/** The reader's dismissed highlights, in local storage. */
export const DISMISSALS_KEY = 'dismissals';

const settingKeys: string[] = Object.values(SETTING_KEYS);

export async function loadSettings(): Promise<ReaderSettings> {
  const stored = await browser.storage.sync.get(settingKeys);
  return {
    enabled: enabledFlag(stored[SETTING_KEYS.enabled]),
    hiddenSlates: stringList(stored[SETTING_KEYS.hiddenSlates]),
    pausedSites: stringList(stored[SETTING_KEYS.pausedSites]),
    slateColours: colourMap(stored[SETTING_KEYS.slateColours]),
  };
}

/** Calls `onChange` with all settings whenever any of them changes; returns the unwatch function. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  // Reads may finish out of order when changes come in quick succession: only the latest counts.
  let latest = 0;
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'sync' || !settingKeys.some((key) => key in changes)) return;
    const read = ++latest;
    void loadSettings().then((settings) => {
      if (read === latest) onChange(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}

export async function loadDismissals(): Promise<Dismissal[]> {
  const stored = await browser.storage.local.get(DISMISSALS_KEY);
  return parseDismissals(stored[DISMISSALS_KEY]);
}

/** Calls `onChange` with every dismissal whenever they change; returns the unwatch function. */
export function watchDismissals(onChange: (dismissals: Dismissal[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = area === 'local' ? changes[DISMISSALS_KEY] : undefined;
    if (change !== undefined) onChange(parseDismissals(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
  };
}
