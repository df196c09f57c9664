import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { corpus } from '../../data/corpus.ts';
import { AXE_SOURCE, violationsInPage } from './axe.ts';
import { highlightedClaims, launchExtensionBrowser, type ExtensionBrowser } from './harness.ts';

// A new reader's first hour, in real Chromium with the built extension: the welcome page on
// install, the popup (14px text, within 600px, the global switch, hiding one page), the side panel
// (this page's claims in page order, following the active tab; the whole debate to search), and
// axe-core on every extension surface.

declare const chrome: typeof extensionApi;

let browser: ExtensionBrowser;
let worker: Worker;
let welcomeOnInstall: Promise<Page>;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
  welcomeOnInstall = browser.context.waitForEvent('page', {
    predicate: (page) => page.url().endsWith('/welcome.html'),
    timeout: 10_000,
  });
  worker = await browser.background();
});
afterAll(async () => {
  await (browser as ExtensionBrowser | undefined)?.close();
});
beforeEach(async () => {
  await worker.evaluate(() => chrome.storage.sync.clear());
});
// After, not before: the first test looks at the welcome page the install opened.
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
});

/** The popup at no more than the browser's largest popup size. */
const openPopup = (tabId: number) => browser.openPopup(tabId, { width: 800, height: 600 });

/** The side panel as a page of its own, following the active tab of the window `windowOf` is in. */
async function openSidePanel(windowOf: Page): Promise<Page> {
  await windowOf.bringToFront();
  const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const windowId = tab?.windowId ?? 0;
  // In a window of its own, so opening it does not change the reader's active tab.
  const panelOpened = browser.context.waitForEvent('page', {
    predicate: (page) => page.url().includes('/sidepanel.html'),
  });
  await worker.evaluate(({ url }) => chrome.windows.create({ url, type: 'popup', width: 420, height: 900 }), {
    url: browser.extensionUrl(`sidepanel.html?window=${windowId}`),
  });
  const panel = await panelOpened;
  await panel.locator('#page-heading').waitFor();
  return panel;
}

