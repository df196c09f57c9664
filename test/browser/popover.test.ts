import { readFile } from 'node:fs/promises';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus.ts';
import { indexCorpus } from '../../lib/corpus/corpus-index.ts';
import { answersHeading, answerTiming } from '../../lib/popover/answer-groups.ts';
import { AXE_SOURCE } from './axe.ts';
import { launchExtensionBrowser, paintedText, type ExtensionBrowser } from './harness.ts';

// The in-page popover with the built extension in real Chromium: its content (answers grouped by
// stance, sources linked, the source text at the quote, why highlighted), its fit in the viewport,
// focus kept inside, axe-core on the open popover, and "this isn't that claim" dismissals.

const index = indexCorpus(corpus);
/** Answered by a 2020 source: a 2022 claim, with answers and context. */
const ANSWERED = 'ym-won-almost-every-internal-election';
/** A 2020 claim that the 2022 sources give only context for. */
const CONTEXT_ONLY = 'mi-lack-of-internal-democracy';
const ALSO_SAID = 'mo-local-groups-not-in-rude-health';
/** Restated in the demo article, in other words than the claim's. */
const RESTATED = 'mi-solidarity-contingent-on-electoral-calculation';
const POPOVER = 'right-of-reply-ui .popover[role="dialog"]';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await (browser as ExtensionBrowser | undefined)?.close();
});

// A page left open by a failed test would take the next test's messages (they go to the first
// tab at the address).
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
});

async function openClaim(page: Page, claimId: string): Promise<void> {
  await browser.tell(page, 'controls.showClaim', claimId);
  await page.locator(`${POPOVER}[data-claim-id="${claimId}"]`).waitFor();
}

async function demoWithClaim(claimId: string, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const page = await browser.openPage('demo-article.html');
  await page.setViewportSize(viewport);
  await browser.pageClaims(page);
  await openClaim(page, claimId);
  return page;
}

/** Texts of the elements matching a selector inside the popover's shadow root. */
function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(`right-of-reply-ui ${selector}`).allTextContents();
}

/** Whether the focused element of the page is inside the popover (its host or the notes frame). */
function focusInside(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'right-of-reply-ui');
}

