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

// The reader's settings as they apply to this page: which hits the scanner may mark (the global
// switch, slate switches, site pause, "hide on this page now"), and the live change when a setting
// changes in the popup or options page.

interface ReaderView {
  /** The scanner's `wanted` filter. */
  wanted: (hit: Hit) => boolean;
  /** No highlights on this page, for any reason. */
  readonly paused: boolean;
  /** Hidden on this page only, not saved: a reload shows the highlights again. */
  readonly hiddenHere: boolean;
  readonly colours: Record<string, string>;
  /** Takes the new settings and changes the page to match: removes or brings back highlights. */
  apply(settings: ReaderSettings, scanner: PageScanner, painter: Painter): void;
  /** Hides or shows this page's highlights, whatever the settings say. */
  setHiddenHere(hidden: boolean, scanner: PageScanner, painter: Painter): void;
}

export function createReaderView(
  initial: ReaderSettings,
  host: string | null,
  slates: readonly { id: string; colour: string }[],
): ReaderView {
  const slateIds = slates.map((slate) => slate.id);
  let settings = initial;
  let hiddenHere = false;
  const stateOf = () => ({
    shownSlates: new Set(slateIds.filter((id) => isSlateShown(settings, id))),
    paused: !settings.enabled || hiddenHere || (host !== null && isPaused(settings.pausedSites, host)),
    colours: slateColours(slates, settings.slateColours),
  });
  let state = stateOf();

  const update = (scanner: PageScanner, painter: Painter): void => {
    const before = state;
    state = stateOf();
    const change = planHighlightChange(before, state, slateIds);
    // A paused page is not watched: what it adds later must not be highlighted either.
    if (state.paused && !before.paused) scanner.stop();
    for (const slate of change.removeSlates) painter.removeSlate(slate);
    if (change.rescan) void scanner.rescanAll();
    if (!state.paused && before.paused) scanner.start();
  };

  return {
    wanted: (hit) => !state.paused && state.shownSlates.has(hit.slate),
    get paused() {
      return state.paused;
    },
    get colours() {
      return state.colours;
    },
    get hiddenHere() {
      return hiddenHere;
    },
    apply(next, scanner, painter) {
      settings = next;
      update(scanner, painter);
    },
    setHiddenHere(hidden, scanner, painter) {
      hiddenHere = hidden;
      update(scanner, painter);
    },
  };
}
