import type { ClaimMatcher, Hit, SurroundingText } from '../match/matcher.ts';
import { BLOCK_BREAK } from '../match/normalise.ts';
import { isExcludedElement, UI_HOST_TAG } from './exclusions.ts';
import { HIGHLIGHT_SELECTOR, highlight, removeHighlights, type HighlightDecorator } from './highlighter.ts';
import { elementOf, isElement } from './node-kinds.ts';
import { blockOf, isBlockElement, TextCollector, textBeside } from './text-map.ts';

// Keeps a page's highlights in step with its text: a full scan at start, then only what the page
// adds later (infinite scroll, "read more", single-page apps), debounced. Long pages are scanned in
// slices between which the page gets the main thread back. Records of the scanner's own edits are
// dropped, so its <mark>s never trigger another scan.

export interface PageScannerOptions {
  matcher: ClaimMatcher;
  decorate: HighlightDecorator;
  /** Which hits to show (slate switches); hits it rejects are not marked. */
  wanted: (hit: Hit) => boolean;
  /** Called after highlights were added or removed, by the scanner or by the page. */
  onChange: () => void;
  debounceMs?: number;
}

/** Text per segment: matching and marking one takes a few milliseconds, so slices end on time. */
const SEGMENT_CHARS = 16_384;
/**
 * Text either side of a segment read for context words: the matcher's window is 40 words, and
 * 40 words hardly ever take more than this.
 */
const CONTEXT_CHARS = 1_000;
/**
 * Work this long before giving the main thread back to the page: under the 50 ms that makes a
 * long task with a segment's worth to spare, and not much less, since every yield lets the page
 * render a frame, whose style and layout cost grows with the page.
 */
const SLICE_BUDGET_MS = 30;

export class PageScanner {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observing = false;
  /** Scans run one after another, so two never mark the same text. */
  private queue: Promise<void> = Promise.resolve();
  /** Bumped by rescanAll: a scan from an older generation stops at its next slice. */
  private generation = 0;
  private scanningMs = 0;

  constructor(
    private readonly root: Element,
    private readonly options: PageScannerOptions,
  ) {
    this.observer = new MutationObserver((records) => {
      this.onMutations(records);
    });
  }

  /**
   * Main-thread time spent scanning so far, without the time the page had between slices:
   * what the scanner itself costs (reported by the benchmark).
   */
  get workMs(): number {
    return this.scanningMs;
  }

  /** Removes every highlight and scans the whole root again; resolves when done. */
  rescanAll(): Promise<void> {
    const generation = ++this.generation;
    return this.enqueue(async () => {
      this.withoutObserving(() => {
        removeHighlights(this.root.querySelectorAll(HIGHLIGHT_SELECTOR));
      });
      await this.scanSubtree(this.root, generation);
    });
  }

  /** Scans the given subtrees again (their old highlights are replaced, never doubled). */
  rescan(roots: Iterable<Node>): Promise<void> {
    const nodes = [...roots];
    const generation = this.generation;
    return this.enqueue(async () => {
      const targets = outermost(nodes.map(scanRootFor).filter((node) => node.isConnected));
      for (const target of targets) {
        if (isElement(target)) {
          this.withoutObserving(() => {
            removeHighlights(target.querySelectorAll(HIGHLIGHT_SELECTOR));
          });
        }
        await this.scanSubtree(target, generation);
      }
    });
  }

  /** Removes the highlights the predicate selects, restoring the page's text. */
  removeWhere(predicate: (mark: Element) => boolean): void {
    this.withoutObserving(() => {
      removeHighlights([...this.root.querySelectorAll(HIGHLIGHT_SELECTOR)].filter(predicate));
    });
    this.options.onChange();
  }

  start(): void {
    this.observing = true;
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observing = false;
    this.generation++;
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const run = this.queue.then(job).finally(() => {
      this.options.onChange();
    });
    // A failed scan must not block the ones after it; the caller still sees the failure.
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Matches and marks a subtree segment by segment, yielding to the page between slices. */
  private async scanSubtree(target: Node, generation: number): Promise<void> {
    const collector = new TextCollector(target);
    let previousText: string | null = null;
    let sliceStart = now();
    try {
      for (;;) {
        if (generation !== this.generation) return;
        const map = collector.next(SEGMENT_CHARS);
        if (map === null) return;
        const surrounding = this.surroundingText(target, collector, previousText);
        const hits = this.options.matcher.find(map.text, surrounding).filter(this.options.wanted);
        previousText = map.text;
        if (hits.length > 0)
          this.withoutObserving(() => {
            highlight(map, hits, this.options.decorate);
          });
        if (collector.hasMore && now() - sliceStart >= SLICE_BUDGET_MS) {
          this.scanningMs += now() - sliceStart;
          await yieldToPage();
          sliceStart = now();
        }
      }
    } finally {
      this.scanningMs += now() - sliceStart;
    }
  }

  /**
   * The text either side of the segment just collected, for a form whose context words stand
   * there; read only if the matcher asks. Before the first segment and after the last, it is the
   * page's text beside the target (none beside the root).
   */
  private surroundingText(
    target: Node,
    collector: TextCollector,
    previousText: string | null,
  ): SurroundingText {
    return {
      before: () =>
        (previousText ?? textBeside(target, this.root, 'before', CONTEXT_CHARS)).slice(-CONTEXT_CHARS),
      after: () => {
        const ahead = collector.peekText(CONTEXT_CHARS);
        if (ahead.length >= CONTEXT_CHARS) return ahead;
        const beyond = textBeside(target, this.root, 'after', CONTEXT_CHARS);
        return ahead === '' ? beyond : `${ahead}${BLOCK_BREAK}${beyond}`;
      },
    };
  }

  private withoutObserving(edit: () => void): void {
    // Handle what the page did before our edit, then drop the records the edit itself queues
    // (mutation records are queued synchronously, so takeRecords right after the edit has them all).
    if (this.observing) this.onMutations(this.observer.takeRecords());
    try {
      edit();
    } finally {
      if (this.observing) this.observer.takeRecords();
    }
  }

  private onMutations(records: MutationRecord[]): void {
    let highlightsRemoved = false;
    for (const record of records) {
      if (isInsideOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        this.pending.add(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!isInsideOwnUi(node)) this.pending.add(node);
      }
      for (const node of record.removedNodes) {
        if (isElement(node) && (node.matches(HIGHLIGHT_SELECTOR) || node.querySelector(HIGHLIGHT_SELECTOR))) {
          highlightsRemoved = true;
        }
      }
    }
    if (highlightsRemoved) this.options.onChange();
    if (this.pending.size === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const nodes = [...this.pending];
      this.pending.clear();
      void this.rescan(nodes);
    }, this.options.debounceMs ?? 200);
  }
}

function isInsideOwnUi(node: Node): boolean {
  const element = elementOf(node);
  return element?.closest(UI_HOST_TAG) != null;
}

/** The subtree to rescan for a changed node: a new block is scanned alone, inline text with its block. */
function scanRootFor(node: Node): Node {
  if (isElement(node) && (isBlockElement(node) || isExcludedElement(node))) return node;
  return blockOf(node);
}

/** Drops nodes contained in another node of the list. */
function outermost(nodes: Node[]): Node[] {
  const unique = [...new Set(nodes)];
  return unique.filter((node) => !unique.some((other) => other !== node && other.contains(node)));
}

function now(): number {
  return performance.now();
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the page handle input and paint: scheduler.yield where the browser has it, else a task. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