describe('the popover’s content', () => {
  it('groups answers by stance, each chip with a glyph and a word, and counts answers apart from context', async () => {
    const page = await demoWithClaim(ANSWERED);
    const resolved = index.resolve(ANSWERED)!;
    expect(await texts(page, '.answers-heading')).toEqual([answersHeading(resolved.responses)]);
    expect(await texts(page, '.answers-heading')).toEqual(['2 answers · 2 for context']);
    expect(await texts(page, '.stance-heading .stance')).toEqual(['✕Rebuts', '◐Qualifies', 'ℹContext']);
    const glyphsHidden = await page
      .locator('right-of-reply-ui .stance-glyph')
      .evaluateAll((glyphs) => glyphs.every((glyph) => glyph.getAttribute('aria-hidden') === 'true'));
    expect(glyphsHidden).toBe(true);
    await page.close();
  });

  it('says plainly when a claim has context but no answer, and when answers were written later', async () => {
    const page = await demoWithClaim(CONTEXT_ONLY);
    expect(await texts(page, '.answers-heading')).toEqual([
      'No direct answer from the other slates · 3 passages for context',
    ]);
    expect(new Set(await texts(page, '.answer-timing'))).toEqual(
      new Set(['Written in 2022, two years after this claim']),
    );
    await page.close();
  });

  it('says an answer was written before the claim, and keeps its context line', async () => {
    const page = await demoWithClaim(ANSWERED);
    const resolved = index.resolve(ANSWERED)!;
    const expected = resolved.responses
      .map(({ source }) => answerTiming(resolved.source, source))
      .filter((line) => line !== null);
    expect(await texts(page, '.answer-timing')).toEqual(['Written in 2020, two years before this claim']);
    expect(expected).toEqual(['Written in 2020, two years before this claim']);
    const contexts = resolved.responses.flatMap(({ response }) => response.context ?? []);
    expect(await texts(page, '.answer-context')).toEqual(contexts);
    await page.close();
  });

  it('shows the claim’s other sentences under “Also said”', async () => {
    const page = await demoWithClaim(ALSO_SAID);
    const claim = index.claim(ALSO_SAID)!;
    expect(await texts(page, '.also-said .quote')).toEqual(claim.alsoSaid!.map((said) => said.quote));
    await page.close();
  });

  it('links each source title to its address in a new tab, without opener or referrer', async () => {
    const page = await demoWithClaim(ANSWERED);
    const links = await page
      .locator('right-of-reply-ui a.source-link')
      .evaluateAll((anchors) =>
        anchors.map((a) => [
          a.textContent,
          a.getAttribute('href'),
          a.getAttribute('target'),
          a.getAttribute('rel'),
        ]),
      );
    const resolved = index.resolve(ANSWERED)!;
    const sources = [resolved.source, ...resolved.responses.map(({ source }) => source)];
    expect(links).toEqual(sources.map((s) => [`“${s.title}”`, s.url, '_blank', 'noopener noreferrer']));
    await page.close();
  });

  it('says why the passage was highlighted, with the matched words of a restatement', async () => {
    const quoted = await demoWithClaim(ANSWERED);
    expect(await texts(quoted, '.why-highlighted')).toEqual([
      'Why highlighted: Quoted: the claim’s own words',
    ]);
    await quoted.close();
    const page = await demoWithClaim(RESTATED);
    const [why] = await texts(page, '.why-highlighted');
    expect(why).toMatch(/^Why highlighted: Restated: matched ‘[^’]+’( · ‘[^’]+’)+$/);
    const painted = (await paintedText(page, 'right-of-reply-focus')).join(' ').toLowerCase();
    const matched = [...why!.matchAll(/‘([^’]+)’/g)].map((found) => found[1]!.toLowerCase());
    for (const words of matched) expect(painted).toContain(words);
    await page.close();
  });

  it('opens the bundled source text at the quote, marked and scrolled to', async () => {
    const page = await demoWithClaim(ANSWERED);
    const resolved = index.resolve(ANSWERED)!;
    const opened = browser.context.waitForEvent('page');
    await page.locator('right-of-reply-ui .claim-quote + .source .read-in-context').click();
    const sourcePage = await opened;
    await sourcePage.locator('.quote-mark').waitFor();
    expect(sourcePage.url()).toContain(browser.extensionUrl(`source.html#source=${resolved.source.id}&q=`));
    const marked = (await sourcePage.locator('.quote-mark').textContent())!.replace(/\s+/g, ' ');
    expect(marked.toLowerCase()).toBe(resolved.claim.quote.replace(/\s+/g, ' ').toLowerCase());
    const inView = await sourcePage.locator('.quote-mark').evaluate((mark) => {
      const rect = mark.getBoundingClientRect();
      return rect.top >= 0 && rect.top < innerHeight;
    });
    expect(inView).toBe(true);
    // The text is text: the only element in it is the mark.
    expect(await sourcePage.locator('.source-text *').count()).toBe(1);
    await sourcePage.close();
    await page.close();
  });

  it('is one dialog landmark named by its title, with no banner or other landmark inside', async () => {
    const page = await demoWithClaim(ANSWERED);
    const structure = await page.locator('right-of-reply-ui .floating').evaluate((box) => {
      const dialogs = box.querySelectorAll('[role="dialog"]');
      const labelledBy = dialogs[0]?.getAttribute('aria-labelledby') ?? '';
      const root = box.getRootNode() as ShadowRoot;
      return {
        dialogs: dialogs.length,
        title: root.getElementById(labelledBy)?.textContent,
        landmarks: box.querySelectorAll(
          'header,footer,main,nav,aside,section,form,[role="banner"],[role="region"],[role="contentinfo"],[role="navigation"],[role="complementary"]',
        ).length,
      };
    });
    expect(structure).toEqual({ dialogs: 1, title: index.claim(ANSWERED)!.summary, landmarks: 0 });
    await page.close();
  });
});

