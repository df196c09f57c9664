import type { Hit } from '../matcher.ts';
import { positionOf, type TextMap } from './text-map.ts';

// Wraps hits in <mark data-claim data-slate>, straight from the text map, which already knows every
// text node and its offset. One pass in document order; each piece of a hit is cut out of its text
// node with splitText (the page's own node stays in place as the text before it), decorated while
// still detached, then put in its place.
//
// This replaced mark.js's markRanges (one call per block): measured on the 1 MB bench page, mark.js
// took about 100 ms for 4,841 marks and this takes about 25 ms (bench/results.md). Most of mark.js's
// time went to setting itself up and re-walking each block's text nodes per call, which the text map
// has already done.

export const HIGHLIGHT_SELECTOR = 'mark[data-claim]';

export interface HighlightDecorator {
  /**
   * Called for each <mark> made, in document order, before it is put in the page; `first` is true
   * for the first piece of a hit split across elements.
   */
  (mark: HTMLElement, hit: Hit, first: boolean): void;
}

/**
 * Marks the hits (sorted by start, not overlapping: what the matcher returns for this map's text).
 * A hit split across elements (`winning <em>every</em> internal`) gets one <mark> per text node.
 */
export function highlight(map: TextMap, hits: readonly Hit[], decorate: HighlightDecorator): void {
  const document = map.nodes[0]?.ownerDocument;
  if (document === undefined) return;
  // The unmarked rest of each text node, and where it starts in the map's text: after a hit is cut
  // out of a node, the next hit in that node is looked for in what follows it.
  const rest = new Map<number, { node: Text; start: number }>();
  for (const hit of hits) {
    const first = positionOf(map, hit.start).index;
    const last = positionOf(map, hit.end - 1).index;
    let firstPiece = true;
    for (let index = first; index <= last; index++) {
      const current = rest.get(index) ?? { node: map.nodes[index] as Text, start: map.starts[index] as number };
      const from = Math.max(hit.start, current.start) - current.start;
      const to = Math.min(hit.end, current.start + current.node.data.length) - current.start;
      if (to <= from) continue;
      const piece = from > 0 ? current.node.splitText(from) : current.node;
      if (to - from < piece.data.length) rest.set(index, { node: piece.splitText(to - from), start: current.start + to });
      else rest.delete(index);
      const mark = document.createElement('mark');
      decorate(mark, hit, firstPiece);
      firstPiece = false;
      piece.parentNode?.replaceChild(mark, piece);
      mark.appendChild(piece);
    }
  }
}

/**
 * Unwraps the given highlights, restoring the page's text exactly. Works in one batch: each mark
 * is replaced by its children, then each touched parent is normalised once (re-joining the text
 * nodes that marking split), instead of unwrapping and normalising mark by mark.
 */
export function removeHighlights(marks: Iterable<Element>): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (parent === null) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
