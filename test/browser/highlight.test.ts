import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedClaims, launchExtensionBrowser, type ExtensionBrowser } from './harness.ts';

// What a reader sees with the built extension loaded in real Chromium.

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  // Unset when beforeAll failed before the launch.
  await (browser as ExtensionBrowser | undefined)?.close();
});

async function markTexts(page: Page, claim: string): Promise<string> {
  return page.$$eval(`mark[data-claim="${claim}"]`, (marks) =>
    marks.map((mark) => mark.textContent).join(''),
  );
}

describe('highlighting', () => {
  it('highlights exactly the expected claims on a page with split, curly and broken quotes', async () => {
    const page = await browser.openPage('split-quotes.html');
    expect(await highlightedClaims(page)).toEqual([
      'ym-won-almost-every-internal-election',
      'mo-conference-2021-threshold-passed-53-to-47',
      'mo-slashed-organising-staff',
      'mi-lack-of-internal-democracy',
    ]);
    expect(await markTexts(page, 'ym-won-almost-every-internal-election')).toBe(
      'winning the majority of seats in almost\nevery national internal Labour election',
    );
    expect(
      await page.$$eval('mark[data-claim="mo-conference-2021-threshold-passed-53-to-47"]', (m) => m.length),
    ).toBeGreaterThan(1);
    const slates = await page.$$eval('mark[data-claim]', (marks) => [
      ...new Set(marks.map((m) => m.getAttribute('data-slate'))),
    ]);
    expect(slates.sort()).toEqual(['mi', 'mo', 'ym']);
    await page.close();
  });

  it('tints each highlight with its slate colour', async () => {
    const page = await browser.openPage('split-quotes.html');
    const background = await page.$eval(
      'mark[data-slate="ym"]',
      (mark) => getComputedStyle(mark).backgroundColor,
    );
    expect(background).toMatch(/^rgba\(138, 21, 56, 0\.3\d*\)$/);
    await page.close();
  });

  it('leaves a page that makes no claims without a highlight and with its text unchanged', async () => {
    const page = await browser.openPage('no-claims.html');
    expect(await page.$$eval('mark', (marks) => marks.length)).toBe(0);
    await page.close();
  });

  it('never touches the text of a textarea, an input or a contenteditable region', async () => {
    const page = await browser.openPage('editable-fields.html');
    expect(await highlightedClaims(page)).toEqual(['ym-won-almost-every-internal-election']);
    expect(await page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value)).toBe(
      'I think they were winning every internal Labour election until 2021.',
    );
    expect(await page.$eval('#draft', (el) => el.childNodes.length)).toBe(1);
    expect(await page.$$eval('form mark', (marks) => marks.length)).toBe(0);
    await page.close();
  });

  it('highlights content the page adds two seconds after load', async () => {
    const page = await browser.openPage('late-content.html');
    expect(await highlightedClaims(page)).toEqual([]);
    await page.waitForSelector('html[data-late-content="added"]');
    await page.waitForSelector('mark[data-claim="mo-two-and-a-half-years-of-defeat-and-decline"]', {
      timeout: 5000,
    });
    expect(await page.$$eval('mark[data-claim]', (marks) => marks.length)).toBe(1);
    await page.close();
  });
});