describe('the popover in the viewport', () => {
  it('fits the viewport, with a “more below” cue that goes at the bottom', async () => {
    const page = await demoWithClaim(ANSWERED);
    const box = page.locator('right-of-reply-ui .floating');
    await expect
      .poll(() =>
        box.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          return rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth;
        }),
      )
      .toBe(true);
    const body = page.locator('right-of-reply-ui .popover-body');
    expect(await body.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    await page.locator('right-of-reply-ui .more-below').waitFor();
    await body.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await page.locator('right-of-reply-ui .more-below').waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps its header whole at 320 px wide, with a long slate name', async () => {
    const page = await demoWithClaim(ANSWERED, { width: 320, height: 640 });
    const layout = await page.locator('right-of-reply-ui .floating').evaluate((box) => {
      const chip = box.querySelector<HTMLElement>('.popover-header .slate-chip')!;
      chip.textContent = 'Momentum Internationalists and Friends of the Grassroots Left Alliance';
      const boxRect = box.getBoundingClientRect();
      const inside = (element: Element): boolean => {
        const rect = element.getBoundingClientRect();
        return rect.left >= boxRect.left - 0.5 && rect.right <= boxRect.right + 0.5;
      };
      const header = box.querySelector('.popover-header')!;
      const close = box.querySelector('.close')!;
      return {
        width: Math.round(boxRect.width),
        chipInside: inside(chip),
        closeInside: inside(close),
        titleInside: inside(box.querySelector('.popover-title')!),
        headerOverflows: header.scrollWidth > header.clientWidth,
        closeBesideChip: close.getBoundingClientRect().top < chip.getBoundingClientRect().bottom,
      };
    });
    expect(layout).toEqual({
      width: 304,
      chipInside: true,
      closeInside: true,
      titleInside: true,
      headerOverflows: false,
      closeBesideChip: true,
    });
    await page.close();
  });
});

describe('focus in the open popover', () => {
  it('stays inside on Tab and Shift+Tab, and Escape closes it and gives focus back', async () => {
    const page = await browser.openPage('demo-article.html');
    await browser.pageClaims(page);
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'page-button';
      button.textContent = 'A page button';
      document.body.prepend(button);
      button.focus();
    });
    await openClaim(page, ANSWERED);
    expect(await focusInside(page)).toBe(true);
    const stops = await page
      .locator('right-of-reply-ui .floating')
      .evaluate((box) => box.querySelectorAll('a[href],button,iframe').length);
    for (let i = 0; i < stops + 3; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInside(page)).toBe(true);
    }
    for (let i = 0; i < stops + 3; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInside(page)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.locator(POPOVER).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-button');
    await page.close();
  });
  it('puts the caret after the passage on Escape when nothing in the page had focus', async () => {
    const page = await demoWithClaim(ANSWERED);
    const passage = (await paintedText(page, 'right-of-reply-focus'))[0]!;
    await page.keyboard.press('Escape');
    await page.locator(POPOVER).waitFor({ state: 'detached' });
    const caret = await page.evaluate(() => {
      const selection = getSelection()!;
      const node = selection.anchorNode;
      return {
        collapsed: selection.isCollapsed,
        before: node instanceof Text ? node.data.slice(0, selection.anchorOffset) : '',
      };
    });
    expect(caret.collapsed).toBe(true);
    expect(passage.endsWith(caret.before.slice(-Math.min(caret.before.length, 20)))).toBe(true);
    expect(caret.before.length).toBeGreaterThan(0);
  });
});

