import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, EXTENSION_DIR, launchExtensionBrowser, type ExtensionBrowser } from '../extension-browser.ts';
import { median } from './stats.ts';

// Measurements with the real, built extension loaded, against the same pages without it: how long
// the page's own timer is held back (stalls), and what a page with no claim pays per load.

/**
 * Installed in every page before its own scripts: a 10 ms timer whose longest gap, less the
 * 10 ms, is the longest the page could not run its code. It sees work that long-task entries
 * miss (content scripts, microtasks).
 */
const HEARTBEAT = `
window.__rorHeartbeat = { last: performance.now(), worst: 0 };
setInterval(() => {
  const beat = window.__rorHeartbeat, now = performance.now();
  beat.worst = Math.max(beat.worst, now - beat.last - 10);
  beat.last = now;
}, 10);`;

interface HeartbeatWindow {
  __rorHeartbeat: { last: number; worst: number };
  appendParagraphs?: () => void;
}

const resetHeartbeat = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const beat = (window as unknown as HeartbeatWindow).__rorHeartbeat;
    beat.worst = 0;
    beat.last = performance.now();
  });

const worstGap = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(0, (window as unknown as HeartbeatWindow).__rorHeartbeat.worst));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface StallCase {
  label: string;
  file: string;
  /** 'load': the page loading and being scanned; 'append': the page's appendParagraphs() after that. */
  when: 'load' | 'append';
}

export interface StallRow {
  label: string;
  /** Median over the runs of the worst heartbeat gap, with and without the extension. */
  withMs: number;
  withoutMs: number;
  /** Worst single run with the extension. */
  worstWithMs: number;
  runs: number;
}

export interface NoClaimCost {
  label: string;
  /** Medians over the loads, with minus without the extension. */
  scriptMs: number;
  taskMs: number;
  /** JS heap after a garbage collection. */
  heapKB: number;
  runs: number;
}

interface Setup {
  context: BrowserContext;
  /** Waits until the page is settled: scanned and answered (extension) or loaded and quiet. */
  settle(page: Page): Promise<void>;
  close(): Promise<void>;
}

async function withExtension(pagesDir: string): Promise<Setup & { origin: string }> {
  const browser: ExtensionBrowser = await launchExtensionBrowser({ pagesDir });
  await browser.context.addInitScript(HEARTBEAT);
  return {
    context: browser.context,
    origin: browser.server.origin,
    settle: async (page) => {
      await browser.pageClaims(page);
      await pause(300);
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
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Worst heartbeat gap in one fresh page: during its load and scan, or during an append after. */
async function stallOnce(setup: Setup, url: string, when: StallCase['when']): Promise<number> {
  const page = await setup.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (when === 'load') {
      await setup.settle(page);
      return await worstGap(page);
    }
    await setup.settle(page);
    await resetHeartbeat(page);
    await page.evaluate(() => {
      (window as unknown as HeartbeatWindow).appendParagraphs?.();
    });
    // The scanner batches for up to a second, then scans what was added.
    await pause(1_500);
    await setup.settle(page);
    return await worstGap(page);
  } finally {
    await page.close();
  }
}

/** `pagesDir` is served to the extension's browser; `plainOrigin` serves it to the plain one. */
export async function measureStalls(
  pagesDir: string,
  plainOrigin: string,
  cases: readonly StallCase[],
  runs: number,
): Promise<StallRow[]> {
  const withIt = await withExtension(pagesDir);
  const without = await withoutExtension();
  try {
    const rows: StallRow[] = [];
    for (const stallCase of cases) {
      const withRuns: number[] = [];
      const withoutRuns: number[] = [];
      for (let run = 0; run < runs; run++) {
        withRuns.push(await stallOnce(withIt, `${withIt.origin}/${stallCase.file}`, stallCase.when));
        withoutRuns.push(await stallOnce(without, `${plainOrigin}/${stallCase.file}`, stallCase.when));
      }
      rows.push({
        label: stallCase.label,
        withMs: median(withRuns),
        withoutMs: median(withoutRuns),
        worstWithMs: Math.max(...withRuns),
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

export async function measureNoClaimCost(
  pagesDir: string,
  plainOrigin: string,
  pages: readonly { label: string; file: string }[],
  runs: number,
): Promise<NoClaimCost[]> {
  const withIt = await withExtension(pagesDir);
  const without = await withoutExtension();
  try {
    const costs: NoClaimCost[] = [];
    for (const { label, file } of pages) {
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
