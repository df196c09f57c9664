import Mark from 'mark.js';
import { corpus } from '../../data/corpus.ts';
import { findInSegments } from '../../lib/dom/match-request.ts';
import { PageScanner } from '../../lib/dom/page-scanner.ts';
import { browserHighlightApi, Painter } from '../../lib/dom/painter.ts';
import { collectText, type TextMap } from '../../lib/dom/text-map.ts';
import { browserIntersections } from '../../lib/dom/viewport-cue.ts';
import { compileMatcher, type Hit } from '../../lib/match/matcher.ts';
import type { LongTasks, RorBench } from './bench-api.ts';

// Bundled into one script and injected into each benchmark page: runs the real lib modules on the
// page's DOM. The matcher is compiled once at load, as the background does, so no timing below
// includes compiling the corpus. The extension matches in the background; here the matcher runs
// in the page, inside the scanner's slices, so "ours" is an upper bound on what the page pays.

const matcher = compileMatcher(corpus.claims, corpus.synonyms);
const highlightApi = browserHighlightApi(window);
if (highlightApi === null) throw new Error('bench: this browser has no CSS Custom Highlight API');

let painter = new Painter(highlightApi, browserIntersections(window));
/** Time spent in the matcher inside the scanner's slices: what the background does for the extension. */
let matchingMs = 0;

function makeScanner(onChange: () => void = () => {}, debounceMs?: number): PageScanner {
  painter = new Painter(highlightApi!, browserIntersections(window));
  return new PageScanner(document, {
    match: (requests) => {
      const start = performance.now();
      const hits = findInSegments(matcher, requests);
      matchingMs += performance.now() - start;
      return Promise.resolve(hits);
    },
    painter,
    wanted: () => true,
    onChange,
    ...(debounceMs === undefined ? {} : { debounceMs }),
  });
}

/**
 * A 10 ms timer in the page: the longest gap between its ticks, less the 10 ms, is the longest
 * the page could not run its own code (long-task entries miss work that ends in microtasks).
 */
function heartbeat(): () => number {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  return () => {
    clearInterval(timer);
    worst = Math.max(worst, performance.now() - last - 10);
    return Math.max(0, worst);
  };
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The fields of a long-animation-frame entry used here (not yet in TypeScript's DOM types). */
interface AnimationFrameEntry extends PerformanceEntry {
  renderStart: number;
}

const overlaps = (entry: PerformanceEntry, from: number, to: number): boolean =>
  entry.startTime < to && entry.startTime + entry.duration > from;

function observe(type: string): (() => PerformanceEntry[]) | null {
  if (!PerformanceObserver.supportedEntryTypes.includes(type)) return null;
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type, buffered: true });
  return () => {
    entries.push(...observer.takeRecords());
    observer.disconnect();
    return entries;
  };
}

/**
 * Records long tasks (> 50 ms) and long animation frames from now on. Buffered, so the task that
 * called us is reported too; only entries overlapping [from, to] count.
 */
function watchLongTasks(): (from: number, to: number) => Promise<LongTasks> {
  const tasks = observe('longtask');
  const frames = observe('long-animation-frame');
  return async (from, to) => {
    // Entries arrive after their task or frame ends; give the browser a moment to deliver them.
    await wait(100);
    const longTasks = tasks?.().filter((entry) => overlaps(entry, from, to)) ?? null;
    const longFrames = (frames?.() ?? []).filter((entry) => overlaps(entry, from, to)) as AnimationFrameEntry[];
    const worst = longFrames.sort((a, b) => b.duration - a.duration)[0];
    const renderMs = worst === undefined || worst.renderStart === 0 ? 0 : worst.startTime + worst.duration - worst.renderStart;
    return {
      longestMs: longTasks === null ? null : Math.max(0, ...longTasks.map((entry) => entry.duration)),
      count: longTasks?.length ?? 0,
      worstFrame: worst === undefined ? null : { ms: worst.duration, tasksMs: worst.duration - renderMs, renderMs },
    };
  };
}

let scanner: PageScanner | null = null;
let lastScanMs = 0;

async function scanBody(): Promise<{ ms: number; from: number; to: number }> {
  scanner = makeScanner();
  const from = performance.now();
  await scanner.rescanAll();
  const to = performance.now();
  lastScanMs = to - from;
  return { ms: lastScanMs, from, to };
}

/** The floor's two passes, each timed: the body's text collected, then matched. */
function collectAndMatch(): { map: TextMap; hits: Hit[]; collectMs: number; matchMs: number } {
  const start = performance.now();
  const map = collectText(document.body);
  const collected = performance.now();
  const hits = matcher.find(map.text);
  return { map, hits, collectMs: collected - start, matchMs: performance.now() - collected };
}

const api: RorBench = {
  floor() {
    const { map, hits, collectMs, matchMs } = collectAndMatch();
    return { ms: collectMs + matchMs, collectMs, matchMs, textChars: map.text.length, hits: hits.length };
  },

  phases() {
    const { map, hits, collectMs, matchMs } = collectAndMatch();
    const matched = performance.now();
    new Painter(highlightApi, browserIntersections(window)).paint(map, hits);
    return { collectMs, matchMs, markMs: performance.now() - matched };
  },

  async ours() {
    const longTasks = watchLongTasks();
    const stall = heartbeat();
    matchingMs = 0;
    const { ms, from } = await scanBody();
    // The frame after the scan, which paints the highlights, is the scan's too.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return {
      ms,
      workMs: scanner?.workMs ?? ms,
      matchingMs,
      marks: painter.size,
      stallMs: stall(),
      longTasks: await longTasks(from, performance.now()),
    };
  },

  async slateOff(slate) {
    if (scanner === null) await scanBody();
    const start = performance.now();
    const removed = painter.removeSlate(slate);
    const ms = performance.now() - start;
    return { ms, removed, scanMs: lastScanMs };
  },

  naive() {
    const marker = new Mark(document.body);
    let calls = 0;
    const start = performance.now();
    for (const claim of corpus.claims) {
      for (const form of claim.match) {
        marker.mark(typeof form === 'string' ? form : form.text, { acrossElements: true, separateWordSearch: false });
        calls++;
      }
    }
    const ms = performance.now() - start;
    return { ms, marks: document.querySelectorAll('mark').length, calls };
  },

  async incremental(html) {
    let changed: () => void = () => {};
    // Debounce 0: the time measured is the scanner's work, not the wait it adds to batch mutations.
    const observed = makeScanner(() => { changed(); }, 0);
    await observed.rescanAll();
    observed.start();
    const section = document.createElement('section');
    section.innerHTML = html;
    const done = new Promise<void>((resolve, reject) => {
      changed = resolve;
      setTimeout(() => { reject(new Error('incremental: the scanner never reported the appended section')); }, 30_000);
    });
    const workBefore = observed.workMs;
    const start = performance.now();
    document.body.append(section);
    const timerFired = new Promise<number>((resolve) => setTimeout(() => { resolve(performance.now() - start); }, 0));
    await done;
    const ms = performance.now() - start;
    observed.stop();
    return {
      ms,
      workMs: observed.workMs - workBefore,
      timerDelayMs: await timerFired,
      newMarks: [...painter.hits].filter((painted) => section.contains(painted.range.startContainer)).length,
    };
  },
};

window.rorBench = api;
