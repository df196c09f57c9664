import { browser } from 'wxt/browser';
import { latestReload, readerSettingsOf, type ReaderSettings } from '../../lib/controls/settings-model.ts';
import { parseDismissals, type Dismissal } from '../../lib/dismissals/dismissal.ts';

// What the content script reads of extension storage, on the browser's own storage API: the
// storage library would be loaded into every page the reader opens, for four settings and one
// list it only reads and watches. The keys are those extension/settings.ts and
// extension/dismissals/dismissal-store.ts write (their `sync:enabled` is `enabled` in sync
// storage); test/extension/content-storage.test.ts keeps the two in step.

/**
 * The reader's settings, in sync storage, each under its own name, so what storage returns reads
 * as the settings (readerSettingsOf).
 */
export const SETTING_KEYS = {
  enabled: 'enabled',
  hiddenSlates: 'hiddenSlates',
  pausedSites: 'pausedSites',
  slateColours: 'slateColours',
} as const satisfies { [Setting in keyof ReaderSettings]: Setting };
/** The reader's dismissed highlights, in local storage. */
export const DISMISSALS_KEY = 'dismissals';

const settingKeys = Object.values(SETTING_KEYS);

export async function loadSettings(): Promise<ReaderSettings> {
  return readerSettingsOf(await browser.storage.sync.get(settingKeys));
}

/** Calls `onChange` with all settings whenever any of them changes; returns the unwatch function. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  const reload = latestReload(loadSettings, onChange);
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'sync' && settingKeys.some((key) => key in changes)) reload();
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
