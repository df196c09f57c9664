import type { HighlightApi, PaintedHit } from './painter.ts';
import { SlateHighlights } from './slate-highlights.ts';

// The underline that tells slates apart without colour (highlight-css.ts), drawn only near the
// viewport. Chromium redraws every decorated highlight range on the page whenever any highlight
// changes: on a 1 MB page with 4,042 ranges underlined, a scan's last paint stalled the page
// 104 ms against 55 ms with the tint alone, and in one 5 MB text node 483 ms against 131 ms. The
// reader sees only what is near the viewport, so only those ranges carry the underline: each
// slate's cue highlight, `right-of-reply-<slate>-cue`, holds the ranges of its hits whose element
// is within one screen of the viewport, as an IntersectionObserver reports it.

/** The cue highlight of a slate: the slate's highlight name with this suffix. */
export const CUE_SUFFIX = '-cue';

/**
 * Text nodes longer than this carry the tint alone: Chromium lays out the underline of a text node
 * as a whole, so one decorated range in a 5 MB node cost a 163 ms frame (50 ranges; none: 7 ms).
 */
export const LONGEST_UNDERLINED_NODE = 50_000;

/** How far beyond the viewport, above and below, hits carry the cue: scrolling finds it drawn. */
const NEAR_VIEWPORT = '100% 0px';

/** The slice of IntersectionObserver used here (jsdom has none, so tests pass their own). */
export interface IntersectionWatch {
  observe(target: Element): void;
  unobserve(target: Element): void;
}

export type WatchIntersections = (
  report: (entries: readonly { target: Element; isIntersecting: boolean }[]) => void,
  rootMargin: string,
) => IntersectionWatch;

/** The page's own IntersectionObserver, as a WatchIntersections. */
export function browserIntersections(view: Window & typeof globalThis): WatchIntersections {
  return (report, rootMargin) =>
    new view.IntersectionObserver(
      (entries) => {
        report(entries);
      },
      { rootMargin },
    );
}

export class ViewportCue {
  private readonly slates: SlateHighlights;
  /**
   * The hits of each watched element (the parent of a hit's first text node), and the reverse.
   * Arrays, not sets: most elements hold one hit or two, and a page may have thousands of them.
   */
  private readonly byElement = new Map<Element, PaintedHit[]>();
  private readonly elementOf = new Map<PaintedHit, Element>();
  /**
   * Elements last reported near. Weak, and kept when an element's hits are all forgotten: a rescan
   * forgets a block's hits and paints them again at once, and their underline stays drawn
   * meanwhile rather than waiting a frame for the observer's first report.
   */
  private readonly near = new WeakSet<Element>();
  /** Made at the first hit: a page with none keeps no observer. */
  private watch: IntersectionWatch | null = null;

  constructor(
    api: HighlightApi,
    private readonly watchIntersections: WatchIntersections,
    cueName: (slate: string) => string,
  ) {
    this.slates = new SlateHighlights(api, cueName);
  }

  track(painted: PaintedHit): void {
    const element = watchedElementOf(painted);
    if (element === null) return;
    let hits = this.byElement.get(element);
    if (hits === undefined) {
      hits = [];
      this.byElement.set(element, hits);
      this.watch ??= this.watchIntersections((entries) => {
        this.report(entries);
      }, NEAR_VIEWPORT);
      this.watch.observe(element);
    }
    hits.push(painted);
    this.elementOf.set(painted, element);
    if (this.near.has(element)) this.show(painted);
  }

  untrack(painted: PaintedHit): void {
    // The element as it was when tracked: the text may have moved or grown since.
    const element = this.elementOf.get(painted);
    if (element === undefined) return;
    this.elementOf.delete(painted);
    const hits = this.byElement.get(element)!;
    hits.splice(hits.indexOf(painted), 1);
    this.hide(painted);
    if (hits.length > 0) return;
    this.byElement.delete(element);
    this.watch?.unobserve(element);
  }

  private report(entries: readonly { target: Element; isIntersecting: boolean }[]): void {
    for (const { target, isIntersecting } of entries) {
      const hits = this.byElement.get(target);
      // The observer's first report on each element says where it is: most, far away, change nothing.
      if (hits === undefined || isIntersecting === this.near.has(target)) continue;
      if (isIntersecting) this.near.add(target);
      else this.near.delete(target);
      for (const painted of hits) {
        if (isIntersecting) this.show(painted);
        else this.hide(painted);
      }
    }
  }

  private show({ hit, range }: PaintedHit): void {
    this.slates.add(hit.slate, range);
  }

  private hide({ hit, range }: PaintedHit): void {
    this.slates.delete(hit.slate, range);
  }
}

/** The element whose nearness decides a hit's cue, or null for a hit in a text node too long for one. */
function watchedElementOf(painted: PaintedHit): Element | null {
  const [first] = painted.nodes;
  if (first === undefined || painted.nodes.some((node) => node.length > LONGEST_UNDERLINED_NODE)) return null;
  return first.parentElement;
}
