import type { ClaimMatcher, Hit } from '../matcher.ts';
import { isExcludedElement, UI_HOST_TAG } from './exclusions.ts';
import { HIGHLIGHT_SELECTOR, highlight, removeHighlights, type HighlightDecorator } from './highlighter.ts';
import { elementOf, isElement } from './node-kinds.ts';
import { blockOf, collectText, isBlockElement } from './text-map.ts';

// Keeps a page's highlights in step with its text: a full scan at start, then only what the page
// adds later (infinite scroll, "read more", single-page apps), debounced. The observer is paused
// while the scanner itself edits the DOM, so its own <mark>s never trigger another scan.

export interface PageScannerOptions {
  matcher: ClaimMatcher;
  decorate: HighlightDecorator;
  /** Which hits to show (slate switches); hits it rejects are not marked. */
  wanted: (hit: Hit) => boolean;
  /** Called after highlights were added or removed, by the scanner or by the page. */
  onChange: () => void;
  debounceMs?: number;
}

export class PageScanner {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observing = false;

  constructor(
    private readonly root: Element,
    private readonly options: PageScannerOptions,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Removes every highlight and scans the whole root again. */
  rescanAll(): void {
    this.withoutObserving(() => {
      removeHighlights(this.root.querySelectorAll(HIGHLIGHT_SELECTOR));
      this.scanSubtree(this.root);
    });
    this.options.onChange();
  }

  /** Removes the highlights the predicate selects, restoring the page's text. */
  removeWhere(predicate: (mark: Element) => boolean): void {
    this.withoutObserving(() => {
      removeHighlights([...this.root.querySelectorAll(HIGHLIGHT_SELECTOR)].filter(predicate));
    });
    this.options.onChange();
  }

  /** Scans the given subtrees again (their old highlights are replaced, never doubled). */
  rescan(roots: Iterable<Node>): void {
    const targets = outermost([...roots].map((node) => scanRootFor(node)).filter((node) => node.isConnected));
    if (targets.length === 0) return;
    this.withoutObserving(() => {
      for (const target of targets) {
        if (isElement(target)) removeHighlights(target.querySelectorAll(HIGHLIGHT_SELECTOR));
        this.scanSubtree(target);
      }
    });
    this.options.onChange();
  }

  start(): void {
    this.observing = true;
    this.connect();
  }

  stop(): void {
    this.observing = false;
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private scanSubtree(target: Node): void {
    const map = collectText(target);
    if (map.text.length === 0) return;
    const hits = this.options.matcher.find(map.text).filter(this.options.wanted);
    highlight(map, hits, this.options.decorate);
  }

  private connect(): void {
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
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
      this.rescan(nodes);
    }, this.options.debounceMs ?? 200);
  }
}

function isInsideOwnUi(node: Node): boolean {
  const element = elementOf(node);
  return element !== null && (element.localName === UI_HOST_TAG || element.closest(UI_HOST_TAG) !== null);
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
