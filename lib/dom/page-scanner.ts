import type { Hit } from '../match/matcher.ts';
import { closestExcluded, isOwnUiHost } from './exclusions.ts';
import type { MatchRequest } from './match-request.ts';
import { elementOf, isElement, SHOW_TEXT } from './node-kinds.ts';
import type { Painter } from './painter.ts';
import { SlicePacer } from './slice-pacer.ts';
import { BLOCK_BREAK, blockOf, isBlockElement, TextCollector, textBeside, type TextMap } from './text-map.ts';

// Keeps a page's highlights in step with its text: a full scan at start, then what the page adds
// or edits later (infinite scroll, "read more", single-page apps, live updates), batched. Long pages
// are read in slices between which the page gets the main thread back (lib/dom/slice-pacer.ts);
// matching may run elsewhere (the content script asks the background), so the page only pays for
// reading text and painting.
// The page's DOM is never changed, so nothing the scanner does shows up in its own observer.

/** Matches segments, one list of hits (offsets into that segment's text) per request. */
export type MatchSegments = (requests: MatchRequest[]) => Promise<Hit[][]>;

export interface PageScannerOptions {
  match: MatchSegments;
  painter: Painter;
  /** Which hits to show (slate switches); hits it rejects are not painted. */
  wanted: (hit: Hit) => boolean;
  /** Called after highlights were added or removed, by a scan or by the page. */
  onChange: () => void;
  /** Quiet time after the page's last change before its changes are scanned. */
  debounceMs?: number;
  /** Longest a change waits, however busy the page: a ticker must not hold highlights back. */
  maxWaitMs?: number;
}

/** Text per segment: the text map of one is a few hundred nodes. */
const SEGMENT_CHARS = 16_384;
/** Most text per match request: fewer round trips, each still cheap to copy. Time decides below it. */
const BATCH_CHARS = 131_072;
/** Text either side of a segment sent for context words: the matcher's window is 40 words. */
const CONTEXT_CHARS = 1_000;
/** Changed nodes remembered between scans; past this, the page is scanned whole instead. */
const MAX_PENDING = 1_000;
/**
 * Least time between two paints of one scan. Whenever a highlight changes, the browser redraws
 * every range of every highlight at its next frame (Chromium: about 10–50 ms per 1,000 ranges), so
 * a long scan paints what it has found every so often, not after every slice.
 */
const PAINT_INTERVAL_MS = 300;
/** …and waits longer as the ranges grow, so redrawing stays a small share of the scan's frames. */
const PAINT_INTERVAL_MS_PER_RANGE = 0.1;

export class PageScanner {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  /** More changes came than MAX_PENDING: the next flush scans the whole page. */
  private overflowed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;
  private observing = false;
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** Scans run one after another, so two never paint the same text. */
  private queue: Promise<void> = Promise.resolve();
  /** Bumped by rescanAll and stop: a scan from an older generation stops at its next slice. */
  private generation = 0;
  private readonly pacer: SlicePacer;

  constructor(
    private readonly document: Document,
    private readonly options: PageScannerOptions,
  ) {
    this.observer = new MutationObserver((records) => {
      this.onMutations(records);
    });
    this.pacer = new SlicePacer(document.defaultView);
  }

  /** Main-thread time spent scanning so far, without the time the page had between slices. */
  get workMs(): number {
    return this.pacer.workMs;
  }

  /** Changed nodes waiting for the next batch (bounded by MAX_PENDING). */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Resolves once every scan queued so far has finished. */
  settled(): Promise<void> {
    return this.queue;
  }

  /**
   * Scans the whole page again; resolves when done. Highlights stay in place meanwhile and are
   * replaced as their text is read; the ones whose text was not read again are dropped at the end.
   */
  rescanAll(): Promise<void> {
    const generation = ++this.generation;
    return this.enqueue(async () => {
      const before = new Set(this.options.painter.hits);
      const root = this.document.documentElement;
      if (this.document.designMode === 'on') {
        this.options.painter.clear();
        return;
      }
      await this.scanTarget(root, generation);
      for (const shadowRoot of this.shadowRoots) {
        if (shadowRoot.host.isConnected) await this.scanTarget(shadowRoot, generation);
      }
      if (generation === this.generation) this.options.painter.removeWhere((painted) => before.has(painted));
    });
  }