/** Runs axe-core in the page and returns its violations. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(violationsInPage);
}

function popoverClaim(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document
        .querySelector('right-of-reply-ui')
        ?.shadowRoot?.querySelector('.popover')
        ?.getAttribute('data-claim-id') ?? null,
  );
}

describe('first run', () => {
  it('opens the welcome page on install, with the slates, their cues, the sources and the shortcuts', async () => {
    const welcome = await welcomeOnInstall;
    await welcome.locator('.shortcuts').waitFor();
    const slates = await welcome.locator('.slate-legend li').evaluateAll((items) =>
      items.map((item) => ({
        slate: item.getAttribute('data-slate'),
        description: item.querySelector('.slate-description')?.textContent,
        underline: getComputedStyle(item.querySelector('.legend-sample') ?? item).textDecorationStyle,
      })),
    );
    expect(slates).toEqual(
      corpus.slates.map((slate, at) => ({
        slate: slate.id,
        description: slate.description,
        underline: ['solid', 'dashed', 'dotted'][at],
      })),
    );
    const links = await welcome
      .locator('.source-list a')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links).toEqual(corpus.sources.flatMap((source) => (source.url === undefined ? [] : [source.url])));
    const shortcuts = await welcome
      .locator('.shortcuts div')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-command')));
    expect(shortcuts).toEqual(expect.arrayContaining(['next-claim', 'close-claim']));
    expect(await welcome.locator('.shortcuts kbd').first().textContent()).toMatch(/Alt\+Shift\+/);
  });

  it("opens the welcome page from the popup's “What is this?”", async () => {
    const page = await browser.openPage('demo-article.html');
    const popup = await openPopup(await browser.tabIdOf(page));
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('link', { name: 'What is this?' }).click();
    expect((await opened).url()).toBe(browser.extensionUrl('welcome.html'));
  });
});

describe('popup', () => {
  it('shows 14px text and stays within 600px however many claims the page has, its list scrolling', async () => {
    const page = await browser.openPage('demo-article.html');
    // Every claim of the corpus on one page: its first plain match form, a paragraph each.
    await page.evaluate(
      (forms) => {
        for (const form of forms) {
          const paragraph = document.createElement('p');
          paragraph.textContent = `Somebody wrote that ${form} and moved on.`;
          document.body.append(paragraph);
        }
      },
      corpus.claims.flatMap((claim) => claim.match.filter((form) => typeof form === 'string').slice(0, 1)),
    );
    await expect
      .poll(async () => (await highlightedClaims(browser, page)).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(30);
    const popup = await openPopup(await browser.tabIdOf(page));
    await popup.waitForFunction(() => document.querySelectorAll('.claim-entry').length >= 30);
    const sizes = await popup.evaluate(() => ({
      body: getComputedStyle(document.body).fontSize,
      entry: getComputedStyle(document.querySelector('.claim-summary') ?? document.body).fontSize,
      height: document.documentElement.scrollHeight,
      list: (() => {
        const list = document.querySelector('.claim-groups');
        return list === null ? null : { scroll: list.scrollHeight, client: list.clientHeight };
      })(),
    }));
    expect(sizes.body).toBe('14px');
    expect(sizes.entry).toBe('14px');
    expect(sizes.height).toBeLessThanOrEqual(600);
    expect(sizes.list?.scroll).toBeGreaterThan(sizes.list?.client ?? Infinity);
    // The links at the foot are inside the 600px.
    const foot = await popup.getByRole('link', { name: 'Notes' }).boundingBox();
    expect((foot?.y ?? Infinity) + (foot?.height ?? 0)).toBeLessThanOrEqual(600);
  });

  it('the global switch takes every highlight off every page and brings them back', async () => {
    const page = await browser.openPage('demo-article.html');
    const other = await browser.openPage('controls-long-article.html');
    const before = await highlightedClaims(browser, page);
    expect(before.length).toBeGreaterThan(0);
    const popup = await openPopup(await browser.tabIdOf(page));
    await popup.getByRole('switch', { name: /^On/ }).uncheck();
    for (const each of [page, other]) {
      await each.waitForFunction(() => CSS.highlights.size === 0, undefined, {
        timeout: 2000,
      });
    }
    expect(await worker.evaluate(() => chrome.storage.sync.get('enabled'))).toEqual({ enabled: false });
    await popup.getByText('Switched off: no highlights on any site.').waitFor();
    // Off survives a reload.
    await page.reload();
    await browser.pageClaims(page);
    expect(await highlightedClaims(browser, page)).toEqual([]);

    await popup.getByRole('switch', { name: /^Off/ }).check();
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, {
      timeout: 2000,
    });
    expect(await highlightedClaims(browser, page)).toEqual(before);
  });

  it('“hide on this page now” hides this tab only, saves nothing, and a reload shows the highlights again', async () => {
    const page = await browser.openPage('demo-article.html');
    const sameSite = await browser.openPage('demo-article.html');
    const before = await highlightedClaims(browser, page);
    const popup = await openPopup(await browser.tabIdOf(page));
    await popup.getByRole('switch', { name: 'Hide on this page now' }).check();
    await page.waitForFunction(() => CSS.highlights.size === 0, undefined, {
      timeout: 2000,
    });
    await popup.getByText('Hidden on this page: no highlights.').waitFor();
    expect(await popup.getByRole('switch', { name: /Pause on/ }).isChecked()).toBe(false);
    expect(await highlightedClaims(browser, sameSite)).toEqual(before);
    expect(await worker.evaluate(() => chrome.storage.sync.get(null))).toEqual({});

    // Shown again from the popup…
    await popup.getByRole('switch', { name: /Hidden on this page/ }).uncheck();
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, {
      timeout: 2000,
    });
    // …or by a reload.
    await popup.getByRole('switch', { name: 'Hide on this page now' }).check();
    await page.waitForFunction(() => CSS.highlights.size === 0);
    await page.reload();
    await browser.pageClaims(page);
    expect(await highlightedClaims(browser, page)).toEqual(before);
  });
});

describe('side panel', () => {
  it("lists this page's claims in page order; a click or Enter goes to the claim and opens its popover", async () => {
    const page = await browser.openPage('demo-article.html');
    const inPage = await highlightedClaims(browser, page);
    const panel = await openSidePanel(page);
    await panel.locator('.page-claims .claim-entry').first().waitFor();
    const listed = await panel
      .locator('.page-claims .claim-entry')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-claim')));
    expect(listed).toEqual(inPage);

    const last = inPage[inPage.length - 1] ?? '';
    await panel.locator(`.page-claims .claim-entry[data-claim="${last}"]`).click();
    await page.waitForFunction(
      (id) =>
        document
          .querySelector('right-of-reply-ui')
          ?.shadowRoot?.querySelector(`.popover[data-claim-id="${id}"]`) !== null,
      last,
      { timeout: 2000 },
    );
    expect(await popoverClaim(page)).toBe(last);

    const first = inPage[0] ?? '';
    await panel.locator(`.page-claims .claim-entry[data-claim="${first}"]`).focus();
    await panel.keyboard.press('Enter');
    await page.waitForFunction(
      (id) =>
        document
          .querySelector('right-of-reply-ui')
          ?.shadowRoot?.querySelector(`.popover[data-claim-id="${id}"]`) !== null,
      first,
      { timeout: 2000 },
    );
  });

  it('follows the reader to another tab and to another page', async () => {
    const demo = await browser.openPage('demo-article.html');
    const long = await browser.openPage('controls-long-article.html');
    const panel = await openSidePanel(long);
    const listed = () =>
      panel
        .locator('.page-claims .claim-entry')
        .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-claim')));
    await panel.waitForFunction(() => document.querySelectorAll('.page-claims .claim-entry').length === 3);
    expect(await listed()).toEqual(await highlightedClaims(browser, long));

    await demo.bringToFront();
    const demoClaims = await highlightedClaims(browser, demo);
    await panel.waitForFunction(
      (count) => document.querySelectorAll('.page-claims .claim-entry').length === count,
      demoClaims.length,
      { timeout: 3000 },
    );
    expect(await listed()).toEqual(demoClaims);

    await demo.goto(browser.pageUrl('no-claims.html'));
    await browser.pageClaims(demo);
    await panel.getByText('No claims from the debates found on this page.').waitFor({ timeout: 3000 });
  });

  it('searches the whole debate with filters, each claim beside its answers', async () => {
    const page = await browser.openPage('demo-article.html');
    const panel = await openSidePanel(page);
    const count = () => panel.locator('.debate-count').textContent();
    expect(await count()).toBe(`${corpus.claims.length} claims`);

    await panel.getByLabel('Slate').selectOption({ label: 'Momentum Organisers' });
    const organisers = corpus.claims.filter((claim) => claim.slate === 'mo').length;
    expect(await count()).toBe(`${organisers} claims`);
    await panel.getByLabel('Slate').selectOption({ label: 'All slates' });

    // A word only an answer uses finds the claim it answers.
    const claim = corpus.claims[0] ?? expect.unreachable();
    const answer = claim.responses[0]?.quote ?? '';
    const phrase = answer.split(/\s+/).slice(0, 6).join(' ');
    await panel.getByLabel('Search claims, answers and quotes').fill(phrase);
    await panel.locator(`.debate-claim[data-claim="${claim.id}"]`).waitFor();
    const article = panel.locator(`.debate-claim[data-claim="${claim.id}"]`);
    expect(await article.locator('h3').textContent()).toBe(claim.summary);
    expect(await article.locator('.answer').count()).toBe(claim.responses.length);

    await panel.getByLabel('Search claims, answers and quotes').fill('zzzqqq');
    expect(await count()).toBe('0 claims');
  });
});

describe('side panel notes', () => {
  it('writes a note on a claim of the debate; its count shows, and it is there when the panel reopens', async () => {
    const page = await browser.openPage('demo-article.html');
    const panel = await openSidePanel(page);
    const claim = corpus.claims[0] ?? expect.unreachable();
    const notes = panel.locator(`.debate-claim[data-claim="${claim.id}"] .claim-notes-disclosure`);
    await notes.locator('summary').getByText('Your notes (0 notes)').waitFor();
    await notes.locator('summary').click();
    await notes.locator('.note-input').fill('Check the NEC results for 2021');
    await notes.locator('.note-save').click();
    await notes.locator('.note-text', { hasText: 'Check the NEC results for 2021' }).waitFor();
    await notes.locator('summary').getByText('Your notes (1 note)').waitFor();
    expect(await axeViolations(panel)).toEqual([]);

    await panel.close();
    const again = await openSidePanel(page);
    await again
      .locator(`.debate-claim[data-claim="${claim.id}"] .claim-notes-disclosure summary`)
      .getByText('Your notes (1 note)')
      .waitFor();
  });
});

describe('axe-core', () => {
  const surfaces: [string, string, string][] = [
    ['the popup', 'popup.html', '#claims-heading'],
    ['the options page', 'options.html', '.colour-field'],
    ['the Notes page', 'notes.html', 'h1'],
    ['the welcome page', 'welcome.html', '.shortcuts'],
  ];
  for (const [name, file, ready] of surfaces) {
    it(`finds no violations on ${name}`, async () => {
      const page = await browser.context.newPage();
      const tab =
        file === 'popup.html'
          ? `?tab=${await browser.tabIdOf(await browser.openPage('demo-article.html'))}`
          : '';
      await page.goto(browser.extensionUrl(`${file}${tab}`));
      await page.locator(ready).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('finds no violations on the side panel, with claims listed and the debate shown', async () => {
    const panel = await openSidePanel(await browser.openPage('demo-article.html'));
    await panel.locator('.page-claims .claim-entry').first().waitFor();
    expect(await axeViolations(panel)).toEqual([]);
  });
});
