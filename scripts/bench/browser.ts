import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from '../extension-browser.ts';

// Headless Chromium for in-page measurements: no extension, the page bundle injected instead.
// Every measurement gets a fresh context and page, so no run warms the JIT or caches of the next.

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** Opens `url` in a fresh context, injects the bench bundle, lets load-time layout finish, runs `use`. */
export async function withFreshPage<T>(
  browser: Browser,
  url: string,
  bundle: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ content: bundle });
    // Two frames and a pause: the first layout of a big page is not charged to what we measure.
    await page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))),
    );
    return await use(page);
  } finally {
    await context.close();
  }
}

/** Runs `measure` on a fresh page `times` times. */
export async function repeat<T>(times: number, measure: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < times; run++) results.push(await measure());
  return results;
}

type Measures = Record<string, () => Promise<unknown>>;

/**
 * Runs every measure `times` times, taking turns (a, b, c, a, b, c, …), so load that drifts on
 * shared cores falls on all of them alike rather than on whichever ran last.
 */
export async function takeTurns<M extends Measures>(
  times: number,
  measures: M,
): Promise<{ [K in keyof M]: Awaited<ReturnType<M[K]>>[] }> {
  const results = Object.fromEntries(Object.keys(measures).map((name) => [name, [] as unknown[]]));
  for (let turn = 0; turn < times; turn++) {
    for (const [name, measure] of Object.entries(measures)) results[name]!.push(await measure());
  }
  return results as { [K in keyof M]: Awaited<ReturnType<M[K]>>[] };
}
