import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, EXTENSION_DIR, launchExtensionBrowser, type ExtensionBrowser } from '../extension-browser.ts';
import { median } from './stats.ts';

// Measurements with the real, built extension loaded, against the same pages without it: how long
// the page's own timer is held back (stalls), and what each tab pays per load (script, heap).

/**
 * Installed in every page before its own scripts: a 10 ms timer whose longest gap, less the
 * 10 ms, is the longest the page could not run its code. It sees work that long-task entries
 * miss (content scripts, microtasks). Gaps that began before `from` are the page's own (its
 * load, or its append and the layout after it) and are kept apart in `own`.
 */
const HEARTBEAT = `
window.__rorHeartbeat = { last: performance.now(), worst: 0, own: 0, from: 0 };
setInterval(() => {
  const beat = window.__rorHeartbeat, now = performance.now(), gap = now - beat.last - 10;
  if (beat.last >= beat.from) beat.worst = Math.max(beat.worst, gap);
  else beat.own = Math.max(beat.own, gap);
  beat.last = now;
}, 10);`;

interface Heartbeat {
  last: number;
  worst: number;
  own: number;
  from: number;
}

interface HeartbeatWindow {
  __rorHeartbeat: Heartbeat;
  appendParagraphs?: () => void;
}

/** Two frames and a quiet 300 ms: the page's own load or layout work is done. */
const pageSettled = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)));
      }),
  );

/** Counts gaps from now on. */
const resetHeartbeat = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const beat = (window as unknown as HeartbeatWindow).__rorHeartbeat;
    beat.worst = 0;
    beat.own = 0;
    beat.from = beat.last = performance.now();
  });

/**
 * Appends the 8,000 paragraphs and counts gaps only from the first task after the frame that laid
 * them out: the append and that layout are the page's own work, with or without the extension.
 */
const appendAndSkipOwnLayout = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const beat = (window as unknown as HeartbeatWindow).__rorHeartbeat;
        beat.worst = 0;
        beat.own = 0;
        beat.from = Infinity;
        (window as unknown as HeartbeatWindow).appendParagraphs?.();
        requestAnimationFrame(() =>
          setTimeout(() => {
            beat.from = performance.now();
            resolve();
          }, 0),
        );
      }),
  );

const heartbeatOf = (page: Page): Promise<Heartbeat> =>
  page.evaluate(() => ({ ...(window as unknown as HeartbeatWindow).__rorHeartbeat }));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface StallCase {
  label: string;
  file: string;
  /**
   * 'switch-on': the page loads with the extension switched off, settles, then the extension is
   * switched on and scans it. 'append': the page's appendParagraphs() on a settled, scanned page.
   */
  when: 'switch-on' | 'append';
}

export interface StallRow {
  label: string;
  /** Median over the runs of the worst heartbeat gap, with and without the extension. */
  withMs: number;
  withoutMs: number;
  /** Worst single run with the extension. */
  worstWithMs: number;
  /** The page's own stall before the counted window (append case), median of the runs without. */
  ownMs: number | null;
  runs: number;
}

export interface TabPage {
  label: string;
  file: string;
  /** Whether the page has claims; the speed issue's heap target is for pages without. */
  claims: boolean;
}

export interface TabCost {
  label: string;
  claims: boolean;
  /** Medians over the loads, with minus without the extension. */
  scriptMs: number;
  taskMs: number;
  /** JS heap after a garbage collection: added by the extension, and the tab's with it. */
  heapKB: number;
  heapWithKB: number;
  runs: number;
}

interface Setup {
  context: BrowserContext;
  /** Waits until the page is settled: scanned and answered (extension) or loaded and quiet. */
  settle(page: Page): Promise<void>;
  /** Switches highlighting on or off everywhere, as the popup's switch does (nothing without). */
  setEnabled(enabled: boolean): Promise<void>;
  /** Once switched on: waits until the extension's scan of the page has settled. */
  scanned(page: Page): Promise<void>;
  close(): Promise<void>;
}

async function withExtension(pagesDir: string, extensionDir: string): Promise<Setup & { origin: string }> {
  const browser: ExtensionBrowser = await launchExtensionBrowser({ pagesDir, extensionDir });
  await browser.context.addInitScript(HEARTBEAT);
  const background = async () =>
    browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return {
    context: browser.context,
    origin: browser.server.origin,
    settle: async (page) => {
      await browser.pageClaims(page);
      await pause(300);
    },
    async setEnabled(enabled) {
      // The settings item `sync:enabled` (extension/settings.ts), written as the popup writes it.
      await (
        await background()
      ).evaluate(async (value) => {
        const { storage } = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } })
          .chrome;
        await storage.sync.set({ enabled: value });
      }, enabled);
    },
    async scanned(page) {
      // The content script rescans once it has read the new setting; its answer after that waits for the scan.
      while ((await browser.pageClaims(page)).paused) await pause(20);
      await browser.pageClaims(page);
    },
    close: () => browser.close(),
  };
}

