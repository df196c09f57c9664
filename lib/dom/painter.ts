import type { Hit } from '../match/matcher.ts';
import { NodeHits } from './node-hits.ts';
import { SlateHighlights } from './slate-highlights.ts';
import { positionOf, type TextMap } from './text-map.ts';
import { CUE_SUFFIX, ViewportCue, type WatchIntersections } from './viewport-cue.ts';

// Paints hits with the CSS Custom Highlight API: one live Range per hit, gathered in one Highlight
// per slate registered as `right-of-reply-<slate id>` (the public contract, see README). The page's
// DOM is never touched. The painter's own index (text node -> hits touching it) answers "which
// claim is here?" for clicks and tells a rescan which old hits its text replaces.

const HIGHLIGHT_PREFIX = 'right-of-reply-';
/** The claim the reader moved to with the keyboard, or whose popover is open. */
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

export function highlightName(slate: string): string {
  return `${HIGHLIGHT_PREFIX}${slate}`;
}

/** The highlight that underlines a slate's hits near the viewport (viewport-cue.ts). */
export function cueHighlightName(slate: string): string {
  return `${highlightName(slate)}${CUE_SUFFIX}`;
}

/** The slice of `Highlight` used here: a set of ranges (jsdom has none, so tests pass their own). */
export interface RangeSet {
  add(range: Range): unknown;
  delete(range: Range): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
}

/** The slice of `CSS.highlights` (HighlightRegistry) used here. */
interface RangeSetRegistry {
  set(name: string, highlight: RangeSet): unknown;
  delete(name: string): boolean;
}

export interface HighlightApi {
  registry: RangeSetRegistry;
  create(): RangeSet;
}

/** The page's own highlight API, or null where the browser has none. */
export function browserHighlightApi(view: Window & typeof globalThis): HighlightApi | null {
  const registry = (view.CSS as { highlights?: RangeSetRegistry } | undefined)?.highlights;
  const HighlightClass = (view as { Highlight?: new () => RangeSet }).Highlight;
  if (registry === undefined || HighlightClass === undefined) return null;
  return { registry, create: () => new HighlightClass() };
}

export interface PaintedHit {
  readonly hit: Hit;
  readonly range: Range;
  /** Every text node the hit touches, in order: its index keys, and how a removal is noticed. */
  readonly nodes: readonly Text[];
}

export class Painter {
  private readonly slates: SlateHighlights;
  /** Most nodes hold one hit or two; a whole page in one text node may hold thousands. */
  private readonly byNode = new Map<Text, NodeHits<PaintedHit>>();
  private readonly byRange = new Map<Range, PaintedHit>();
  private focus: RangeSet | null = null;
  private focused: PaintedHit | null = null;
  private readonly cue: ViewportCue | null;

  /** `watchIntersections`, where given, underlines the hits near the viewport (viewport-cue.ts). */
  constructor(
    private readonly api: HighlightApi,
    watchIntersections?: WatchIntersections,
  ) {
    this.slates = new SlateHighlights(api, highlightName);
    this.cue =
      watchIntersections === undefined ? null : new ViewportCue(api, watchIntersections, cueHighlightName);
  }

  /** Painted hits, in the order they were painted (document order within a scan). */
  get hits(): IterableIterator<PaintedHit> {
    return this.byRange.values();
  }

  has(painted: PaintedHit): boolean {
    return this.byRange.get(painted.range) === painted;
  }

  get size(): number {
    return this.byRange.size;
  }

