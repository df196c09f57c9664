import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../../scripts/firefox-browser.ts';

// What a reader sees with the built extension installed in real Firefox ESR, as a temporary add-on
// (the way `npm run dev:firefox` and about:debugging load it).

let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  // Unset when beforeAll failed before the launch.
  await (firefox as FirefoxExtensionBrowser | undefined)?.close();
});

/** Waits until the content script has scanned the page, then lists the claims highlighted. */
async function highlightedClaims(page: Page): Promise<string[]> {
  await page.waitForSelector('html[data-right-of-reply-scanned]', { timeout: 15_000 });
  return page.$$eval('mark[data-claim]', (marks) => [
    ...new Set(marks.map((mark) => mark.getAttribute('data-claim') ?? '')),
  ]);
}

const slatesOf = (claims: string[]) => [...new Set(claims.map((id) => id.split('-')[0]))].sort();

/** The toolbar popup for the tab showing `page`: opened beside it while that tab stays active. */
async function openPopupFor(page: Page): Promise<Page> {
  await page.bringToFront();
  const popup = await firefox.openExtensionPage('popup.html', { background: true });
  await popup.waitForSelector('#claims-heading');
  return popup;
}

/** Flips the popup's switch with this label, once the popup shows it. */
async function switchNamed(popup: Page, name: string): Promise<void> {
  const toggle = await popup.waitForFunction(
    (label) =>
      [...document.querySelectorAll<HTMLElement>('[role="switch"]')].find(
        (element) => element.closest('label')?.textContent.trim() === label,
      ) ?? false,
    { timeout: 5000 },
    name,
  );
  await (toggle as ElementHandle<HTMLElement>).click();
}

describe('in Firefox', () => {
  it('highlights the claims of every slate on the demo article', async () => {
    const page = await firefox.openPage('demo-article.html');
    const claims = await highlightedClaims(page);
    expect(claims.length).toBeGreaterThanOrEqual(10);
    expect(slatesOf(claims)).toEqual(['mi', 'mo', 'ym']);
    await page.close();
  });

  it("opens a claim's popover with the other slates' answers", async () => {
    const page = await firefox.openPage('demo-article.html');
    await highlightedClaims(page);
    await page.click('mark[data-claim="ym-won-almost-every-internal-election"]');
    const text = await page.waitForFunction(
      () => {
        const root = document.querySelector('right-of-reply-ui')?.shadowRoot;
        const popover = root?.querySelector(
          '.popover[data-claim-id="ym-won-almost-every-internal-election"]',
        );
        return popover?.textContent.includes('Momentum Organisers') === true ? popover.textContent : false;
      },
      { timeout: 5000 },
    );
    expect(await text.jsonValue()).toContain('winning every internal Labour election');
    await page.close();
  });

  it('switching a slate off in the popup removes its highlights; on brings them back', async () => {
    const page = await firefox.openPage('demo-article.html');
    expect(slatesOf(await highlightedClaims(page))).toContain('mo');
    const popup = await openPopupFor(page);
    await switchNamed(popup, 'Momentum Organisers');
    await page.waitForFunction(() => document.querySelector('mark[data-slate="mo"]') === null, {
      timeout: 3000,
    });
    expect(slatesOf(await highlightedClaims(page))).toEqual(['mi', 'ym']);
    await switchNamed(popup, 'Momentum Organisers');
    await page.waitForFunction(() => document.querySelector('mark[data-slate="mo"]') !== null, {
      timeout: 3000,
    });
    await popup.close();
    await page.close();
  });

  it('pausing the site removes every highlight and survives a reload', async () => {
    const page = await firefox.openPage('demo-article.html');
    expect((await highlightedClaims(page)).length).toBeGreaterThan(0);
    const popup = await openPopupFor(page);
    await switchNamed(popup, 'Pause on 127.0.0.1');
    await page.waitForFunction(() => document.querySelector('mark[data-claim]') === null, { timeout: 3000 });
    await page.reload();
    await page.waitForSelector('html[data-right-of-reply-scanned]', { timeout: 15_000 });
    expect(await page.$$eval('mark[data-claim]', (marks) => marks.length)).toBe(0);
    await switchNamed(popup, 'Paused on 127.0.0.1');
    await page.waitForFunction(() => document.querySelector('mark[data-claim]') !== null, { timeout: 3000 });
    await popup.close();
    await page.close();
  });
});
