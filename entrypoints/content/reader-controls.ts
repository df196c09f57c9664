import type { PageScanner } from '../../lib/dom/page-scanner.ts';
import type { Painter } from '../../lib/dom/painter.ts';
import type { Hit } from '../../lib/match/matcher.ts';
import { isPaused } from '../../lib/controls/site-pause.ts';
import {
  isSlateShown,
  planHighlightChange,
  slateColours,
  type ReaderSettings,
} from '../../lib/controls/settings-model.ts';

// The reader's settings as they apply to this page: which hits the scanner may mark (slate
// switches, site pause), and the live change when a setting changes in the popup or options page.

export interface ReaderView {
  /** The scanner's `wanted` filter. */
  wanted: (hit: Hit) => boolean;
  readonly paused: boolean;
  readonly colours: Record<string, string>;
  /** Takes the new settings and changes the page to match: removes or brings back highlights. */
  apply(settings: ReaderSettings, scanner: PageScanner, painter: Painter): void;
}

export function createReaderView(
  initial: ReaderSettings,
  host: string | null,
  slates: readonly { id: string; colour: string }[],
): ReaderView {
  const slateIds = slates.map((slate) => slate.id);
  const stateOf = (settings: ReaderSettings) => ({
    shownSlates: new Set(slateIds.filter((id) => isSlateShown(settings, id))),
    paused: host !== null && isPaused(settings.pausedSites, host),
    colours: slateColours(slates, settings.slateColours),
  });
  let state = stateOf(initial);

  return {
    wanted: (hit) => !state.paused && state.shownSlates.has(hit.slate),
    get paused() {
      return state.paused;
    },
    get colours() {
      return state.colours;
    },
    apply(settings, scanner, painter) {
      const before = state;
      state = stateOf(settings);
      const change = planHighlightChange(before, state, slateIds);
      // A paused page is not watched: what it adds later must not be highlighted either.
      if (state.paused && !before.paused) scanner.stop();
      for (const slate of change.removeSlates) painter.removeSlate(slate);
      if (change.rescan) void scanner.rescanAll();
      if (!state.paused && before.paused) scanner.start();
    },
  };
}
