import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import type { ControlsProtocol } from '../../extension/controls/protocol.ts';
import {
  clickText,
  highlightedClaims as claimsOn,
  launchExtensionBrowser,
  paintedText,
  type ExtensionBrowser,
} from './harness.ts';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` is global.
declare const chrome: typeof extensionApi;

// The reader controls in real Chromium with the built extension: the popup (opened as a page and
// pointed at a tab with ?tab=), the badge, the site pause, the colours, the claim list.

let browser: ExtensionBrowser;
let worker: Worker;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  worker = await browser.background();
});
afterAll(async () => {
  // Unset when beforeAll failed before the launch.
  await (browser as ExtensionBrowser | undefined)?.close();
});
beforeEach(async () => {
  await worker.evaluate(() => chrome.storage.sync.clear());
  for (const page of browser.context.pages()) await page.close();
});

async function badgeOf(tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Polls until `read` gives `expected` (or the timeout passes), then returns the last value read. */
async function settle<T>(read: () => Promise<T>, expected: T, timeoutMs = 1000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The page's body as its own file has it, and the live body: HTML and the number of text nodes. */
async function bodyNowAndAsServed(page: Page) {
  return page.evaluate(async () => {
    const describe = (body: HTMLElement) => {
      const clone = body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('right-of-reply-ui').forEach((host) => {
        host.remove();
      });
      const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
      let textNodes = 0;
      while (walker.nextNode()) textNodes++;
      return { html: clone.innerHTML, textNodes };
    };
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return { now: describe(document.body), served: describe(served.body) };
  });
}

/** Distinct claims the page's content script reports painted, in page order. */
const highlightedClaims = (page: Page) => claimsOn(browser, page);

/** True once the page's highlight registry has (or has not) a highlight for the slate. */
const slatePainted = (page: Page, slate: string, painted: boolean) =>
  page.waitForFunction(
    ([name, wanted]) => CSS.highlights.has(name) === wanted,
    [`right-of-reply-${slate}`, painted] as const,
    { timeout: 1000 },
  );

const slatesOn = (claims: string[]) => [...new Set(claims.map((id) => id.split('-')[0]))].sort();

describe('reader controls', () => {
  it('switching a slate off in the popup removes its highlights at once, restoring the text; on brings them back', async () => {
    const page = await browser.openPage('demo-article.html');
    const tabId = await browser.tabIdOf(page);
    const text = await page.evaluate(() => ({
      content: document.body.textContent,
      inner: document.body.innerText,
    }));
    const before = await highlightedClaims(page);
    expect(slatesOn(before)).toEqual(['mi', 'mo', 'ym']);

    const popup = await browser.openPopup(tabId);
    await popup.getByRole('switch', { name: 'Momentum Organisers' }).uncheck();
    await slatePainted(page, 'mo', false);
    const without = await highlightedClaims(page);
    expect(slatesOn(without)).toEqual(['mi', 'ym']);
    expect(without).toEqual(before.filter((id) => !id.startsWith('mo-')));
    expect(
      await page.evaluate(() => ({ content: document.body.textContent, inner: document.body.innerText })),
    ).toEqual(text);
    expect(await settle(() => badgeOf(tabId), String(without.length))).toBe(String(without.length));
    // The popup's list follows: no Organisers group any more.
    await popup.locator('.claim-group[data-slate="mo"]').waitFor({ state: 'detached', timeout: 1000 });

    await popup.getByRole('switch', { name: 'Momentum Organisers' }).check();
    await slatePainted(page, 'mo', true);
    expect((await highlightedClaims(page)).sort()).toEqual([...before].sort());
    expect(await settle(() => badgeOf(tabId), String(before.length))).toBe(String(before.length));

    // Off survives a reload: the page comes back without that slate.
    await popup.getByRole('switch', { name: 'Your Momentum' }).uncheck();
    await page.reload();
    await browser.pageClaims(page);
    expect(slatesOn(await highlightedClaims(page))).toEqual(['mi', 'mo']);
  });

  it('badges each tab with its own number of distinct claims', async () => {
    const demo = await browser.openPage('demo-article.html');
    const long = await browser.openPage('controls-long-article.html');
    const demoClaims = await highlightedClaims(demo);
    const longClaims = await highlightedClaims(long);
    const hits = (await browser.pageClaims(demo)).claims.reduce((sum, claim) => sum + claim.hits, 0);
    // Distinct claims, not highlights: the demo quotes some claims twice.
    expect(hits).toBeGreaterThan(demoClaims.length);
    const demoTab = await browser.tabIdOf(demo);
    const longTab = await browser.tabIdOf(long);
    expect(await settle(() => badgeOf(demoTab), String(demoClaims.length))).toBe(String(demoClaims.length));
    expect(await settle(() => badgeOf(longTab), String(longClaims.length))).toBe(String(longClaims.length));
    expect(longClaims).toHaveLength(3);

    // The page changes on its own: the badge follows.
    await long.evaluate(() => document.getElementById('third')?.remove());
    expect(await settle(() => badgeOf(longTab), '2')).toBe('2');
  });

  it('pausing the site removes every highlight, survives a reload, and resuming brings them back', async () => {
    const page = await browser.openPage('demo-article.html');
    const tabId = await browser.tabIdOf(page);
    const before = await highlightedClaims(page);
    const popup = await browser.openPopup(tabId);

    await popup.getByRole('switch', { name: 'Pause on 127.0.0.1' }).check();
    await page.waitForFunction(() => CSS.highlights.size === 0, undefined, { timeout: 1000 });
    const body = await bodyNowAndAsServed(page);
    expect(body.now).toEqual(body.served);
    expect(await settle(() => badgeOf(tabId), '')).toBe('');
    await popup.getByText('Paused on this site').waitFor();

    await page.reload();
    await browser.pageClaims(page);
    await page.waitForTimeout(300);
    expect(await highlightedClaims(page)).toEqual([]);
    expect(await badgeOf(tabId)).toBe('');

    // Another page of the same host is paused too.
    const other = await browser.openPage('controls-long-article.html');
    expect(await highlightedClaims(other)).toEqual([]);

    await popup.getByRole('switch', { name: 'Paused on 127.0.0.1' }).uncheck();
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 1000 });
    expect(await highlightedClaims(page)).toEqual(before);
    expect(await settle(() => badgeOf(tabId), String(before.length))).toBe(String(before.length));
  });

  it("the popup's claim list scrolls to the claim, focuses it and opens its popover", async () => {
    const page = await browser.openPage('controls-long-article.html');
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openPopup(tabId);
    const groups = await popup
      .locator('.claim-group')
      .evaluateAll((sections) =>
        sections.map((section) => [
          section.getAttribute('data-slate'),
          section.querySelectorAll('.claim-entry').length,
        ]),
      );
    expect(groups).toEqual([
      ['ym', 1],
      ['mo', 1],
      ['mi', 1],
    ]);
    expect(await popup.locator('.claim-group[data-slate="mi"] .count').first().textContent()).toBe('1 claim');

    const claim = 'mi-refused-to-back-council-strikes';
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.locator(`.claim-entry[data-claim="${claim}"]`).click();
    await page.locator(`right-of-reply-ui .popover[data-claim-id="${claim}"]`).waitFor({ timeout: 2000 });
    expect(await paintedText(page, 'right-of-reply-focus')).toEqual(
      await paintedText(page, 'right-of-reply-mi'),
    );
    await page.waitForFunction(
      () => {
        const [range] = [
          ...((CSS.highlights.get('right-of-reply-focus') as unknown as Set<Range> | undefined) ?? []),
        ];
        const rect = range?.getBoundingClientRect();
        return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight;
      },
      undefined,
      { timeout: 2000 },
    );
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  });

  it('the next- and previous-claim commands step through the claims in page order and the close command closes the popover', async () => {
    // Headless Chromium does not deliver extension shortcuts from key presses, so this checks the
    // browser registered both commands with their keys, then sends the content script the
    // messages the background sends for them (in @webext-core/messaging's wire format).
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.map(({ name, shortcut }) => [name, shortcut])).toEqual(
      expect.arrayContaining([
        ['next-claim', 'Alt+Shift+J'],
        ['previous-claim', 'Alt+Shift+H'],
        ['close-claim', 'Alt+Shift+K'],
      ]),
    );
    const page = await browser.openPage('controls-long-article.html');
    const tabId = await browser.tabIdOf(page);
    const send = (type: keyof ControlsProtocol) =>
      worker.evaluate(
        ([id, messageType]) =>
          chrome.tabs.sendMessage(id, { id: 1, type: messageType, timestamp: Date.now() }),
        [tabId, type] as const,
      );
    const openClaim = () =>
      page.evaluate(
        () =>
          document
            .querySelector('right-of-reply-ui')
            ?.shadowRoot?.querySelector('.popover')
            ?.getAttribute('data-claim-id') ?? null,
      );

    const visited: (string | null)[] = [];
    for (let step = 0; step < 4; step++) {
      await send('controls.showNextClaim');
      await page.waitForFunction(
        () => document.querySelector('right-of-reply-ui')?.shadowRoot?.querySelector('.popover') !== null,
      );
      visited.push(await openClaim());
    }
    expect(visited).toEqual([
      'ym-won-almost-every-internal-election',
      'mo-slashed-organising-staff',
      'mi-refused-to-back-council-strikes',
      'ym-won-almost-every-internal-election', // wraps round
    ]);
    await send('controls.showPreviousClaim');
    await page.waitForFunction(
      () =>
        document
          .querySelector('right-of-reply-ui')
          ?.shadowRoot?.querySelector('.popover')
          ?.getAttribute('data-claim-id') === 'mi-refused-to-back-council-strikes',
    );
    await send('controls.closeClaim');
    expect(await settle(openClaim, null)).toBeNull();
  });

  it('a slate colour changed on the options page applies live, and an unreadable one is refused', async () => {
    const page = await browser.openPage('demo-article.html');
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const ymColour = options.locator('.colour-field[data-slate="ym"] input[type="color"]');

    await ymColour.fill('#ffd700');
    await options
      .locator('.colour-field[data-slate="ym"] .colour-message.error')
      .getByText(/Too light/)
      .waitFor();
    expect(await worker.evaluate(() => chrome.storage.sync.get('slateColours'))).toEqual({});

    // A green whose tint protanopia can't tell from Momentum Internationalists' amber is refused too.
    await ymColour.fill('#1e5631');
    await options
      .locator('.colour-field[data-slate="ym"] .colour-message.error')
      .getByText(/Too close to Momentum Internationalists .* protanopia/)
      .waitFor();
    expect(await worker.evaluate(() => chrome.storage.sync.get('slateColours'))).toEqual({});

    await ymColour.fill('#831843');
    // The new colours come as a stylesheet the browser injects: no element in the page.
    const background = () =>
      page.evaluate(() => getComputedStyle(document.body, '::highlight(right-of-reply-ym)').backgroundColor);
    expect(await settle(background, 'rgba(131, 24, 67, 0.3)')).toBe('rgba(131, 24, 67, 0.3)');
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(
      await page.evaluate(async () => {
        const served = new DOMParser().parseFromString(
          await (await fetch(location.href)).text(),
          'text/html',
        );
        return served.querySelectorAll('style').length;
      }),
    );

    // The popover's chips take the new colour too.
    await clickText(page, 'rebuilt the organisation');
    const chip = page.locator('right-of-reply-ui .popover-header .slate-chip');
    expect(await chip.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(131, 24, 67)',
    );
  });
});