  /** Scans the given subtrees again (their old highlights are replaced, never doubled). */
  rescan(nodes: Iterable<Node>): Promise<void> {
    const generation = this.generation;
    const changed = [...nodes];
    return this.enqueue(async () => {
      if (this.document.designMode === 'on') return;
      for (const target of outermost(scanTargets(changed))) await this.scanTarget(target, generation);
    });
  }

  start(): void {
    this.observing = true;
    this.observe(this.document.documentElement);
    for (const shadowRoot of this.shadowRoots) this.observe(shadowRoot);
  }

  stop(): void {
    this.observing = false;
    this.generation++;
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.overflowed = false;
  }

  private observe(root: Node): void {
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    });
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const run = this.queue.then(job).finally(() => {
      this.options.onChange();
    });
    // A failed scan must not block the ones after it; the caller still sees the failure.
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads and matches a subtree batch by batch, each batch as much as the slice has time for,
   * yielding to the page between slices, and paints what it found every PAINT_INTERVAL_MS or more.
   */
  private async scanTarget(target: Node, generation: number): Promise<void> {
    const contextRoot = target.getRootNode();
    const collector = new TextCollector(target, {
      onShadowRoot: (shadowRoot) => {
        this.addShadowRoot(shadowRoot);
      },
    });
    const pacer = this.pacer;
    let previous: TextMap | null = null;
    /** Read and matched, painted at the next paint. */
    let unpainted: { maps: TextMap[]; results: Hit[][] } = { maps: [], results: [] };
    let lastPaint = now();
    pacer.begin();
    try {
      for (;;) {
        if (generation !== this.generation) return;
        const maps: TextMap[] = [];
        const requests: MatchRequest[] = [];
        let chars = 0;
        while (chars < BATCH_CHARS && pacer.hasRoomFor(chars + SEGMENT_CHARS, maps.length === 0)) {
          const map = collector.next(SEGMENT_CHARS);
          if (map === null) break;
          const before =
            previous === null
              ? textBeside(target, contextRoot, 'before', CONTEXT_CHARS)
              : previous.text.slice(0, previous.ownedLength);
          maps.push(map);
          requests.push({
            text: map.text,
            before: before.slice(-CONTEXT_CHARS),
            after: textAfter(collector, target, contextRoot),
          });
          chars += map.text.length;
          previous = map;
        }
        if (maps.length > 0) {
          const called = now();
          const matching = this.options.match(requests);
          // Matching may run elsewhere: the wait for it is not the scan's work, nor part of its slice.
          const sentMs = now() - called;
          const results = await matching;
          pacer.exclude(now() - called - sentMs);
          if (generation !== this.generation) return;
          pacer.record(chars, sentMs);
          unpainted.maps.push(...maps);
          unpainted.results.push(...results);
        }
        const paintDue =
          now() - lastPaint >=
          Math.max(PAINT_INTERVAL_MS, this.options.painter.size * PAINT_INTERVAL_MS_PER_RANGE);
        if (!collector.hasMore || paintDue) {
          this.paint(unpainted.maps, unpainted.results);
          unpainted = { maps: [], results: [] };
          lastPaint = now();
        }
        if (!collector.hasMore) return;
        if (pacer.overBudget) await pacer.pause();
      }
    } finally {
      pacer.end();
    }
  }

  private paint(maps: readonly TextMap[], results: readonly Hit[][]): void {
    const shown = new Map<Element, boolean>();
    const accept = (node: Text): boolean => {
      const parent = node.parentElement;
      if (parent === null) return false;
      let known = shown.get(parent);
      if (known === undefined) {
        known = isShown(parent);
        shown.set(parent, known);
      }
      return known;
    };
    for (const [index, map] of maps.entries()) {
      const hits = (results[index] ?? []).filter(this.options.wanted);
      this.options.painter.paint(map, hits, accept);
    }
  }

  private addShadowRoot(shadowRoot: ShadowRoot): void {
    if (this.shadowRoots.has(shadowRoot)) return;
    this.shadowRoots.add(shadowRoot);
    if (this.observing) this.observe(shadowRoot);
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      const target = record.target;
      if (isInsideOwnUi(target)) continue;
      if (record.type === 'attributes') {
        this.onEditableChange(target as Element);
        continue;
      }
      if (record.type === 'characterData') {
        this.remember(target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(isElement(node) && isOwnUiHost(node))) this.remember(node);
      }
      if (record.removedNodes.length > 0) removed = true;
    }
    if (removed && this.options.painter.prune()) this.options.onChange();
    this.schedule();
  }

  /** A region became editable (the reader types there now): its highlights go; or stopped being so. */
  private onEditableChange(element: Element): void {
    if (closestExcluded(element) === null) {
      this.remember(element);
      return;
    }
    const walker = this.document.createTreeWalker(element, SHOW_TEXT);
    let forgot = false;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      forgot = this.options.painter.forgetNode(node as Text) || forgot;
    }
    if (forgot) this.options.onChange();
  }

  private remember(node: Node): void {
    if (this.overflowed) return;
    if (this.pending.size >= MAX_PENDING) {
      // Memory stays bounded under any rate of change: past this, one whole-page scan does.
      this.pending.clear();
      this.overflowed = true;
      return;
    }
    this.pending.add(node);
  }

  private schedule(): void {
    if (this.pending.size === 0 && !this.overflowed) return;
    const time = now();
    if (this.timer === undefined) this.firstPendingAt = time;
    else clearTimeout(this.timer);
    const debounce = this.options.debounceMs ?? 200;
    const maxWait = this.options.maxWaitMs ?? 1_000;
    const wait = Math.max(0, Math.min(debounce, this.firstPendingAt + maxWait - time));
    this.timer = setTimeout(() => {
      this.flush();
    }, wait);
  }

  private flush(): void {
    this.timer = undefined;
    const nodes = [...this.pending];
    this.pending.clear();
    if (this.overflowed) {
      this.overflowed = false;
      void this.rescanAll();
      return;
    }
    void this.rescan(nodes);
  }
}

