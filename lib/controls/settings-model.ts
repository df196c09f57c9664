import { isHexColour } from './contrast.ts';

// What the reader chose, as stored: whether the extension is on at all, slates they hid (so a slate added to the corpus later starts
// shown), sites they paused (see site-pause.ts), and their own highlight colours by slate id.
// Stored values come from sync storage another browser may have written, so every reader here
// tolerates junk and falls back to the defaults.

export interface ReaderSettings {
  /** The global switch: false hides every highlight on every page. */
  enabled: boolean;
  hiddenSlates: readonly string[];
  pausedSites: readonly string[];
  slateColours: Readonly<Record<string, string>>;
}

/** On, all slates shown, no site paused, the corpus colours. */
export const DEFAULT_SETTINGS: ReaderSettings = Object.freeze({
  enabled: true,
  hiddenSlates: Object.freeze([]),
  pausedSites: Object.freeze([]),
  slateColours: Object.freeze({}),
});

export function isSlateShown(settings: ReaderSettings, slateId: string): boolean {
  return !settings.hiddenSlates.includes(slateId);
}

/** The hidden-slates list after the reader switched one slate on or off. */
export function withSlateShown(hiddenSlates: readonly string[], slateId: string, shown: boolean): string[] {
  const others = hiddenSlates.filter((id) => id !== slateId);
  return shown ? others : [...others, slateId];
}

/** The colour of each slate: the reader's choice when it is a valid #rrggbb, else the corpus colour. */
export function slateColours(
  slates: readonly { id: string; colour: string }[],
  chosen: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    slates.map((slate) => {
      const choice = chosen[slate.id];
      return [slate.id, isHexColour(choice) ? choice.toLowerCase() : slate.colour];
    }),
  );
}

/** Only an explicit `false` switches the extension off: junk keeps it on. */
export function enabledFlag(value: unknown): boolean {
  return value !== false;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function colourMap(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, colour]) => isHexColour(colour)));
}

/** The settings from what storage holds for each of them, whatever it holds (or nothing). */
export function readerSettingsOf(
  stored: Readonly<Partial<Record<keyof ReaderSettings, unknown>>>,
): ReaderSettings {
  return {
    enabled: enabledFlag(stored.enabled),
    hiddenSlates: stringList(stored.hiddenSlates),
    pausedSites: stringList(stored.pausedSites),
    slateColours: colourMap(stored.slateColours),
  };
}

/**
 * A reload: each call reads with `load` and hands the result to `use`, except a read that a later
 * call's read overtook. Reads may finish out of order when changes come in quick succession.
 */
export function latestReload<T>(load: () => Promise<T>, use: (value: T) => void): () => void {
  let latest = 0;
  return () => {
    const read = ++latest;
    void load().then((value) => {
      if (read === latest) use(value);
    });
  };
}

/** How the page must change when settings change: which slates lose highlights, and whether to scan. */
interface HighlightChange {
  /** Slates whose highlights are removed (all of them when the site was paused). */
  removeSlates: string[];
  /** True when hits that were filtered out are now wanted, so the page is scanned again. */
  rescan: boolean;
}

export function planHighlightChange(
  before: { shownSlates: ReadonlySet<string>; paused: boolean },
  after: { shownSlates: ReadonlySet<string>; paused: boolean },
  allSlates: readonly string[],
): HighlightChange {
  const visibleBefore = new Set(before.paused ? [] : [...before.shownSlates]);
  const visibleAfter = new Set(after.paused ? [] : [...after.shownSlates]);
  return {
    removeSlates: allSlates.filter((slate) => visibleBefore.has(slate) && !visibleAfter.has(slate)),
    rescan: allSlates.some((slate) => visibleAfter.has(slate) && !visibleBefore.has(slate)),
  };
}
