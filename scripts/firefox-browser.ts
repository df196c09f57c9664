import { randomUUID } from 'node:crypto';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PAGES_DIR, ROOT } from './extension-browser.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

// Real Debian Firefox ESR with the built extension installed as a temporary add-on, driven over
// WebDriver BiDi, and the fixture pages served from 127.0.0.1. Build first (`npm run build:firefox`).

export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id the Firefox build declares (wxt.config.ts). */
export const GECKO_ID = '{777bfb29-21f2-4e8b-8041-693b2dc918e9}';

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
  return {
    browser,
    server,
    extensionOrigin,
    pageUrl: (name) => `${server.origin}/${name}`,
    async openPage(name) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${name}`);
      return page;
    },
    async openExtensionPage(file, { background = false } = {}) {
      const page = await browser.newPage({ background });
      // The tab moves to the extension's process, which detaches the frame puppeteer was watching
      // and leaves its navigation promise unsettled: the navigation itself succeeds, so wait on
      // the page's own state instead.
      page.goto(`${extensionOrigin}/${file}`).catch(() => undefined);
      await page.waitForFunction(
        (origin) => location.origin === origin && document.readyState === 'complete',
        { timeout: 10_000 },
        extensionOrigin,
      );
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
