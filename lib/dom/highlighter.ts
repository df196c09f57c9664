import type { Hit } from '../match/matcher.ts';
import { positionOf, type TextMap } from './text-map.ts';

// Wraps hits in <mark data-claim data-slate>, straight from the text map, which already knows every
// text node and its offset. One pass in document order. Each piece of a hit is cut out of its text
// node, with as few changes to the live page as it takes: the page's own node stays in place as the
// text before the piece (or is moved into the <mark> when the piece starts it), and the <mark> is
// decorated while still detached.
//
// This replaced mark.js's markRanges (one call per block): on the 1 MB bench page mark.js took about
// 100 ms for 4,841 marks and this takes about 25 ms (bench/results.md). Most of mark.js's time went
// to setting itself up and walking each block's text nodes again, which the text map has done.

export const HIGHLIGHT_SELECTOR = 'mark[data-claim]';

export interface HighlightDecorator {
  /**
   * Called for each <mark> made, in document order, before it is put in the page; `first` is true
   * for the first piece of a hit split across elements.
   */
  (mark: HTMLElement, hit: Hit, first: boolean): void;
}

/** What is left unmarked of the map's node `index` once a piece was cut out of it. */
interface NodeRest {
  index: number;
  node: Text;
  /** Where the rest starts in the map's text. */
  start: number;
}

/**
 * Marks the hits (sorted by start, not overlapping: what the matcher returns for this map's text).
 * A hit split across elements (`winning <em>every</em> internal`) gets one <mark> per text node.
 */
export function highlight(map: TextMap, hits: readonly Hit[], decorate: HighlightDecorator): void {
  const document = map.nodes[0]?.ownerDocument;
  if (document === undefined) return;
  // Hits come in order, so only the last node a hit touched can hold the next one too.
  let rest: NodeRest | null = null;
  for (const hit of hits) {
    const first = positionOf(map, hit.start).index;
    const last = positionOf(map, hit.end - 1).index;
    let firstPiece = true;
    for (let index = first; index <= last; index++) {
      const resumed: NodeRest | null = rest?.index === index ? rest : null;
      const node: Text = resumed?.node ?? (map.nodes[index] as Text);
      const nodeStart: number = resumed?.start ?? (map.starts[index] as number);
      const from = Math.max(hit.start, nodeStart) - nodeStart;
      const to = Math.min(hit.end, nodeStart + node.data.length) - nodeStart;
      if (to <= from) continue;
      rest = to < node.data.length ? { index, node: node.splitText(to), start: nodeStart + to } : null;
      const mark = document.createElement('mark');
      decorate(mark, hit, firstPiece);
      firstPiece = false;
      if (from === 0) {
        node.parentNode?.insertBefore(mark, node);
        mark.appendChild(node);
      } else {
        // The page's node keeps the text before the piece; the piece goes in new, still detached.
        mark.appendChild(document.createTextNode(node.data.slice(from)));
        node.deleteData(from, to - from);
        node.parentNode?.insertBefore(mark, node.nextSibling);
      }
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
