import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickText,
  highlightedClaims,
  launchExtensionBrowser,
  paintedText,
  PAGES_DIR,
  ROOT,
  type ExtensionBrowser,
} from './harness.ts';

// Pages that own their DOM, and pages that try to break the extension or find it, with the
// built extension in real Chromium: what the reader sees must be what the page rendered, and the
// page must throw nothing. The React and Preact pages are bundled here with esbuild.

let browser: ExtensionBrowser;
let pagesDir: string;

beforeAll(async () => {
  pagesDir = await mkdtemp(path.join(tmpdir(), 'ror-safety-'));
  await cp(PAGES_DIR, pagesDir, { recursive: true });
  for (const app of ['react-live', 'preact-live']) {
    await build({
      entryPoints: [path.join(ROOT, 'test/fixtures/apps', `${app}.js`)],
      bundle: true,
      format: 'iife',
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: path.join(pagesDir, `${app}.bundle.js`),
      logLevel: 'silent',
    });
  }
  browser = await launchExtensionBrowser({ pagesDir });
});

afterAll(async () => {
  // Unset when beforeAll failed before the launch.
  await (browser as ExtensionBrowser | undefined)?.close();
  await rm(pagesDir, { recursive: true, force: true });
});

/**
 * Every uncaught error and console error in any of the page's worlds (the page's own and the
 * extension's isolated one), from the DevTools protocol.
 */
async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  const session = await page.context().newCDPSession(page);
  session.on('Runtime.exceptionThrown', (event) => {
    errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text);
  });
  session.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error')
      errors.push(event.args.map((arg) => String(arg.value ?? arg.description)).join(' '));
  });
  await session.send('Runtime.enable');
  return errors;
}