  /**
   * Paints the hits (offsets into `map.text`, as the matcher returns them), first forgetting every
   * old hit that touches the map's nodes, so a rescan replaces what it covers and never doubles it.
   * Hits whose nodes changed since the map was read are skipped: their change queues a rescan.
   * A map holding a piece of a long node replaces only the hits that start in its piece.
   */
  paint(map: TextMap, hits: readonly Hit[], accept: (node: Text) => boolean = () => true): void {
    for (const [index, node] of map.nodes.entries()) {
      const from = map.offsets[index] as number;
      const start = map.starts[index] as number;
      const taken = (map.starts[index + 1] ?? map.text.length) - start;
      if (from === 0 && taken >= (map.data[index] as string).length) this.forgetNode(node);
      else this.forgetPiece(node, from, from + Math.min(taken, map.ownedLength - start));
    }
    for (const hit of hits) {
      if (hit.start >= map.ownedLength) continue;
      const first = positionOf(map, hit.start);
      const last = positionOf(map, hit.end - 1);
      const nodes = map.nodes.slice(first.index, last.index + 1);
      const endOffset = last.offset + 1;
      if (!nodes.every((node, i) => node.isConnected && node.data === map.data[first.index + i])) continue;
      if (endOffset > last.node.data.length || !accept(first.node)) continue;
      const range = first.node.ownerDocument.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, endOffset);
      this.add({ hit, range, nodes });
    }
  }

  /** The painted hit covering this point of the page, if any. */
  hitAt(node: Node, offset: number): PaintedHit | null {
    const candidates = this.byNode.get(node as Text);
    return candidates?.all.find((painted) => painted.range.isPointInRange(node, offset)) ?? null;
  }

  /** The painted hit a range of one of the painter's highlights belongs to. */
  hitOf(range: AbstractRange): PaintedHit | null {
    return this.byRange.get(range as Range) ?? null;
  }

  /** Forgets every hit touching the node; true if there was one. */
  forgetNode(node: Text): boolean {
    const painted = this.byNode.get(node);
    if (painted === undefined) return false;
    this.removeAll([...painted.all]);
    return true;
  }

  /**
   * Forgets the node's hits that start in [from, to) of its text, and, for a piece at its start,
   * those that start in an earlier node.
   */
  private forgetPiece(node: Text, from: number, to: number): void {
    const painted = this.byNode.get(node);
    if (painted !== undefined) this.removeAll(painted.startingIn(from, to));
  }

  /** Forgets hits whose text left the page, or was cut out from under them (the range collapsed). */
  prune(): boolean {
    const gone = [...this.byRange.values()].filter(
      (painted) => painted.range.collapsed || !painted.nodes.every((node) => node.isConnected),
    );
    this.removeAll(gone);
    return gone.length > 0;
  }

  removeWhere(predicate: (painted: PaintedHit) => boolean): number {
    const removed = [...this.byRange.values()].filter(predicate);
    this.removeAll(removed);
    return removed.length;
  }

  /** Switches a slate off: its whole highlight is dropped at once. */
  removeSlate(slate: string): number {
    if (!this.slates.drop(slate)) return 0;
    return this.removeWhere((painted) => painted.hit.slate === slate);
  }

  clear(): void {
    this.removeWhere(() => true);
  }

  /** Shows the focus highlight on one hit (null: on none). */
  setFocus(painted: PaintedHit | null): void {
    this.focused = painted;
    if (painted === null) {
      if (this.focus !== null) this.api.registry.delete(FOCUS_HIGHLIGHT);
      this.focus = null;
      return;
    }
    if (this.focus === null) {
      this.focus = this.api.create();
      // Above the slate highlights where they overlap.
      this.focus.priority = 1;
      this.api.registry.set(FOCUS_HIGHLIGHT, this.focus);
    }
    this.focus.clear();
    this.focus.add(painted.range);
  }

  get focusedHit(): PaintedHit | null {
    return this.focused;
  }

  private add(painted: PaintedHit): void {
    this.slates.add(painted.hit.slate, painted.range);
    this.cue?.track(painted);
    this.byRange.set(painted.range, painted);
    for (const node of painted.nodes) {
      let list = this.byNode.get(node);
      if (list === undefined) {
        list = new NodeHits(node);
        this.byNode.set(node, list);
      }
      list.add(painted);
    }
  }

  /**
   * Forgets the hits, then takes them from each node's list at once: removing thousands of hits
   * from one node's list one at a time would cost their number squared.
   */
  private removeAll(hits: readonly PaintedHit[]): void {
    const removedFrom = new Map<Text, Set<PaintedHit>>();
    for (const painted of hits) {
      if (!this.byRange.delete(painted.range)) continue;
      this.cue?.untrack(painted);
      this.slates.delete(painted.hit.slate, painted.range);
      for (const node of painted.nodes) {
        const removed = removedFrom.get(node);
        if (removed === undefined) removedFrom.set(node, new Set([painted]));
        else removed.add(painted);
      }
      if (this.focused === painted) this.setFocus(null);
    }
    for (const [node, removed] of removedFrom) {
      const list = this.byNode.get(node);
      list?.removeAll(removed);
      if (list?.size === 0) this.byNode.delete(node);
    }
  }
}