function isInsideOwnUi(node: Node): boolean {
  for (let element = elementOf(node); element !== null; element = element.parentElement) {
    if (isOwnUiHost(element)) return true;
  }
  return false;
}

/** Text a reader can see: not hidden by CSS (display, visibility, content-visibility) nor by ARIA. */
function isShown(element: Element): boolean {
  if (element.closest('[aria-hidden="true"]') !== null) return false;
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ visibilityProperty: true });
  }
  // Where checkVisibility is missing (jsdom): the hidden attribute and inline or sheet display:none.
  const view = element.ownerDocument.defaultView;
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    if (current.hasAttribute('hidden') || view?.getComputedStyle(current).display === 'none') return false;
  }
  return true;
}

/** The text after the segment just collected: what the collector has next, then beyond the target. */
function textAfter(collector: TextCollector, target: Node, contextRoot: Node): string {
  const ahead = collector.peekText(CONTEXT_CHARS);
  if (ahead.length >= CONTEXT_CHARS || collector.hasMore) return ahead;
  const beyond = textBeside(target, contextRoot, 'after', CONTEXT_CHARS);
  return ahead === '' ? beyond : `${ahead}${BLOCK_BREAK}${beyond}`;
}

/**
 * The subtree to rescan for each changed node still on the page: a new block alone, inline text
 * with its block. A node added and removed again before the scan is dropped, not widened to <html>.
 */
function scanTargets(nodes: readonly Node[]): Node[] {
  const targets: Node[] = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    if (isElement(node) && (isBlockElement(node) || closestExcluded(node) !== null)) targets.push(node);
    else targets.push(blockOf(node));
  }
  return targets;
}

/** Drops nodes inside another node of the list (each node's ancestors looked up once). */
function outermost(nodes: readonly Node[]): Node[] {
  const unique = new Set(nodes);
  return [...unique].filter((node) => {
    for (let parent = node.parentNode; parent !== null; parent = parent.parentNode) {
      if (unique.has(parent)) return false;
    }
    return true;
  });
}

function now(): number {
  return performance.now();
}
