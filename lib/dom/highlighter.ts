import Mark from 'mark.js';
import type { Hit } from '../matcher.ts';
import { EXCLUDED, MARKJS_EXCLUDE } from './exclusions.ts';
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

interface BlockPlan {
  /** Offsets of each text node within the block as mark.js counts them. */
  offsets: Map<Text, number>;
  /** mark.js's exclusions for this block: none when nothing in it is excluded. */
  exclude: string[];
  ranges: BlockRange[];
}

/**
 * Plans one block. mark.js counts a block's text as the text map does only if it skips the same
 * excluded elements; matching a text node's parent against the descendant selectors that takes
 * is the costliest part of marking, so it is done only in the rare block that holds an excluded
 * element (a button or an input inside a paragraph).
 */
function planBlock(block: Element): BlockPlan {
  const checkExclusions = block.querySelector(EXCLUDED) !== null;
  const offsets = new Map<Text, number>();
  const walker = block.ownerDocument.createTreeWalker(block, SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    if (checkExclusions && text.parentElement?.matches(MARKJS_EXCLUDE)) continue;
    offsets.set(text, offset);
    offset += text.data.length;
  }
  return { offsets, exclude: checkExclusions ? [MARKJS_EXCLUDE] : [], ranges: [] };
}

function planBlocks(map: TextMap, hits: readonly Hit[]): Map<Element, BlockPlan> {
  const plans = new Map<Element, BlockPlan>();
  for (const hit of hits) {
    const first = positionOf(map, hit.start);
    const last = positionOf(map, hit.end - 1);
    const block = map.blocks[first.index] as Element;
    let plan = plans.get(block);
    if (plan === undefined) {
      plan = planBlock(block);
      plans.set(block, plan);
    }
    const startNodeOffset = plan.offsets.get(first.node);
    const endNodeOffset = plan.offsets.get(last.node);
    if (startNodeOffset === undefined || endNodeOffset === undefined) continue;
    const start = startNodeOffset + first.offset;
    const end = endNodeOffset + last.offset + 1;
    plan.ranges.push({ start, length: end - start, hit });
  }
  return plans;
}

export function highlight(map: TextMap, hits: readonly Hit[], decorate: HighlightDecorator): void {
  for (const [block, plan] of planBlocks(map, hits)) {
    const started = new Set<BlockRange>();
    new Mark(block as HTMLElement).markRanges(plan.ranges, {
      element: 'mark',
      exclude: plan.exclude,
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
