// Paces a long scan: slices of main-thread work short enough that no task runs long, sized by
// what reading, matching and painting have cost so far, and, once a frame's worth of work has run,
// a wait until the page has rendered, so the reader sees the page move between slices.

/** Work this long before giving the main thread back: well under the 50 ms of a long task. */
const SLICE_BUDGET_MS = 20;
/**
 * Work since the page last rendered after which the scan waits for a frame: one slice. Two slices
 * and the frame's own rendering (which grows with the highlights on the page) would pass 100 ms on
 * a busy machine.
 */
const FRAME_WORK_MS = SLICE_BUDGET_MS;
/** Longest wait for a frame: browsers hold frames back in hidden tabs and off-screen frames. */
const FRAME_WAIT_MS = 100;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** The slice of a window the pacer uses: frames, when the page is shown. */
export interface FrameSource {
  requestAnimationFrame?: (callback: () => void) => unknown;
  document: { visibilityState: string };
}

export class SlicePacer {
  private sliceStart = now();
  private sinceFrame = 0;
  /** Main-thread milliseconds that matching and painting took per character; 0 until measured. */
  private msPerChar = 0;
  private frameSeen = false;
  private watchingFrames = false;
  private worked = 0;

  constructor(private readonly view: FrameSource | null) {}

  /** Main-thread time of every slice so far, without the waits between them. */
  get workMs(): number {
    return this.worked;
  }

  /** Starts timing a slice (a scan begins). */
  begin(): void {
    this.sliceStart = now();
  }

  /** Stops timing (a scan ended): the slice's time is counted. */
  end(): void {
    this.worked += now() - this.sliceStart;
    this.sliceStart = now();
  }

  /**
   * Whether this slice has time to read `chars` characters and then match and paint them. Before
   * the first batch has been measured, one segment at a time.
   */
  hasRoomFor(chars: number, firstOfBatch: boolean): boolean {
    if (firstOfBatch) return true;
    if (this.msPerChar === 0) return false;
    return now() - this.sliceStart + chars * this.msPerChar < SLICE_BUDGET_MS;
  }

  get overBudget(): boolean {
    return now() - this.sliceStart >= SLICE_BUDGET_MS;
  }

  /** Waiting on work done elsewhere (matching in the background) is not this slice's time. */
  exclude(ms: number): void {
    this.sliceStart += ms;
  }

  /** Learns what matching and painting `chars` characters cost on this thread. */
  record(chars: number, ms: number): void {
    if (chars === 0) return;
    const rate = Math.max(ms, 0.01) / chars;
    this.msPerChar = this.msPerChar === 0 ? rate : (this.msPerChar + rate) / 2;
  }

  /**
   * Ends the slice and gives the page the main thread back: a task's turn, or, once a frame's
   * worth of work has run since the page last rendered, until it has rendered a frame.
   */
  async pause(): Promise<void> {
    const slice = now() - this.sliceStart;
    this.worked += slice;
    this.sinceFrame = this.frameSeen ? slice : this.sinceFrame + slice;
    this.frameSeen = false;
    this.watchFrames();
    if (this.sinceFrame >= FRAME_WORK_MS && this.canWaitForFrame()) {
      await this.renderedFrame();
      this.sinceFrame = 0;
      this.frameSeen = false;
    } else {
      await yieldToPage();
    }
    this.sliceStart = now();
  }

  private canWaitForFrame(): boolean {
    return (
      typeof this.view?.requestAnimationFrame === 'function' &&
      this.view.document.visibilityState !== 'hidden'
    );
  }

  /** Notes when the page renders on its own (during a wait for the background, say). */
  private watchFrames(): void {
    if (this.watchingFrames || !this.canWaitForFrame()) return;
    this.watchingFrames = true;
    this.view?.requestAnimationFrame?.(() => {
      this.watchingFrames = false;
      this.frameSeen = true;
    });
  }

  /** Resolves after the next frame has rendered (a task after its callbacks), or after FRAME_WAIT_MS. */
  private renderedFrame(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, FRAME_WAIT_MS);
      this.view?.requestAnimationFrame?.(() => {
        // Frame callbacks run before the frame's style, layout and paint; a task runs after them.
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0);
      });
    });
  }
}

function now(): number {
  return performance.now();
}

/** Lets the page handle input and run its tasks: scheduler.yield where the browser has it, else a task. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
