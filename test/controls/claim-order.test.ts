// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createClaimNavigation, hitsByClaimInOrder } from '../../entrypoints/content/claim-navigation.ts';
import { readPageClaims } from '../../entrypoints/content/page-claims.ts';
import type { PaintedHit } from '../../lib/dom/painter.ts';
import { collectText } from '../../lib/dom/text-map.ts';
import { compileMatcher } from '../../lib/match/matcher.ts';
import { fakePainter } from '../dom/fake-highlights.ts';
import { setBody } from '../dom/fixture-dom.ts';

// The page's claims in page order (the popup's list and the badge), and the next and previous
// claim commands, when the painter learned its hits out of page order: a later block scanned
// first, as when content is added above what was already read.

const matcher = compileMatcher([
  { id: 'ym-every-election', slate: 'ym', match: ['winning every internal Labour election'] },
  { id: 'mo-defeat', slate: 'mo', match: ['two-and-a-half years of defeat and decline'] },
  { id: 'mi-strikes', slate: 'mi', match: ['refused to back strikes against council cuts'] },
]);

function paintedOutOfOrder() {
  const body = setBody(
    '<p id="a">It was two-and-a-half years of defeat and decline.</p>' +
      '<p id="b">They kept winning every internal Labour election.</p>' +
      '<p id="c">It refused to back strikes against council cuts, and two-and-a-half years of defeat and decline.</p>',
  );
  const { painter } = fakePainter();
  for (const id of ['#c', '#b', '#a']) {
    const map = collectText(body.querySelector(id)!);
    painter.paint(map, matcher.find(map.text));
  }
  return painter;
}

describe('claims in page order', () => {
  it('lists each claim once, at its first hit on the page, with its number of hits', () => {
    const painter = paintedOutOfOrder();
    expect(readPageClaims(painter, 'example.org', false).claims).toEqual([
      { claimId: 'mo-defeat', slate: 'mo', hits: 2 },
      { claimId: 'ym-every-election', slate: 'ym', hits: 1 },
      { claimId: 'mi-strikes', slate: 'mi', hits: 1 },
    ]);
    expect(hitsByClaimInOrder(painter).map((hits) => hits.length)).toEqual([2, 1, 1]);
  });

  it('steps through the hits in page order both ways, round the ends, from the first in view', () => {
    const painter = paintedOutOfOrder();
    const opened: string[] = [];
    const open = (painted: PaintedHit) =>
      opened.push(`${painted.hit.claimId}@${painted.nodes[0]!.parentElement!.id}`);
    // jsdom lays nothing out: every hit reads as in view, and scrolling does nothing.
    Element.prototype.scrollIntoView = vi.fn();
    Range.prototype.getBoundingClientRect = vi.fn().mockReturnValue({ bottom: 10 });
    window.matchMedia = vi.fn().mockReturnValue({ matches: true });
    const navigation = createClaimNavigation(painter, open);
    for (let step = 0; step < 5; step++) navigation.showNextClaim();
    navigation.showPreviousClaim();
    navigation.showPreviousClaim();
    expect(opened).toEqual([
      'mo-defeat@a',
      'ym-every-election@b',
      'mi-strikes@c',
      'mo-defeat@c',
      'mo-defeat@a',
      'mo-defeat@c',
      'mi-strikes@c',
    ]);
    painter.setFocus(null);
    opened.length = 0;
    navigation.showPreviousClaim();
    navigation.showClaim('mi-strikes');
    expect(opened).toEqual(['mo-defeat@c', 'mi-strikes@c']);
  });
});
