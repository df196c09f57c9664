import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ControlsProtocol, PageClaims } from '../extension/controls/protocol.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

// Real Debian Chromium with the built extension loaded, and the fixture pages served from
// 127.0.0.1: used by the browser tests, `npm run demo` and `npm run bench`. Build first.

export const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = path.join(ROOT, 'test/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  server: StaticServer;
  extensionId: string;
  /** Absolute URL of a fixture page, e.g. pageUrl('demo-article.html'). */
  pageUrl(name: string): string;
  /** Opens a fixture page and waits until the extension has scanned it. */
  openPage(name: string): Promise<Page>;
  /** Asks the page's content script for its claims, as the popup does; answered once it has scanned. */
  pageClaims(page: Page): Promise<PageClaims>;
  /**
   * Sends a message to the page's content script as the background (keyboard commands) or the
   * popup (`controls.showClaim`) does, and returns its answer.
   */
  tell(page: Page, type: keyof ControlsProtocol, data?: string): Promise<unknown>;
  /** URL of an extension page, e.g. extensionUrl('popup.html'). */
  extensionUrl(file: string): string;
  /** The extension's service worker (the background), once it runs. */
  background(): Promise<Worker>;
  /** The page's tab id, as the popup's `?tab=` wants it: the active tab once the page is in front. */
  tabIdOf(page: Page): Promise<number>;
  /** The popup opened as a page, pointed at a tab (`?tab=`), once it lists the tab's claims. */
  openPopup(tabId: number, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium derives an unpacked extension's id from its absolute path: sha256, a–p for 0–f. */
function unpackedExtensionId(directory: string): string {
  const hex = createHash('sha256').update(path.resolve(directory)).digest('hex').slice(0, 32);
  return Array.from(hex, (digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export const CHROMIUM_ARGS = (extensionDir: string): string[] => [
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

export async function launchExtensionBrowser(
  options: { userDataDir?: string; extensionDir?: string; pagesDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'ror-profile-')));
  const server = await startStaticServer(options.pagesDir ?? PAGES_DIR);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS(extensionDir),
    viewport: { width: 1200, height: 900 },
  });
  const extensionId = unpackedExtensionId(extensionDir);
  const ours = (worker: Worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`);
  const background = async (): Promise<Worker> =>
    context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
  const tell = async (page: Page, type: keyof ControlsProtocol, data?: string): Promise<unknown> =>
    sendToTab(await background(), page.url(), type, data);
  const pageClaims = (page: Page): Promise<PageClaims> =>
    tell(page, 'controls.listPageClaims') as Promise<PageClaims>;
  return {
    context,
    server,
    extensionId,
    pageUrl: (name) => `${server.origin}/${name}`,
    async openPage(name) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${name}`);
      await pageClaims(page);
      return page;
    },
    pageClaims,
    tell,
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
    background,
    async tabIdOf(page) {
      await page.bringToFront();
      const worker = await background();
      const [tab] = await worker.evaluate(() => {
        const { tabs } = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
        return tabs.query({ active: true, lastFocusedWindow: true });
      });
      if (tab?.id === undefined) throw new Error('no active tab');
      return tab.id;
    },
    async openPopup(tabId, viewport) {
      const popup = await context.newPage();
      if (viewport !== undefined) await popup.setViewportSize(viewport);
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('#claims-heading').waitFor();
      return popup;
    },
    async close() {
      await context.close();
      await server.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

interface TabsApi {
  query(filter: object): Promise<{ id?: number; url?: string }[]>;
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

/**
 * Sends a message to the content script of the tab showing `url`, from the background, in the
 * typed messaging library's format, and returns its answer. Retries while the page's content
 * script is not listening yet.
 */
async function sendToTab(worker: Worker, url: string, type: string, data?: string): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    const answer = await worker.evaluate(
      async ({ url, type, data }) => {
        // The service worker's `chrome`, typed here: Node's types do not have it.
        const { tabs } = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
        // The newest tab showing the address: a test's page, not one an earlier test left open.
        const [tab] = (await tabs.query({}))
          .filter((candidate) => candidate.url === url)
          .sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
        if (tab?.id === undefined) return { missing: true };
        try {
          const reply = (await tabs.sendMessage(
            tab.id,
            { id: 1, type, data, timestamp: Date.now() },
            { frameId: 0 },
          )) as { res?: unknown; err?: unknown } | undefined;
          return reply === undefined ? { missing: true } : { reply };
        } catch {
          return { missing: true };
        }
      },
      { url, type, data },
    );
    const reply = 'reply' in answer ? answer.reply : undefined;
    if (reply !== undefined) {
      if (reply.err !== undefined) throw new Error(`${type}: ${JSON.stringify(reply.err)}`);
      return reply.res;
    }
    if (attempt >= 150) throw new Error(`${type}: no content script answered in ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Distinct claim ids highlighted on the page, in document order of first appearance. */
export async function highlightedClaims(browser: ExtensionBrowser, page: Page): Promise<string[]> {
  return (await browser.pageClaims(page)).claims.map((claim) => claim.claimId);
}

/**
 * What the reader sees painted: the text of each range of the page's highlights, by highlight name
 * (`right-of-reply-<slate>`, the public contract), in document order.
 */
export async function paintedText(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (highlight === undefined) return [];
    return [...(highlight as unknown as Set<Range>)]
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => range.toString());
  }, name);
}

/** Clicks the middle of the first occurrence of `text` in the page's (light DOM) text. */
export async function clickText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (point === null) throw new Error(`clickText: "${text}" is not on the page`);
  await page.mouse.click(point.x, point.y);
}
