import { loadDismissals, watchDismissals } from '../../extension/page/content-storage.ts';
import {
  dismissalPageUrl,
  dismisses,
  sameDismissal,
  type Dismissal,
} from '../../lib/dismissals/dismissal.ts';
import type { MatchRequest } from '../../lib/dom/match-request.ts';
import type { Painter } from '../../lib/dom/painter.ts';
import type { Hit } from '../../lib/match/matcher.ts';

// Highlights the reader dismissed ("this isn't that claim") stay off this page: hits are dropped
// before they are painted, a new dismissal removes its ranges at once, and a restored one (undo in
// the popover, or the options page's list) comes back with a rescan.

interface PageDismissals {
  /** The hits of each request, without those dismissed on this page. */
  keep(requests: readonly MatchRequest[], results: Hit[][]): Hit[][];
}

export async function watchPageDismissals(
  painter: Painter,
  /** After a change: `restored` asks for a rescan; otherwise ranges were only removed. */
  onChange: (restored: boolean) => void,
  signal: AbortSignal,
): Promise<PageDismissals> {
  let records: Dismissal[] = await loadDismissals().catch(() => []);
  const hidden = (claimId: string, text: string): boolean => {
    const pageUrl = dismissalPageUrl(location.href);
    return records.some((record) => dismisses(record, claimId, pageUrl, text));
  };
  const unwatch = watchDismissals((next) => {
    const restored = records.some((old) => !next.some((record) => sameDismissal(record, old)));
    records = next;
    painter.removeWhere((painted) => hidden(painted.hit.claimId, painted.range.toString()));
    onChange(restored);
  });
  signal.addEventListener('abort', unwatch);
  return {
    keep: (requests, results) =>
      results.map((hits, index) => {
        const text = requests[index]?.text ?? '';
        return hits.filter((hit) => !hidden(hit.claimId, text.slice(hit.start, hit.end)));
      }),
  };
}
