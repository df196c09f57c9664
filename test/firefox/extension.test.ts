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

/** Distinct claims painted on the page, once the content script has scanned it. */
async function highlightedClaims(page: Page): Promise<string[]> {
  return (await firefox.pageClaims(page)).claims.map((claim) => claim.claimId);
}

/** True once the page's highlight registry has (or has not) a highlight for the slate. */
function slatePainted(page: Page, slate: string, painted: boolean) {
  return page.waitForFunction(
    (name, wanted) => CSS.highlights.has(name) === wanted,
    { timeout: 3000 },
    `right-of-reply-${slate}`,
    painted,
  );
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
    // A click on the painted words, found as a reader's pointer would find them.
    const point = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) =>
        p.textContent.includes('winning the majority of seats'),
      )!;
      paragraph.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf('majority');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 8);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return null;
    });
    await page.mouse.click(point!.x, point!.y);
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
    await slatePainted(page, 'mo', false);
    expect(slatesOf(await highlightedClaims(page))).toEqual(['mi', 'ym']);
    await switchNamed(popup, 'Momentum Organisers');
    await slatePainted(page, 'mo', true);
    await popup.close();
    await page.close();
  });

  it('pausing the site removes every highlight and survives a reload', async () => {
    const page = await firefox.openPage('demo-article.html');
    expect((await highlightedClaims(page)).length).toBeGreaterThan(0);
    const popup = await openPopupFor(page);
    await switchNamed(popup, 'Pause on 127.0.0.1');
    await page.waitForFunction(() => CSS.highlights.size === 0, { timeout: 3000 });
    await page.reload();
    expect((await firefox.pageClaims(page)).paused).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await switchNamed(popup, 'Paused on 127.0.0.1');
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 3000 });
    await popup.close();
    await page.close();
  });
});
