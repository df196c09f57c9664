import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIGHLIGHT_SELECTOR } from '../../lib/dom/highlighter.ts';
import { summariseClaims, type HighlightPiece } from '../../lib/controls/page-summary.ts';
import type { PageClaims } from '../../extension/controls/protocol.ts';
import { sendMessage } from '../../extension/messaging.ts';

// What this page claims, read from its highlights, and reported to the background (the badge,
// and the popup while it is open) whenever the highlights change.

const REPORT_DELAY_MS = 50;

export function readPageClaims(
  root: ParentNode,
  host: string | null,
  paused: boolean,
): Omit<PageClaims, 'hiddenHere'> {
  const pieces: HighlightPiece[] = [];
  for (const mark of root.querySelectorAll(HIGHLIGHT_SELECTOR)) {
    const claimId = mark.getAttribute('data-claim');
    const slate = mark.getAttribute('data-slate');
    if (claimId === null || slate === null) continue;
    pieces.push({ claimId, slate, hit: mark.getAttribute('data-hit') ?? claimId });
  }
  return { host, paused, claims: summariseClaims(pieces) };
}

/** Reports at most once per burst of changes (a rescan changes the highlights many times). */
export function createClaimsReporter(
  ctx: ContentScriptContext,
  read: () => PageClaims,
): { schedule(): void } {
  let timer: number | undefined;
  const report = (): void => {
    timer = undefined;
    if (ctx.isInvalid) return;
    // The background may be restarting; the next change reports again.
    sendMessage('reportPageClaims', read()).catch(() => undefined);
  };
  const schedule = (): void => {
    if (timer === undefined) timer = ctx.setTimeout(report, REPORT_DELAY_MS);
  };
  // The browser clears a tab's badge when it navigates, also back to a page kept in the
  // back-forward cache, whose content script does not run again.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (event.persisted) schedule();
  });
  return { schedule };
}
