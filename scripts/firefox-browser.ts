import { randomUUID } from 'node:crypto';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ControlsProtocol, PageClaims } from '../extension/controls/protocol.ts';
import { PAGES_DIR, ROOT } from './extension-browser.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

// Real Debian Firefox ESR with the built extension installed as a temporary add-on, driven over
// WebDriver BiDi, and the fixture pages served from 127.0.0.1. Build first (`npm run build:firefox`).

const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id the Firefox build declares (wxt.config.ts). */
const GECKO_ID = '{777bfb29-21f2-4e8b-8041-693b2dc918e9}';

export interface FirefoxExtensionBrowser {
  browser: Browser;
  server: StaticServer;
  /** moz-extension://<uuid>: the install's own origin, fixed per launch through a preference. */
  extensionOrigin: string;
  pageUrl(name: string): string;
  /** Opens a fixture page in a new tab. */
  openPage(name: string): Promise<Page>;
  /**
   * Opens an extension page (e.g. `popup.html`) in a new tab and waits for it to load. In a
   * background tab, the page the reader was on stays the active tab, as when the toolbar popup opens.
   */
  openExtensionPage(file: string, options?: { background?: boolean }): Promise<Page>;
  close(): Promise<void>;
  /**
   * Sends the page's content script a message, as the background does, from an extension page (in
   * @webext-core/messaging's wire format), retrying until the script answers: it answers once it
   * has scanned the page.
   */
  tell(page: Page, type: keyof ControlsProtocol, data?: string): Promise<unknown>;
  /** The content script's list of the page's claims, once it has scanned the page. */
  pageClaims(page: Page): Promise<PageClaims>;
}

/** The slice of Firefox's `browser.tabs` an extension page uses here. */
interface FirefoxTabs {
  query(filter: object): Promise<{ id?: number; url?: string }[]>;
  sendMessage(
    tabId: number,
    message: unknown,
    options: { frameId: number },
  ): Promise<{ res?: unknown; err?: unknown } | undefined>;
}

export async function launchFirefoxWithExtension(
  options: { pagesDir?: string; extensionDir?: string } = {},
): Promise<FirefoxExtensionBrowser> {
  const uuid = randomUUID();
  const server = await startStaticServer(options.pagesDir ?? PAGES_DIR);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // BiDi refuses to navigate to moz-extension: pages unless system access is allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Gives the install a known internal UUID, so tests can address its pages.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });
  await browser.installExtension(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  const extensionOrigin = `moz-extension://${uuid}`;
  const openExtensionPage = async (file: string, { background = false } = {}): Promise<Page> => {
    const page = await browser.newPage({ background });
    // The tab moves to the extension's process, which detaches the frame puppeteer was watching
    // and leaves its navigation promise unsettled: the navigation itself succeeds, so wait on
    // the page's own state instead.
    page.goto(`${extensionOrigin}/${file}`).catch(() => undefined);
    // Asked again and again: while the tab switches process, an evaluation can fail outright.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const state = await page
        .evaluate(() => `${location.origin} ${document.readyState}`)
        .catch(() => 'switching');
      if (state === `${extensionOrigin} complete`) return page;
      if (Date.now() > deadline) throw new Error(`${file} did not load (last seen: ${state})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const firefox: FirefoxExtensionBrowser = {
    browser,
    server,
    extensionOrigin,
    pageUrl: (name) => `${server.origin}/${name}`,
    async openPage(name) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${name}`);
      return page;
    },
    openExtensionPage,
    async tell(page, type, data) {
      const extensionPage = await openExtensionPage('popup.html', { background: true });
      try {
        return await extensionPage.evaluate(
          async (url, type, data) => {
            const { tabs } = (globalThis as unknown as { browser: { tabs: FirefoxTabs } }).browser;
            // By address, compared here: Firefox's match patterns leave out the server's port.
            const [tab] = (await tabs.query({}))
              .filter((candidate) => candidate.url === url)
              .sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
            for (let attempt = 0; attempt < 150; attempt++) {
              try {
                const reply = await tabs.sendMessage(
                  tab?.id ?? -1,
                  { id: 1, type, data, timestamp: Date.now() },
                  { frameId: 0 },
                );
                if (reply?.err !== undefined) throw new Error(`${type}: ${JSON.stringify(reply.err)}`);
                if (reply !== undefined) return reply.res;
              } catch (error) {
                if (error instanceof Error && error.message.startsWith(`${type}:`)) throw error;
                // The content script is not listening yet.
              }
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
            throw new Error(`${type}: no content script answered in ${url}`);
          },
          page.url(),
          type,
          data,
        );
      } finally {
        await extensionPage.close();
      }
    },
    pageClaims: (page) => firefox.tell(page, 'controls.listPageClaims') as Promise<PageClaims>,
    async close() {
      await browser.close();
      await server.close();
    },
  };
  return firefox;
}
