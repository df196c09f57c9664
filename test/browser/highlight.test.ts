import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { contrastRatio, parseHexColour } from '../../lib/controls/contrast.ts';
import { parseBackground } from '../../lib/controls/tint.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickText,
  highlightedClaims,
  launchExtensionBrowser,
  paintedText,
  PAGES_DIR,
  type ExtensionBrowser,
} from './harness.ts';

// What a reader sees with the built extension loaded in real Chromium. Highlights are painted
// (CSS Custom Highlight API): one highlight per slate, registered as `right-of-reply-<slate>`.

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  // Unset when beforeAll failed before the launch.
  await (browser as ExtensionBrowser | undefined)?.close();
});

/** The body as the server sent it, parsed in the page, and the live body: equal if untouched. */
async function bodyAsServedAndNow(page: Page, file: string): Promise<{ served: string; now: string }> {
  const html = await readFile(path.join(PAGES_DIR, file), 'utf8');
  return page.evaluate((source) => {
    const served = new DOMParser().parseFromString(source, 'text/html');
    return { served: served.body.outerHTML, now: document.body.outerHTML };
  }, html);
}

/** The popover's dialog, in the extension's shadow root. */
const popover = (page: Page) => page.locator('right-of-reply-ui .popover');

describe('highlighting', () => {
  it('paints exactly the expected claims on a page with split, curly and broken quotes', async () => {
    const page = await browser.openPage('split-quotes.html');
    expect(await highlightedClaims(browser, page)).toEqual([
      'ym-won-almost-every-internal-election',
      'mo-conference-2021-threshold-passed-53-to-47',
      'mo-slashed-organising-staff',
      'mi-lack-of-internal-democracy',
    ]);
    expect(await paintedText(page, 'right-of-reply-ym')).toEqual([
      'winning the majority of seats in almost\nevery national internal Labour election',
    ]);
    expect(await paintedText(page, 'right-of-reply-mi')).toEqual([
      'striking lack of internal\u00a0democracy',
    ]);
    // A claim's words split by a soft hyphen are painted as the page shows them.
    expect(await paintedText(page, 'right-of-reply-mo')).toContain(
      'slash\u00ading the organising staff team',
    );
    await page.close();
  });

  it('leaves the page’s DOM exactly as served: no element, attribute, style or text node changed', async () => {
    const page = await browser.openPage('split-quotes.html');
    const { served, now } = await bodyAsServedAndNow(page, 'split-quotes.html');
    expect(now).toBe(served);
    expect(await page.evaluate(() => document.querySelectorAll('style, mark, [data-claim]').length)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.getAttributeNames())).toEqual(['lang']);
    // The first paragraph's text nodes are still the parser's: none split, none merged.
    expect(await page.evaluate(() => document.querySelector('article p')!.childNodes.length)).toBe(5);
    await page.close();
  });

  it('tints each slate with its colour and gives each its own underline style', async () => {
    const page = await browser.openPage('split-quotes.html');
    const styles = await page.evaluate(() => {
      const p = document.querySelector('article p')!;
      return ['ym', 'mo', 'mi'].map((slate) => {
        const style = getComputedStyle(p, `::highlight(right-of-reply-${slate})`);
        const cue = getComputedStyle(p, `::highlight(right-of-reply-${slate}-cue)`);
        return {
          background: style.backgroundColor,
          underline: cue.textDecorationLine,
          style: cue.textDecorationStyle,
        };
      });
    });
    // Your Momentum's #8a1538 at the 0x4d tint.
    expect(styles[0]!.background).toMatch(/^rgba\(138, 21, 56, 0\.3\d*\)$/);
    expect(styles.map((style) => style.underline)).toEqual(['underline', 'underline', 'underline']);
    expect(new Set(styles.map((style) => style.style)).size).toBe(3);
    await page.close();
  });

  it('underlines the hits near the viewport, and the underline follows the reader down the page', async () => {
    const page = await browser.openPage('controls-long-article.html');
    // Every hit's text, in the slates' cue highlights (the underline) and in their own (the tint).
    const texts = (suffix: string) =>
      page.evaluate((wanted) => {
        const found: string[] = [];
        CSS.highlights.forEach((highlight, name) => {
          if (
            name.startsWith('right-of-reply-') &&
            name.endsWith('-cue') === (wanted === '-cue') &&
            name !== 'right-of-reply-focus'
          )
            for (const range of highlight as unknown as Set<Range>) found.push(range.toString());
        });
        return found.sort();
      }, suffix);
    const first = 'winning the majority of seats in almost every national internal Labour election';
    const second = 'slashing the organising staff team';
    expect(await texts('')).toHaveLength(3);
    await expect.poll(() => texts('-cue')).toEqual([first]);
    await page.evaluate(() => {
      document.querySelector('#second')!.scrollIntoView({ block: 'center' });
    });
    await expect.poll(() => texts('-cue')).toEqual([second]);
    expect(await texts('')).toHaveLength(3);
    await page.close();
  });

  it("on a dark page, tints each highlight in a shade that stands 3:1 from the page's background", async () => {
    const page = await browser.openPage('dark-article.html');
    expect(await highlightedClaims(browser, page)).toEqual(['ym-won-almost-every-internal-election']);
    const tint = await page.evaluate(
      () => getComputedStyle(document.querySelector('p')!, '::highlight(right-of-reply-ym)').backgroundColor,
    );
    const background = parseBackground(tint);
    expect(background, tint).not.toBeNull();
    // Opaque, not the light page's translucent tint, which all but vanishes on a dark page.
    expect(tint).toMatch(/^rgb\(/);
    expect(contrastRatio(background!, parseHexColour('#121212')!)).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('adds nothing to a page that makes no claims', async () => {
    const page = await browser.openPage('no-claims.html');
    expect(await highlightedClaims(browser, page)).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const { served, now } = await bodyAsServedAndNow(page, 'no-claims.html');
    expect(now).toBe(served);
    await page.close();
  });

  it('never touches the text of a textarea, an input or a contenteditable region', async () => {
    const page = await browser.openPage('editable-fields.html');
    expect(await highlightedClaims(browser, page)).toEqual(['ym-won-almost-every-internal-election']);
    expect(await paintedText(page, 'right-of-reply-ym')).toEqual(['winning every internal Labour election']);
    expect(await page.$eval('#reply', (el) => (el as HTMLTextAreaElement).value)).toBe(
      'I think they were winning every internal Labour election until 2021.',
    );
    expect(await page.$eval('#draft', (el) => el.childNodes.length)).toBe(1);
    await page.close();
  });

  it('paints content the page adds two seconds after load', async () => {
    const page = await browser.openPage('late-content.html');
    expect(await highlightedClaims(browser, page)).toEqual([]);
    await page.waitForSelector('html[data-late-content="added"]');
    await page.waitForFunction(() => CSS.highlights.get('right-of-reply-mo')?.size === 1, undefined, {
      timeout: 5000,
    });
    expect(await highlightedClaims(browser, page)).toEqual(['mo-two-and-a-half-years-of-defeat-and-decline']);
    await page.close();
  });
});

describe('pages that change', () => {
  it('follows the page when it replaces and removes highlighted nodes, without duplicates', async () => {
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
    await page.waitForFunction(() => {
      const [range] = [
        ...((CSS.highlights.get('right-of-reply-ym') as unknown as Set<Range> | undefined) ?? []),
      ];
      return range?.startContainer.parentElement === document.querySelector('article p');
    });
    expect(await highlightedClaims(browser, page)).toEqual([
      'ym-won-almost-every-internal-election',
      'mo-conference-2021-threshold-passed-53-to-47',
      'mi-lack-of-internal-democracy',
    ]);
    expect(await paintedText(page, 'right-of-reply-ym')).toHaveLength(1);
    await page.close();
  });

  it('paints the new content after an in-app navigation', async () => {
    const page = await browser.openPage('no-claims.html');
    await page.evaluate(() => {
      history.pushState({}, '', '/article-2');
      const article = document.querySelector('article')!;
      const paragraph = document.createElement('p');
      paragraph.textContent =
        'Momentum should face up to the reality of two-and-a-half years of defeat and decline.';
      article.replaceChildren(paragraph);
    });
    await page.waitForFunction(() => CSS.highlights.get('right-of-reply-mo')?.size === 1);
    expect(await paintedText(page, 'right-of-reply-mo')).toEqual([
      'two-and-a-half years of defeat and decline',
    ]);
    await page.close();
  });
});

describe('popover', () => {
  it('opens on a click on the painted text, with the other slate’s answer, and closes on Escape', async () => {
    const page = await browser.openPage('split-quotes.html');
    await page.evaluate(() => {
      (window as { clicks?: number }).clicks = 0;
      document.addEventListener('click', () => (window as { clicks?: number }).clicks!++);
    });
    await clickText(page, 'winning the majority of seats');
    await popover(page).waitFor();
    expect(await popover(page).getAttribute('data-claim-id')).toBe('ym-won-almost-every-internal-election');
    expect(await popover(page).locator('.claim-quote').textContent()).toContain(
      'winning the majority of seats in almost every national internal Labour election',
    );
    const answers = await popover(page)
      .locator('.answer')
      .evaluateAll((items) =>
        items.map((item) => ({ slate: item.getAttribute('data-slate'), text: item.textContent })),
      );
    expect(
      answers.some((a) => a.slate === 'mo' && a.text.includes('winning every internal Labour election')),
    ).toBe(true);
    expect(answers.every((a) => a.slate !== 'ym')).toBe(true);
    // Open: the claim carries the focus highlight; the page still got its click.
    expect(await paintedText(page, 'right-of-reply-focus')).toHaveLength(1);
    expect(await page.evaluate(() => (window as { clicks?: number }).clicks)).toBe(1);
    await page.keyboard.press('Escape');
    await popover(page).waitFor({ state: 'detached' });
    expect(await paintedText(page, 'right-of-reply-focus')).toEqual([]);
    await page.close();
  });

  it('follows a link inside a highlight and opens nothing', async () => {
    const page = await browser.openPage('split-quotes.html');
    await clickText(page, 'every national internal');
    await page.waitForURL(/#$/);
    await page.waitForTimeout(300);
    expect(await popover(page).count()).toBe(0);
    await page.close();
  });

  it('moves a visible focus from claim to claim with the keyboard commands, announcing each', async () => {
    const page = await browser.openPage('split-quotes.html');
    expect(await browser.tell(page, 'controls.showNextClaim')).toBe(true);
    await popover(page).waitFor();
    const focused = async () => ({
      claim: await popover(page).getAttribute('data-claim-id'),
      painted: await paintedText(page, 'right-of-reply-focus'),
      // Focus is inside the dialog, so a screen reader announces it.
      activeRole: await page.evaluate(
        () => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role') ?? null,
      ),
    });
    expect(await focused()).toEqual({
      claim: 'ym-won-almost-every-internal-election',
      painted: ['winning the majority of seats in almost\nevery national internal Labour election'],
      activeRole: 'dialog',
    });
    await browser.tell(page, 'controls.showNextClaim');
    await page.waitForFunction(
      () =>
        document
          .querySelector('right-of-reply-ui')
          ?.shadowRoot?.querySelector('.popover')
          ?.getAttribute('data-claim-id') === 'mo-conference-2021-threshold-passed-53-to-47',
    );
    await browser.tell(page, 'controls.showPreviousClaim');
    await page.waitForFunction(
      () =>
        document
          .querySelector('right-of-reply-ui')
          ?.shadowRoot?.querySelector('.popover')
          ?.getAttribute('data-claim-id') === 'ym-won-almost-every-internal-election',
    );
    expect((await focused()).painted).toEqual([
      'winning the majority of seats in almost\nevery national internal Labour election',
    ]);
    await browser.tell(page, 'controls.closeClaim');
    await popover(page).waitFor({ state: 'detached' });
    await page.close();
  });

  it('stays on screen next to its highlight and follows scrolling', async () => {
    const page = await browser.openPage('demo-article.html');
    await clickText(page, 'rebuilt the organisation');
    const floating = page.locator('right-of-reply-ui .floating');
    await floating.waitFor();
    const anchor = () =>
      page.evaluate(() => {
        const [range] = [...(CSS.highlights.get('right-of-reply-focus') as unknown as Set<Range>)];
        const rect = range!.getBoundingClientRect();
        return { y: rect.top, height: rect.height };
      });
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const box = (await floating.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const adjacent = (popup: { y: number; height: number }, to: { y: number; height: number }) =>
      Math.abs(popup.y - (to.y + to.height)) < 12 || Math.abs(popup.y + popup.height - to.y) < 12;
    const before = await anchor();
    expect(adjacent(box, before)).toBe(true);
    await page.evaluate(() => {
      window.scrollBy({ top: 120, behavior: 'instant' });
    });
    // Floating UI repositions on the next animation frame after a scroll.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const after = await anchor();
    expect(after.y - before.y).toBeLessThan(-100);
    expect(adjacent((await floating.boundingBox())!, after)).toBe(true);
    await page.close();
  });
});
