import { describe, expect, it, vi } from 'vitest';
import { dismissalsItem } from '../../extension/dismissals/dismissal-store.ts';
import { DISMISSALS_KEY, SETTING_KEYS } from '../../extension/page/content-storage.ts';
import {
  enabledItem,
  hiddenSlatesItem,
  pausedSitesItem,
  slateColoursItem,
} from '../../extension/settings.ts';

// The content script reads storage without the storage library the rest of the extension writes
// it with: both must name the same keys.

// The storage library reaches for the extension API as it loads: a bare stand-in is enough here.
vi.hoisted(() => {
  const area = {
    get: () => Promise.resolve({}),
    set: () => Promise.resolve(),
    remove: () => Promise.resolve(),
  };
  const events = { addListener: () => {}, removeListener: () => {} };
  Object.assign(globalThis, {
    chrome: {
      runtime: { id: 'test' },
      storage: { local: area, sync: area, session: area, managed: area, onChanged: events },
    },
  });
});

describe('content-script storage keys', () => {
  it('are the keys the settings are written under', () => {
    expect(enabledItem.key).toBe(`sync:${SETTING_KEYS.enabled}`);
    expect(hiddenSlatesItem.key).toBe(`sync:${SETTING_KEYS.hiddenSlates}`);
    expect(pausedSitesItem.key).toBe(`sync:${SETTING_KEYS.pausedSites}`);
    expect(slateColoursItem.key).toBe(`sync:${SETTING_KEYS.slateColours}`);
  });

  it('is the key the dismissals are written under', () => {
    expect(dismissalsItem.key).toBe(`local:${DISMISSALS_KEY}`);
  });
});