describe('axe-core on a page with an open popover', () => {
  it('finds no violation in the popover', async () => {
    const page = await demoWithClaim(ANSWERED);
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: typeof AxeCore };
      const result = await axe.run(document, { iframes: false });
      const checked = result.passes.find((rule) => rule.id === 'aria-dialog-name');
      if (checked?.nodes.length !== 1) throw new Error('axe did not check the popover’s dialog');
      return result.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      }));
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('“this isn’t that claim”', () => {
  /** The passage whose popover is open: the focus highlight's text. */
  async function focusedPassage(page: Page): Promise<string> {
    const [text] = await paintedText(page, 'right-of-reply-focus');
    return text!;
  }

  function without(texts: readonly string[], removed: string): string[] {
    const at = texts.indexOf(removed);
    return [...texts.slice(0, at), ...texts.slice(at + 1)];
  }

  it('hides that passage only, and Undo in the popover’s place brings it back', async () => {
    const page = await demoWithClaim(ANSWERED);
    const painted = await paintedText(page, 'right-of-reply-ym');
    const passage = await focusedPassage(page);
    // The demo article has this claim twice: only the dismissed passage goes.
    expect(
      painted.filter((text) => text === passage).length + painted.filter((t) => t !== passage).length,
    ).toBe(painted.length);
    await page.locator('right-of-reply-ui .dismiss').click();
    await expect.poll(() => paintedText(page, 'right-of-reply-ym')).toEqual(without(painted, passage));
    expect((await browser.pageClaims(page)).claims.find((claim) => claim.claimId === ANSWERED)?.hits).toBe(1);
    const undo = page.locator('right-of-reply-ui .undo');
    await undo.waitFor();
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe(
      'undo',
    );
    await undo.click();
    await expect.poll(() => paintedText(page, 'right-of-reply-ym')).toEqual(painted);
    await page.locator('right-of-reply-ui .floating').waitFor({ state: 'detached' });
  });

  it('is remembered across reloads outside the page’s storage, listed in options, exported, and restored', async () => {
    const page = await demoWithClaim(ANSWERED);
    const painted = await paintedText(page, 'right-of-reply-ym');
    const passage = await focusedPassage(page);
    await page.locator('right-of-reply-ui .dismiss').click();
    await expect.poll(() => paintedText(page, 'right-of-reply-ym')).toEqual(without(painted, passage));

    await page.reload();
    await browser.pageClaims(page);
    expect(await paintedText(page, 'right-of-reply-ym')).toEqual(without(painted, passage));
    const pageStorage = await page.evaluate(async () => [
      localStorage.length,
      sessionStorage.length,
      (await indexedDB.databases()).length,
    ]);
    expect(pageStorage).toEqual([0, 0, 0]);

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const item = options.locator('.dismissal');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('.dismissal-claim').textContent()).toBe(index.claim(ANSWERED)!.summary);
    expect(await item.locator('.dismissal-text').textContent()).toBe(passage);
    expect(await item.locator('.dismissal-page').textContent()).toBe(browser.pageUrl('demo-article.html'));

    const downloading = options.waitForEvent('download');
    await options.locator('.export-dismissals').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^right-of-reply-dismissals-\d{4}-\d{2}-\d{2}\.json$/);
    const report = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      format: string;
      dismissals: Record<string, unknown>[];
    };
    expect(report.format).toBe('right-of-reply-dismissals');
    expect(report.dismissals).toHaveLength(1);
    const [dismissal] = report.dismissals;
    expect(dismissal).toMatchObject({
      claimId: ANSWERED,
      text: passage,
      pageUrl: browser.pageUrl('demo-article.html'),
      how: 'quoted',
      matched: [],
    });
    const pageText = (await page.locator('body').textContent())!.replace(/\s+/g, ' ');
    const inContext = `${String(dismissal!.before)}${passage}${String(dismissal!.after)}`.replace(
      /\s+/g,
      ' ',
    );
    expect(String(dismissal!.before).length).toBeGreaterThan(0);
    expect(pageText).toContain(inContext);
    expect(Date.parse(String(dismissal!.dismissedAt))).not.toBeNaN();

    // Restored from the options page: the open page paints the passage again.
    await item.locator('.restore').click();
    await expect.poll(() => paintedText(page, 'right-of-reply-ym')).toEqual(painted);
    await options.locator('.dismissals-empty').waitFor();
  });
});
