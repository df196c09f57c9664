import { dismissalPageUrl, SURROUNDING_CHARACTERS, type Dismissal } from '../../lib/dismissals/dismissal.ts';
import type { PaintedHit } from '../../lib/dom/painter.ts';

// The record of "this isn't that claim" for a painted hit: its text as the page shows it, a little
// of its text nodes either side, and how it matched.

export function dismissalOf(painted: PaintedHit, href: string, now: Date): Dismissal {
  const { range, hit } = painted;
  const first = painted.nodes[0];
  const last = painted.nodes[painted.nodes.length - 1];
  const before = first === undefined ? '' : first.data.slice(0, range.startOffset);
  const after = last === undefined ? '' : last.data.slice(range.endOffset);
  return {
    claimId: hit.claimId,
    pageUrl: dismissalPageUrl(href),
    text: range.toString(),
    before: before.slice(-SURROUNDING_CHARACTERS).trimStart(),
    after: after.slice(0, SURROUNDING_CHARACTERS).trimEnd(),
    how: hit.how,
    matched: [...hit.matched],
    dismissedAt: now.toISOString(),
  };
}
