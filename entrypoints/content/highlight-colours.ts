import { highlightCss } from '../../lib/dom/highlight-css.ts';
import { sendMessage } from '../../extension/page/content-messaging.ts';

// The highlight stylesheet the extension ships has the corpus's colours. A reader's own colours
// reach the page the same way, as a stylesheet the browser injects (scripting.insertCSS, through
// the background), never a <style> element: only once the page has a highlight to colour, and
// before that highlight is painted. So do the tints of a dark page, chosen from its background:
// the shipped tints all but vanish there.

interface HighlightColours {
  /** Resolves once the page's stylesheet has the current colours (at once when they are the defaults). */
  ready(): Promise<void>;
  /** The reader changed colours: restyle the page if it has highlights. */
  update(colours: Record<string, string>, hasHighlights: boolean): void;
}

export function createHighlightColours(
  slateIds: readonly string[],
  defaults: Readonly<Record<string, string>>,
  initial: Record<string, string>,
  /** The page's background when it is dark (see darkPageBackground), else null. */
  darkBackground: string | null,
): HighlightColours {
  let colours = initial;
  /**
   * The colours the page's stylesheet has: the shipped defaults until the first injection; none
   * on a dark page, whose tints the shipped stylesheet does not have.
   */
  let applied: Readonly<Record<string, string>> = darkBackground === null ? defaults : {};
  let pending: Promise<void> | null = null;
  const same = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean =>
    slateIds.every((slate) => a[slate] === b[slate]);
  const apply = (): Promise<void> => {
    if (same(colours, applied)) return pending ?? Promise.resolve();
    const wanted = colours;
    pending = sendMessage(
      'page.setHighlightStyle',
      highlightCss(slateIds, wanted, darkBackground ?? undefined),
    )
      .then(() => {
        applied = wanted;
      })
      // Painting with the shipped colours beats not painting; the next change tries again.
      .catch(() => undefined);
    return pending;
  };
  return {
    ready: apply,
    update(next, hasHighlights) {
      colours = next;
      if (hasHighlights) void apply();
    },
  };
}
