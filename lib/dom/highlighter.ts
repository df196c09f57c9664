import Mark from 'mark.js';
import type { Hit } from '../matcher.ts';
import { MARKJS_EXCLUDE } from './exclusions.ts';
import { SHOW_TEXT } from './node-kinds.ts';
import { positionOf, type TextMap } from './text-map.ts';

// Wraps hits in <mark data-claim data-slate> with mark.js: one markRanges call per block that has
// hits, with offsets local to that block. (One call over the whole body makes mark.js walk the whole
// document for every range; per block it walks only the text it wraps.)

export const HIGHLIGHT_SELECTOR = 'mark[data-claim]';

export interface HighlightDecorator {
  /** Called for each <mark> made; `first` is true for the first piece of a hit split across elements. */
  (mark: HTMLElement, hit: Hit, first: boolean): void;
}

interface BlockRange {
  start: number;
  length: number;
  hit: Hit;
}

/** Offsets of each text node within its block as mark.js counts them (its exclusions, document order). */
function markjsOffsets(block: Element): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const walker = block.ownerDocument.createTreeWalker(block, SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    if (text.parentElement?.matches(MARKJS_EXCLUDE)) continue;
    offsets.set(text, offset);
    offset += text.data.length;
  }
  return offsets;
}

function rangesByBlock(map: TextMap, hits: readonly Hit[]): Map<Element, BlockRange[]> {
  const byBlock = new Map<Element, BlockRange[]>();
  const offsetsByBlock = new Map<Element, Map<Text, number>>();
  for (const hit of hits) {
    const first = positionOf(map, hit.start);
    const last = positionOf(map, hit.end - 1);
    const block = map.blocks[first.index] as Element;
    let offsets = offsetsByBlock.get(block);
    if (offsets === undefined) {
      offsets = markjsOffsets(block);
      offsetsByBlock.set(block, offsets);
    }
    const startNodeOffset = offsets.get(first.node);
    const endNodeOffset = offsets.get(last.node);
    if (startNodeOffset === undefined || endNodeOffset === undefined) continue;
    const start = startNodeOffset + first.offset;
    const end = endNodeOffset + last.offset + 1;
    const list = byBlock.get(block);
    const range = { start, length: end - start, hit };
    if (list) list.push(range);
    else byBlock.set(block, [range]);
  }
  return byBlock;
}

export function highlight(map: TextMap, hits: readonly Hit[], decorate: HighlightDecorator): void {
  for (const [block, ranges] of rangesByBlock(map, hits)) {
    const started = new Set<BlockRange>();
    new Mark(block as HTMLElement).markRanges(ranges, {
      element: 'mark',
      exclude: [MARKJS_EXCLUDE],
      each(element: Element, range: unknown) {
        const blockRange = range as BlockRange;
        const first = !started.has(blockRange);
        started.add(blockRange);
        decorate(element as HTMLElement, blockRange.hit, first);
      },
    });
  }
}

/**
 * Unwraps the given highlights, restoring the page's text exactly. Works in one batch: each mark
 * is replaced by its children, then each touched parent is normalised once (re-joining the text
 * nodes mark.js split), instead of mark.js's unmark, which walks the whole context per call.
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