async function withoutExtension(): Promise<Setup> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'ror-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // The same switches, the extension left out.
    args: CHROMIUM_ARGS(EXTENSION_DIR).filter((arg) => !arg.includes('extension')),
    viewport: { width: 1200, height: 900 },
  });
  await context.addInitScript(HEARTBEAT);
  return {
    context,
    settle: async () => {
      await pause(600);
    },
    setEnabled: async () => {},
    scanned: async () => {},
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Worst heartbeat gap in one fresh page that the extension could cause, and the page's own before it. */
async function stallOnce(setup: Setup, url: string, when: StallCase['when']): Promise<Heartbeat> {
  await setup.setEnabled(when !== 'switch-on');
  const page = await setup.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await setup.settle(page);
    await pageSettled(page);
    if (when === 'switch-on') {
      await resetHeartbeat(page);
      await setup.setEnabled(true);
      await setup.scanned(page);
    } else {
      await appendAndSkipOwnLayout(page);
      // The scanner batches for up to a second, then scans what was added.
      await pause(1_500);
      await setup.settle(page);
    }
    // The frames that paint the highlights count too.
    await pageSettled(page);
    return await heartbeatOf(page);
  } finally {
    await page.close();
  }
}

/** `pagesDir` is served to the extension's browser; `plainOrigin` serves it to the plain one. */
export async function measureStalls(
  pagesDir: string,
  plainOrigin: string,
  extensionDir: string,
  cases: readonly StallCase[],
  runs: number,
): Promise<StallRow[]> {
  if (cases.length === 0) return [];
  const withIt = await withExtension(pagesDir, extensionDir);
  const without = await withoutExtension();
  try {
    const rows: StallRow[] = [];
    for (const stallCase of cases) {
      const withRuns: Heartbeat[] = [];
      const withoutRuns: Heartbeat[] = [];
      for (let run = 0; run < runs; run++) {
        withRuns.push(await stallOnce(withIt, `${withIt.origin}/${stallCase.file}`, stallCase.when));
        withoutRuns.push(await stallOnce(without, `${plainOrigin}/${stallCase.file}`, stallCase.when));
      }
      const worst = (beats: Heartbeat[]) => beats.map((beat) => Math.max(0, beat.worst));
      rows.push({
        label: stallCase.label,
        withMs: median(worst(withRuns)),
        withoutMs: median(worst(withoutRuns)),
        worstWithMs: Math.max(...worst(withRuns)),
        ownMs: stallCase.when === 'append' ? median(withoutRuns.map((beat) => beat.own)) : null,
        runs,
      });
    }
    return rows;
  } finally {
    await withIt.close();
    await without.close();
  }
}

interface Metrics {
  scriptMs: number;
  taskMs: number;
  heapKB: number;
}

/** One load's CDP Performance metrics, after the page settled and a garbage collection. */
async function loadMetrics(setup: Setup, url: string): Promise<Metrics> {
  const page = await setup.context.newPage();
  try {
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await setup.settle(page);
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
    return {
      scriptMs: value('ScriptDuration') * 1000,
      taskMs: value('TaskDuration') * 1000,
      heapKB: value('JSHeapUsedSize') / 1024,
    };
  } finally {
    await page.close();
  }
}

/** Each page's cost per load with the extension (switched on), against the same page without it. */
export async function measureTabCost(
  pagesDir: string,
  plainOrigin: string,
  extensionDir: string,
  pages: readonly TabPage[],
  runs: number,
): Promise<TabCost[]> {
  if (pages.length === 0) return [];
  const withIt = await withExtension(pagesDir, extensionDir);
  const without = await withoutExtension();
  try {
    await withIt.setEnabled(true);
    const costs: TabCost[] = [];
    for (const { label, file, claims } of pages) {
      const withRuns: Metrics[] = [];
      const withoutRuns: Metrics[] = [];
      for (let run = 0; run < runs; run++) {
        withRuns.push(await loadMetrics(withIt, `${withIt.origin}/${file}`));
        withoutRuns.push(await loadMetrics(without, `${plainOrigin}/${file}`));
      }
      const difference = (key: keyof Metrics) =>
        median(withRuns.map((metrics) => metrics[key])) - median(withoutRuns.map((metrics) => metrics[key]));
      costs.push({
        label,
        claims,
        heapWithKB: median(withRuns.map((metrics) => metrics.heapKB)),
        scriptMs: difference('scriptMs'),
        taskMs: difference('taskMs'),
        heapKB: difference('heapKB'),
        runs,
      });
    }
    return costs;
  } finally {
    await withIt.close();
    await without.close();
  }
}
