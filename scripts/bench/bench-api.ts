// What the page bundle (page-entry.ts) exposes on window, and what each call reports back.
// Shared by the bundle and by scripts/bench.ts, which calls it through page.evaluate.

export interface FloorResult {
  ms: number;
  collectMs: number;
  matchMs: number;
  textChars: number;
  hits: number;
}

export interface PhasesResult {
  collectMs: number;
  matchMs: number;
  markMs: number;
}

export interface LongTasks {
  /** Longest task overlapping the measured work, in ms; 0 when none passed 50 ms; null if unsupported. */
  longestMs: number | null;
  count: number;
  /**
   * The longest animation frame (> 50 ms) overlapping the work, split into the tasks before its
   * rendering and the rendering itself (style, layout, paint): which of the two blocks the page.
   */
  worstFrame: { ms: number; tasksMs: number; renderMs: number } | null;
}

export interface ScanResult {
  /** Wall time until rescanAll settled: the scan's slices plus the page's frames between them. */
  ms: number;
  /** The scan's own main-thread time (PageScanner.workMs), without the frames between slices. */
  workMs: number;
  /** Of workMs, the matcher's share: the extension does it in the background, off the page's thread. */
  matchingMs: number;
  /** Painted ranges (one per hit). */
  marks: number;
  /** Longest the page's 10 ms heartbeat timer was held back during the scan and its next frame. */
  stallMs: number;
  longTasks: LongTasks;
}

export interface NaiveResult {
  ms: number;
  marks: number;
  calls: number;
}

export interface RemoveResult {
  ms: number;
  removed: number;
  /** The scan that made the highlights, on the same page. */
  scanMs: number;
}

export interface IncrementalResult {
  /** Wall time from appending the fragment until the scanner reported its highlights in place. */
  ms: number;
  /** The scanner's own main-thread time for the appended fragment (PageScanner.workMs). */
  workMs: number;
  /**
   * When a 0 ms timer set at the append fired: until then the browser was busy with the append
   * itself (style and layout of the new section), before the scanner's debounce timer could run.
   */
  timerDelayMs: number;
  newMarks: number;
}

export interface RorBench {
  /** One TreeWalker pass and one matcher pass over the body; nothing marked. */
  floor(): FloorResult;
  /** The scan's three phases run back to back in one task, unsliced, each timed. */
  phases(): PhasesResult;
  /** The extension's full scan: PageScanner.rescanAll over the body. */
  ours(): Promise<ScanResult>;
  /** Scans, then switches a slate off with removeWhere, timing the removal. */
  slateOff(slate: string): Promise<RemoveResult>;
  /** One mark.js mark() call per match form of the corpus. */
  naive(): NaiveResult;
  /** Scans, starts observing, appends `html` in a new section and waits for its highlights. */
  incremental(html: string): Promise<IncrementalResult>;
}

declare global {
  interface Window {
    rorBench: RorBench;
  }
}
