import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { browser as extensionApi } from 'wxt/browser';
import { launchExtensionBrowser, ROOT } from './extension-browser.ts';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` is global.
declare const chrome: typeof extensionApi;

// `npm run screenshots`: the extension's own surfaces for the README, in headless Chromium with
// the built extension: the popup and the side panel beside the demo article, the welcome page and
// the options page's colours. Build first (the script does, through npm).

const DOCS = path.join(ROOT, 'docs');

const browser = await launchExtensionBrowser();
try {
  await mkdir(DOCS, { recursive: true });
  const article = await browser.openPage('demo-article.html');
  await article.bringToFront();
  const worker = await browser.background();
  const tabs = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return { tabId: tab?.id ?? 0, windowId: tab?.windowId ?? 0 };
  });

  const open = async (file: string, size: { width: number; height: number }, ready: string) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(size);
    await page.goto(browser.extensionUrl(file));
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(300);
    return page;
  };

  const popup = await open(`popup.html?tab=${tabs.tabId}`, { width: 352, height: 600 }, '.claim-entry');
  const box = await popup.locator('main').boundingBox();
  await popup.screenshot({
    path: path.join(DOCS, 'popup.png'),
    clip: { x: 0, y: 0, width: 352, height: Math.ceil(box?.height ?? 600) },
  });

  await popup.close();
  await article.bringToFront();
  // The panel in a window of its own, following the article's window, as the side panel does.
  const panelOpened = browser.context.waitForEvent('page', {
    predicate: (page) => page.url().includes('/sidepanel.html'),
  });
  await worker.evaluate(
    ({ url }) => chrome.windows.create({ url, type: 'popup', width: 400, height: 1000 }),
    {
      url: browser.extensionUrl(`sidepanel.html?window=${tabs.windowId}`),
    },
  );
  const panel = await panelOpened;
  await panel.setViewportSize({ width: 400, height: 1000 });
  await panel.locator('.page-claims .claim-entry').first().waitFor();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: path.join(DOCS, 'side-panel.png') });
  await panel.getByLabel('Search claims, answers and quotes').fill('organisers');
  await panel.waitForTimeout(200);
  await panel.evaluate(() => document.querySelector('#debate-heading')?.scrollIntoView());
  await panel.screenshot({ path: path.join(DOCS, 'side-panel-search.png') });

  const welcome = await open('welcome.html', { width: 900, height: 1200 }, '.shortcuts');
  await welcome.screenshot({ path: path.join(DOCS, 'welcome.png'), fullPage: true });

  const options = await open('options.html', { width: 900, height: 700 }, '.colour-field');
  await options.locator('#colours-heading').scrollIntoViewIfNeeded();
  await options.locator('.colour-field[data-slate="ym"] input[type="color"]').fill('#1e5631');
  await options.locator('.colour-message.error').first().waitFor();
  await options.locator('section[aria-labelledby="colours-heading"]').screenshot({
    path: path.join(DOCS, 'options-colours.png'),
  });
  console.log(
    'Screenshots in docs/: popup.png, side-panel.png, side-panel-search.png, welcome.png, options-colours.png',
  );
} finally {
  await browser.close();
}