async function openWatched(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = await watchErrors(page);
  await page.goto(browser.pageUrl(name));
  await browser.pageClaims(page);
  return { page, errors };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The extension's UI host (its name gets a random suffix where the page has taken ours). */
const popoverClaim = (page: Page) =>
  page.evaluate(() => {
    const host = [...document.querySelectorAll('*')].find((element) =>
      element.localName.startsWith('right-of-reply-ui'),
    );
    return host?.shadowRoot?.querySelector('.popover')?.getAttribute('data-claim-id') ?? null;
  });

describe('pages that own their DOM', () => {
  it('a React 19 page updating text in place shows exactly what React rendered, highlights and all', async () => {
    const { page, errors } = await openWatched('react-live.html');
    let checks = 0;
    let wrong = 0;
    let painted = 0;
    for (let i = 0; i < 40; i++) {
      await wait(150);
      const seen = await page.evaluate(() => {
        const { rendered } = window as unknown as { rendered: { paragraph: string; items: string[] } };
        return {
          paragraph: document.querySelector('#live')?.textContent === rendered.paragraph,
          items:
            JSON.stringify([...document.querySelectorAll('#updates li')].map((li) => li.textContent)) ===
            JSON.stringify(rendered.items),
          painted: CSS.highlights.get('right-of-reply-mo')?.size === 1,
        };
      });
      checks++;
      if (!seen.paragraph || !seen.items) wrong++;
      if (seen.painted) painted++;
    }
    expect({ checks, wrong }).toEqual({ checks: 40, wrong: 0 });
    expect(painted).toBe(40);
    // The claim React keeps re-rendering around is painted once it settles between updates.
    await page.waitForFunction(() => CSS.highlights.get('right-of-reply-ym')?.size === 1);
    expect(await paintedText(page, 'right-of-reply-ym')).toEqual(['winning every internal Labour election']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a Preact page re-rendering `<p>Intro {claim} — render {n}</p>` shows exactly what Preact rendered', async () => {
    const { page, errors } = await openWatched('preact-live.html');
    let wrong = 0;
    for (let i = 0; i < 16; i++) {
      await wait(200);
      const same = await page.evaluate(
        () =>
          document.querySelector('#live')?.textContent ===
          (window as unknown as { rendered: { paragraph: string } }).rendered.paragraph,
      );
      if (!same) wrong++;
    }
    expect(wrong).toBe(0);
    await page.waitForFunction(() => CSS.highlights.get('right-of-reply-ym')?.size === 1);
    expect(await paintedText(page, 'right-of-reply-ym')).toEqual(['winning every internal Labour election']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a single-page app replacing its body’s HTML every 500 ms: the highlights follow each view', async () => {
    const { page, errors } = await openWatched('single-page-app.html');
    for (let i = 0; i < 6; i++) {
      // Within the scanner's maximum wait (1 s) of each re-render, the view's claim is painted.
      await page.waitForFunction(
        () => {
          const { claim } = (window as unknown as { view: { claim: string } }).view;
          const ranges = ['ym', 'mo'].flatMap((slate) => [
            ...((CSS.highlights.get(`right-of-reply-${slate}`) as unknown as Set<Range> | undefined) ?? []),
          ]);
          return (
            ranges.length === 1 && ranges[0]!.toString() === claim && ranges[0]!.startContainer.isConnected
          );
        },
        undefined,
        { timeout: 1500, polling: 50 },
      );
      await wait(500);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('clicks the page has a use for', () => {
  it('follows a link inside a highlight, toggles a label’s box and a summary’s details, and opens nothing', async () => {
    const { page, errors } = await openWatched('link-claims.html');
    expect(await highlightedClaims(browser, page)).toEqual([
      'ym-won-almost-every-internal-election',
      'mo-two-and-a-half-years-of-defeat-and-decline',
    ]);
    await clickText(page, 'defeat and decline');
    expect(await page.$eval('#agree', (box) => (box as HTMLInputElement).checked)).toBe(true);
    await clickText(page, 'Winning every internal Labour election, explained');
    expect(await page.$eval('details', (details) => details.open)).toBe(true);
    await wait(300);
    expect(await popoverClaim(page)).toBeNull();
    // The same claim outside any link opens its popover.
    await page.evaluate(() => {
      document.querySelector('#plain')!.scrollIntoView();
    });
    await page.evaluate(() => {
      const text = document.querySelector('#plain')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('defeat'));
      range.setEnd(text, text.data.indexOf('defeat') + 6);
      const rect = range.getBoundingClientRect();
      (window as unknown as { point: { x: number; y: number } }).point = {
        x: rect.x + 4,
        y: rect.y + rect.height / 2,
      };
    });
    const point = await page.evaluate(() => (window as unknown as { point: { x: number; y: number } }).point);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() =>
      document.querySelector('right-of-reply-ui')?.shadowRoot?.querySelector('.popover'),
    );
    expect(await popoverClaim(page)).toBe('mo-two-and-a-half-years-of-defeat-and-decline');
    await page.keyboard.press('Escape');
    await clickText(page, 'They keep winning every internal Labour election');
    await page.waitForURL(/story\.html$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hostile pages', () => {
  it('a page that styles marks away, defines our element name and covers everything still gets a working popover', async () => {
    const { page, errors } = await openWatched('hostile-page.html');
    const ownBefore = await page.$eval('#own', (p) => p.outerHTML);
    // Its own <mark data-claim> and the text it dressed as a claim are not claims.
    expect(await highlightedClaims(browser, page)).toEqual(['ym-won-almost-every-internal-election']);
    expect(await paintedText(page, 'right-of-reply-ym')).toEqual(['winning every internal Labour election']);
    expect(await page.$eval('#own', (p) => p.outerHTML)).toBe(ownBefore);
    await browser.tell(page, 'controls.showNextClaim');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')].some((element) =>
        element.localName.startsWith('right-of-reply-ui-'),
      ),
    );
    await page.waitForFunction(() => {
      const host = [...document.querySelectorAll('*')].find((element) =>
        element.localName.startsWith('right-of-reply-ui-'),
      );
      return host?.shadowRoot?.querySelector('.popover') != null;
    });
    expect(await popoverClaim(page)).toBe('ym-won-almost-every-internal-election');
    // In the top layer: above the page's max-z-index overlay, where the reader's pointer lands.
    const onTop = await page.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((element) =>
        element.localName.startsWith('right-of-reply-ui-'),
      )!;
      const box = host.shadowRoot!.querySelector('.floating')!.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return { hit: hit === host, width: box.width, height: box.height };
    });
    expect(onTop.hit).toBe(true);
    expect(onTop.width).toBeGreaterThan(100);
    expect(onTop.height).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts only visible text, and finds claims in open shadow roots and same-origin iframes', async () => {
    const { page, errors } = await openWatched('hidden-and-nested.html');
    expect(await highlightedClaims(browser, page)).toEqual(['mo-two-and-a-half-years-of-defeat-and-decline']);
    expect(await paintedText(page, 'right-of-reply-mo')).toEqual([
      'two-and-a-half years of defeat and decline',
    ]);
    const frame = page.frames().find((candidate) => candidate.url().endsWith('framed.html'))!;
    await frame.waitForFunction(() => CSS.highlights.get('right-of-reply-ym')?.size === 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves SVG and XML documents alone, without an error', async () => {
    for (const name of ['drawing.svg', 'feed.xml']) {
      const page = await browser.context.newPage();
      const errors = await watchErrors(page);
      await page.goto(browser.pageUrl(name));
      await wait(1000);
      expect(errors).toEqual([]);
      // Their text makes a claim, but they are not web pages a reader reads: nothing is painted.
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      await page.close();
    }
  });
});

describe('nothing added to a page', () => {
  it('a page with no claim sees no change, no message and no highlight', async () => {
    const { page, errors } = await openWatched('watched-quiet.html');
    await wait(500);
    const served = await readFile(path.join(pagesDir, 'watched-quiet.html'), 'utf8');
    const seen = await page.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'text/html');
      return {
        traces: (window as unknown as { traces: string[] }).traces,
        highlights: CSS.highlights.size,
        body: document.body.outerHTML === parsed.body.outerHTML,
        attributes: document.documentElement.getAttributeNames(),
        sheets: document.styleSheets.length,
      };
    }, served);
    expect(seen).toEqual({ traces: [], highlights: 0, body: true, attributes: ['lang'], sheets: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a paused site gets no highlight, and gets them back live when the reader resumes it', async () => {
    const worker = await browser.background();
    const setPaused = (sites: string[]) =>
      worker.evaluate(async (pausedSites) => {
        const { storage } = (
          globalThis as unknown as {
            chrome: { storage: { sync: { set(items: object): Promise<void> } } };
          }
        ).chrome;
        await storage.sync.set({ pausedSites });
      }, sites);
    await setPaused(['127.0.0.1']);
    try {
      const { page } = await openWatched('split-quotes.html');
      expect((await browser.pageClaims(page)).paused).toBe(true);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      await setPaused([]);
      await page.waitForFunction(() => CSS.highlights.get('right-of-reply-ym')?.size === 1);
      await page.close();
    } finally {
      await setPaused([]);
    }
  });
});
