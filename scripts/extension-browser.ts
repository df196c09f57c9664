import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
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
  /** URL of an extension page, e.g. extensionUrl('popup.html'). */
  extensionUrl(file: string): string;
  close(): Promise<void>;
}

/** Chromium derives an unpacked extension's id from its absolute path: sha256, a–p for 0–f. */
export function unpackedExtensionId(directory: string): string {
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
  return {
    context,
    server,
    extensionId,
    pageUrl: (name) => `${server.origin}/${name}`,
    async openPage(name) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${name}`);
      await waitForScan(page);
      return page;
    },
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
    async close() {
      await context.close();
      await server.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The content script counts full scans on <html data-right-of-reply-scanned>. */
export async function waitForScan(page: Page): Promise<void> {
  await page.waitForSelector('html[data-right-of-reply-scanned]', { state: 'attached', timeout: 15_000 });
}

/** Distinct claim ids highlighted on the page, in document order of first appearance. */
export async function highlightedClaims(page: Page): Promise<string[]> {
  return page.$$eval('mark[data-claim]', (marks) => [
    ...new Set(marks.map((mark) => mark.getAttribute('data-claim') ?? '')),
  ]);
}
