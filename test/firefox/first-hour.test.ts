import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../../scripts/firefox-browser.ts';
import { AXE_SOURCE, violationsInPage } from '../browser/axe.ts';

// The first-run page and the sidebar in real Firefox ESR, with axe-core run on each.

let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await (firefox as FirefoxExtensionBrowser | undefined)?.close();
});

/** Runs axe-core in the page and returns its violations. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(violationsInPage);
}

/**
 * The tab the install opened. Puppeteer still reports its first address (about:blank): the tab
 * moved to the extension's process, so ask each tab where it is.
 */
async function welcomeTab(): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const page of await firefox.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === `${firefox.extensionOrigin}/welcome.html`) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no welcome tab opened on install');
}

describe('first hour in Firefox', () => {
  it('opens the welcome page on install, and axe finds no violations on it', async () => {
    const welcome = await welcomeTab();
    await welcome.waitForSelector('.shortcuts');
    expect(await welcome.$$eval('.slate-legend li', (items) => items.length)).toBe(3);
    expect(await axeViolations(welcome)).toEqual([]);
    await welcome.close();
  });

  it("the sidebar lists the active tab's claims in page order, and axe finds no violations on it", async () => {
    const page = await firefox.openPage('demo-article.html');
    const inPage = (await firefox.pageClaims(page)).claims.map((claim) => claim.claimId);
    // In a background tab, the article stays the active tab the sidebar follows.
    const panel = await firefox.openExtensionPage('sidepanel.html', { background: true });
    await panel.waitForSelector('.page-claims .claim-entry', { timeout: 10_000 });
    const listed = await panel.$$eval('.page-claims .claim-entry', (buttons) =>
      buttons.map((button) => button.getAttribute('data-claim')),
    );
    expect(listed).toEqual(inPage);
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });
});
