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

/** Every painted hit in document order. */
export function hitsInOrder(painter: Painter): PaintedHit[] {
  return [...painter.hits].sort(compare);
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
    const hits = hitsInOrder(painter);
    if (hits.length === 0) return false;
    const current = painter.focusedHit;
    const index = current === null ? -1 : hits.indexOf(current);
    let target: PaintedHit | undefined;
    if (index === -1) {
      // Nothing focused yet: start from what the reader is looking at.
      const inView = hits.findIndex((painted) => painted.range.getBoundingClientRect().bottom >= 0);
      const first = inView === -1 ? 0 : inView;
      target = direction === 1 ? hits[first] : (hits[first - 1] ?? hits[hits.length - 1]);
    } else {
      target = hits[(index + direction + hits.length) % hits.length];
    }
    if (target === undefined) return false;
    reveal(target);
    return true;
  };
  return {
    showClaim(claimId) {
      const first = hitsInOrder(painter).find((painted) => painted.hit.claimId === claimId);
      if (first === undefined) return false;
      reveal(first);
      return true;
    },
    showNextClaim: () => step(1),
    showPreviousClaim: () => step(-1),
  };
}
