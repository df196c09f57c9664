import { summariseClaims } from '../../lib/controls/page-summary.ts';
import type { Painter } from '../../lib/dom/painter.ts';
import type { PageClaims } from '../../extension/controls/protocol.ts';
import { sendMessage } from '../../extension/page/content-messaging.ts';
import { hitsByClaimInOrder } from './claim-navigation.ts';

// What this page claims, read from the painter's index, and reported to the background (the
// badge, and the popup while it is open) whenever the highlights change.

const REPORT_DELAY_MS = 50;

export function readPageClaims(
  painter: Painter,
  host: string | null,
  paused: boolean,
): Omit<PageClaims, 'hiddenHere'> {
  const pieces = hitsByClaimInOrder(painter)
    .flat()
    .map((painted, index) => ({
      claimId: painted.hit.claimId,
      slate: painted.hit.slate,
      hit: String(index),
    }));
  return { host, paused, claims: summariseClaims(pieces) };
}

/** Reports at most once per burst of changes (a scan changes the highlights many times). */
export function createClaimsReporter(read: () => PageClaims, signal: AbortSignal): { schedule(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    // The background may be restarting; the next change reports again.
    sendMessage('controls.reportPageClaims', read()).catch(() => undefined);
  };
  const schedule = (): void => {
    timer ??= setTimeout(report, REPORT_DELAY_MS);
  };
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
  });
  // The browser clears a tab's badge when it navigates, also back to a page kept in the
  // back-forward cache, whose content script does not run again.
  addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) schedule();
    },
    { signal },
  );
  return { schedule };
}
