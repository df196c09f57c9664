import type { Painter, PaintedHit } from '../../lib/dom/painter.ts';

// Taking the reader to a claim: from the popup's list, or to the next or previous one with the
// keyboard commands. The claim gets the focus highlight (its own highlight name), is scrolled into
// the middle of the view, and its popover opens with focus inside, so screen readers announce it.

/** The node in the document a node is shown at: itself, or the host of the shadow tree it is in. */
function inDocument(node: Node): Node {
  let current = node;
  for (let root = current.getRootNode(); root instanceof ShadowRoot; root = current.getRootNode()) {
    current = root.host;
  }
  return current;
}

function compare(a: PaintedHit, b: PaintedHit): number {
  const nodeA = inDocument(a.range.startContainer);
  const nodeB = inDocument(b.range.startContainer);
  if (nodeA === nodeB && a.range.startContainer.getRootNode() === b.range.startContainer.getRootNode()) {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  }
  return nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

// A page may hold thousands of hits, and each comparison asks the DOM: what is needed is found in
// one pass over them (n comparisons), never by sorting them all (n log n, about 90 ms of script
// in one task when 8,000 paragraphs came in at once).

/** The first (or last) in document order of the hits that pass `where`, or undefined for none. */
function edgeOf(
  end: 'first' | 'last',
  hits: Iterable<PaintedHit>,
  where: (painted: PaintedHit) => boolean = () => true,
): PaintedHit | undefined {
  const before = end === 'first' ? -1 : 1;
  let edge: PaintedHit | undefined;
  for (const painted of hits) {
    if (where(painted) && (edge === undefined || Math.sign(compare(painted, edge)) === before))
      edge = painted;
  }
  return edge;
}

/** Each claim's hits, the claims in order of their first hit on the page. */
export function hitsByClaimInOrder(painter: Painter): PaintedHit[][] {
  const byClaim = new Map<string, { first: PaintedHit; hits: PaintedHit[] }>();
  for (const painted of painter.hits) {
    const claim = byClaim.get(painted.hit.claimId);
    if (claim === undefined) byClaim.set(painted.hit.claimId, { first: painted, hits: [painted] });
    else {
      claim.hits.push(painted);
      if (compare(painted, claim.first) < 0) claim.first = painted;
    }
  }
  return [...byClaim.values()].sort((a, b) => compare(a.first, b.first)).map((claim) => claim.hits);
}

interface ClaimNavigation {
  showClaim(claimId: string): boolean;
  showNextClaim(): boolean;
  showPreviousClaim(): boolean;
}

export function createClaimNavigation(
  painter: Painter,
  open: (painted: PaintedHit) => void,
): ClaimNavigation {
  const reveal = (painted: PaintedHit): void => {
    painter.setFocus(painted);
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    painted.nodes[0]?.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reduceMotion ? 'auto' : 'smooth',
    });
    open(painted);
  };
  const step = (direction: 1 | -1): boolean => {
    const focused = painter.focusedHit;
    let target: PaintedHit | undefined;
    if (focused !== null && painter.has(focused)) {
      target =
        direction === 1
          ? edgeOf('first', painter.hits, (painted) => compare(painted, focused) > 0)
          : edgeOf('last', painter.hits, (painted) => compare(painted, focused) < 0);
    } else {
      // Nothing focused yet: start from what the reader is looking at, the first hit not above it.
      const inView = edgeOf(
        'first',
        painter.hits,
        (painted) => painted.range.getBoundingClientRect().bottom >= 0,
      );
      if (direction === 1) target = inView;
      else if (inView !== undefined)
        target = edgeOf('last', painter.hits, (painted) => compare(painted, inView) < 0);
    }
    // Past the last claim (or before the first), round to the other end.
    target ??= direction === 1 ? edgeOf('first', painter.hits) : edgeOf('last', painter.hits);
    if (target === undefined) return false;
    reveal(target);
    return true;
  };
  return {
    showClaim(claimId) {
      const first = edgeOf('first', painter.hits, (painted) => painted.hit.claimId === claimId);
      if (first === undefined) return false;
      reveal(first);
      return true;
    },
    showNextClaim: () => step(1),
    showPreviousClaim: () => step(-1),
  };
}