describe('pages that change', () => {
  it('recovers without duplicates when the page replaces and removes highlighted nodes', async () => {
    const page = await browser.openPage('split-quotes.html');
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('article p');
      // Like a framework re-rendering: same text, new nodes.
      const first = paragraphs[0]!;
      const copy = document.createElement('p');
      copy.textContent = first.textContent;
      first.replaceWith(copy);
      paragraphs[2]!.remove();
    });
    await page.waitForFunction(
      () =>
        document.querySelector('article p mark[data-claim]')?.closest('p') ===
        document.querySelector('article p'),
    );
    expect(await highlightedClaims(page)).toEqual([
      'ym-won-almost-every-internal-election',
      'mo-conference-2021-threshold-passed-53-to-47',
      'mi-lack-of-internal-democracy',
    ]);
    const firstParagraphMarks = await page.$$eval(
      'article p:first-child mark[data-claim]',
      (marks) => marks.length,
    );
    expect(firstParagraphMarks).toBe(1);
    await page.close();
  });

  it('rescans after an in-app navigation', async () => {
    const page = await browser.openPage('no-claims.html');
    await page.evaluate(() => {
      history.pushState({}, '', '/article-2');
      const article = document.querySelector('article')!;
      const paragraph = document.createElement('p');
      paragraph.textContent =
        'Momentum should face up to the reality of two-and-a-half years of defeat and decline.';
      article.replaceChildren(paragraph);
    });
    await page.waitForSelector('mark[data-claim="mo-two-and-a-half-years-of-defeat-and-decline"]');
    // The location change itself triggers a full rescan (the second full scan of this page).
    await page.waitForSelector('html[data-right-of-reply-scanned="2"]', { state: 'attached' });
    expect(await page.$$eval('mark[data-claim]', (marks) => marks.length)).toBe(1);
    await page.close();
  });
});

describe('popover', () => {
  it('opens on click with the other slate’s answer, closes on Escape and returns focus', async () => {
    const page = await browser.openPage('split-quotes.html');
    await page.click('mark[data-claim="ym-won-almost-every-internal-election"]');
    const popover = page.locator('right-of-reply-ui .popover');
    await popover.waitFor();
    expect(await popover.locator('.claim-quote').textContent()).toContain(
      'winning the majority of seats in almost every national internal Labour election',
    );
    const answers = await popover
      .locator('.answer')
      .evaluateAll((items) =>
        items.map((item) => ({ slate: item.getAttribute('data-slate'), text: item.textContent })),
      );
    expect(answers.length).toBeGreaterThan(0);
    expect(
      answers.some((a) => a.slate === 'mo' && a.text.includes('winning every internal Labour election')),
    ).toBe(true);
    expect(answers.every((a) => a.slate !== 'ym')).toBe(true);

    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-claim'));
    expect(focused).toBe('ym-won-almost-every-internal-election');
    await page.close();
  });

  it('opens with Enter on a focused highlight and closes on a click outside', async () => {
    const page = await browser.openPage('split-quotes.html');
    await page.focus('mark[data-claim="mi-lack-of-internal-democracy"][tabindex="0"]');
    await page.keyboard.press('Enter');
    const popover = page.locator('right-of-reply-ui .popover');
    await popover.waitFor();
    expect(await popover.getAttribute('data-claim-id')).toBe('mi-lack-of-internal-democracy');
    await page.mouse.click(5, 5);
    await popover.waitFor({ state: 'detached' });
    await page.close();
  });

  it('stays on screen next to its highlight and follows scrolling', async () => {
    const page = await browser.openPage('demo-article.html');
    const mark = page.locator('mark[data-claim="ym-refounding-rebuilt-organisation"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const floating = page.locator('right-of-reply-ui .floating');
    await floating.waitFor();
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const box = await floating.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    const adjacent = (popup: { y: number; height: number }, anchor: { y: number; height: number }) =>
      Math.abs(popup.y - (anchor.y + anchor.height)) < 12 || Math.abs(popup.y + popup.height - anchor.y) < 12;
    expect(adjacent(box!, (await mark.boundingBox())!)).toBe(true);
    const markBefore = await mark.boundingBox();
    await page.evaluate(() => {
      window.scrollBy({ top: 120, behavior: 'instant' });
    });
    // Floating UI repositions on the next animation frame after a scroll.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const markAfter = await mark.boundingBox();
    expect(markAfter!.y - markBefore!.y).toBeLessThan(-100);
    expect(adjacent((await floating.boundingBox())!, markAfter!)).toBe(true);
    await page.close();
  });
});
