// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MatchRequest } from '../../lib/dom/match-request.ts';
import { PageScanner } from '../../lib/dom/page-scanner.ts';
import type { Painter } from '../../lib/dom/painter.ts';
import { findInSegments } from '../../lib/dom/match-request.ts';
import { compileMatcher } from '../../lib/match/matcher.ts';
import { fakePainter } from './fake-highlights.ts';

// How a long scan shares the main thread: batches as large as the slice has time for, and a
// rendered frame between slices while the page is shown. Time is simulated: the page's clock
// (performance.now) moves only when the stand-in matcher "works", by a cost per character.

const matcher = compileMatcher([
  { id: 'ym-every-election', slate: 'ym', match: ['winning every internal Labour election'] },
]);
const CLAIM = 'They keep winning every internal Labour election.';
const FILLER = 'Neutral filler text about council budgets and bus routes. ';

let clock = 0;
let frameCallbacks: (() => void)[] = [];
let visibility = 'visible';

beforeEach(() => {
  clock = 0;
  frameCallbacks = [];
  visibility = 'visible';
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  Object.defineProperty(window, 'requestAnimationFrame', {
    configurable: true,
    value: (callback: () => void) => frameCallbacks.push(callback),
  });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Paragraphs of about 17 KB (each fills a segment by itself), a claim after each. */
function longPage(paragraphs: number): void {
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = `${FILLER.repeat(300)}${CLAIM}`;
    document.body.append(p);
  }
}

/** A scanner whose matcher takes `msPerKChar` of simulated main-thread time per 1,000 characters. */
function makeScanner(msPerKChar: number): {
  scanner: PageScanner;
  batches: MatchRequest[][];
  painter: Painter;
} {
  const batches: MatchRequest[][] = [];
  const { painter } = fakePainter();
  const scanner = new PageScanner(document, {
    match: (requests) => {
      batches.push(requests);
      clock += (requests.reduce((sum, request) => sum + request.text.length, 0) / 1000) * msPerKChar;
      return Promise.resolve(findInSegments(matcher, requests));
    },
    painter,
    wanted: () => true,
    onChange: () => {},
  });
  return { scanner, batches, painter };
}

const aTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function runFrames(): number {
  const callbacks = frameCallbacks;
  frameCallbacks = [];
  for (const callback of callbacks) callback();
  return callbacks.length;
}

describe('PageScanner pacing', () => {
  it('sizes each batch by what matching it costs, so a slow matcher gets small batches', async () => {
    longPage(24);
    visibility = 'hidden';
    const { scanner, batches } = makeScanner(1);
    await scanner.rescanAll();
    const chars = batches.map((batch) => batch.reduce((sum, request) => sum + request.text.length, 0));
    expect(chars.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(24 * 17_000);
    // 1 ms per 1,000 characters: a 20 ms slice has room for one segment of about 17,000.
    expect(Math.max(...chars)).toBeLessThan(20_000);
  });

  it('lets a fast matcher take large batches', async () => {
    longPage(24);
    visibility = 'hidden';
    const { scanner, batches } = makeScanner(0.01);
    await scanner.rescanAll();
    expect(batches.length).toBeLessThan(6);
  });

  it('waits for the page to render a frame between slices while the page is shown', async () => {
    longPage(8);
    const { scanner } = makeScanner(1);
    const scan = { done: false };
    void scanner.rescanAll().then(() => {
      scan.done = true;
    });
    let frames = 0;
    for (let turn = 0; turn < 100 && !scan.done; turn++) {
      // However many tasks the page runs, the scan does no more than a slice until a frame renders.
      const before = clock;
      for (let task = 0; task < 5; task++) await aTask();
      expect(clock - before).toBeLessThan(40);
      frames += runFrames();
      await aTask();
    }
    expect(scan.done).toBe(true);
    // 8 segments of about 17 ms of matching each.
    expect(frames).toBeGreaterThanOrEqual(3);
  });

  it('waits for no frame in a hidden tab, where the browser renders none', async () => {
    longPage(8);
    visibility = 'hidden';
    const { scanner, batches } = makeScanner(1);
    await scanner.rescanAll();
    expect(batches.length).toBeGreaterThan(4);
    expect(frameCallbacks).toHaveLength(0);
  });

  it('carries on when no frame comes (an off-screen frame the browser holds back)', async () => {
    longPage(3);
    const { scanner, batches } = makeScanner(1);
    await scanner.rescanAll();
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(frameCallbacks.length).toBeGreaterThan(0);
  });

  it('paints what a long scan found every few hundred milliseconds, not after every slice', async () => {
    // The browser redraws every highlight whenever one changes: each paint costs a frame that grows with them.
    longPage(40);
    visibility = 'hidden';
    const { scanner, batches, painter } = makeScanner(1);
    const sizes: number[] = [];
    const scan = scanner.rescanAll();
    // Each match call is made after the batch before it was painted, if it was.
    for (let i = 0; i < 400 && sizes.length < 40; i++) {
      if (batches.length > sizes.length) sizes.push(painter.size);
      await aTask();
    }
    await scan;
    sizes.push(painter.size);
    const paints = sizes.filter((size, index) => index > 0 && size > sizes[index - 1]!).length;
    expect(batches.length).toBeGreaterThan(20);
    expect(painter.size).toBe(40);
    // 40 slices of about 17 ms: two or three paints in between, and the last.
    expect(paints).toBeLessThanOrEqual(5);
  });
});
