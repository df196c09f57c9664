import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness.ts';

// Notes with the built extension in real Chromium: written in the popover's frame, kept across
// reloads and restarts, listed on the Notes page, carried between profiles by export and import,
// and never within reach of the visited page's scripts.

const CLAIM = 'mo-conference-2021-threshold-passed-53-to-47';
const OTHER_CLAIM = 'mo-slashed-organising-staff';
const DATABASE = 'right-of-reply-notes';

let workDir: string;
let profileDir: string;
let browser: ExtensionBrowser;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'ror-notes-'));
  profileDir = path.join(workDir, 'profile');
  browser = await launchExtensionBrowser({ userDataDir: profileDir });
});

afterAll(async () => {
  // Unset when beforeAll failed before the launch.
  await (browser as ExtensionBrowser | undefined)?.close();
  await rm(workDir, { recursive: true, force: true });
});

/** Opens the popover of a claim and returns its notes frame, loaded. */
async function openNotes(page: Page, claimId: string): Promise<FrameLocator> {
  // As the popup's claim list opens it: painted highlights are not elements to click by selector.
  await browser.tell(page, 'showClaim', claimId);
  await page.locator('right-of-reply-ui .popover').waitFor();
  const frame = page.frameLocator('right-of-reply-ui iframe.notes-frame');
  await frame.locator('.note-input').waitFor();
  return frame;
}

async function writeNote(frame: FrameLocator, text: string): Promise<void> {
  await frame.locator('.note-input').first().fill(text);
  await frame.locator('.note-save').first().click();
  await frame.locator('.note-text', { hasText: text }).waitFor();
}

/** The claim's summary as the corpus has it, read from the Notes page's claim filter. */
async function claimSummary(page: Page, claimId: string): Promise<string> {
  return (await page.locator(`.filter-claim option[value="${claimId}"]`).textContent()) ?? '';
}

async function notesPageTexts(page: Page): Promise<string[]> {
  await page.locator('.notes-count').filter({ hasNotText: 'Loading' }).waitFor();
  return page.locator('.notes-list .note-text').allTextContents();
}

describe('notes in the popover', () => {
  it('saves a note that is still there after the page reloads', async () => {
    const page = await browser.openPage('demo-article.html');
    await writeNote(await openNotes(page, CLAIM), 'The CAC figures say 53.1%, check them');
    await page.reload();
    await browser.pageClaims(page);
    const frame = await openNotes(page, CLAIM);
    // The frame lists the notes once the background has answered: wait for them.
    await expect
      .poll(() => frame.locator('.note-text').allTextContents())
      .toEqual(['The CAC figures say 53.1%, check them']);
    await expect(frame.locator('.note-meta').first().textContent()).resolves.toMatch(
      /Written .* on 127\.0\.0\.1.*\/demo-article\.html/,
    );
    await page.close();
  });

  it('edits and deletes a note, with undo, and keeps each claim’s notes apart', async () => {
    const page = await browser.openPage('demo-article.html');
    const frame = await openNotes(page, OTHER_CLAIM);
    await writeNote(frame, 'Staff numbers: ask for the annual report');
    await frame.locator('.note-edit').click();
    await frame.locator('.note .note-input').fill('Staff numbers: the 2022 annual report has them');
    await frame.locator('.note .note-save').click();
    await frame.locator('.note-text', { hasText: 'annual report has them' }).waitFor();
    await frame.locator('.note-delete').click();
    await frame.locator('.undo').click();
    await expect
      .poll(() => frame.locator('.note-text').allTextContents())
      .toEqual(['Staff numbers: the 2022 annual report has them']);
    await page.close();
  });

  it('lists the notes on the Notes page with their claims, and filters them', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('notes.html'));
    expect((await notesPageTexts(page)).sort()).toEqual([
      'Staff numbers: the 2022 annual report has them',
      'The CAC figures say 53.1%, check them',
    ]);
    const claimHeadings = await page.locator('.note-claim').allTextContents();
    expect(claimHeadings.every((heading) => heading.startsWith('Momentum Organisers'))).toBe(true);
    expect(claimHeadings).toContain('Momentum Organisers' + (await claimSummary(page, CLAIM)));
    await page.locator('.notes-search').fill('cac figures');
    await expect
      .poll(() => page.locator('.notes-list .note-text').allTextContents())
      .toEqual(['The CAC figures say 53.1%, check them']);
    await page.locator('.notes-search').fill('');
    await page.locator('.filter-slate').selectOption('ym');
    await expect(page.locator('.notes-list .note-text').count()).resolves.toBe(0);
    await page.close();
  });

  it('keeps notes when the browser restarts', async () => {
    await browser.close();
    browser = await launchExtensionBrowser({ userDataDir: profileDir });
    const page = await browser.openPage('demo-article.html');
    const frame = await openNotes(page, CLAIM);
    await expect
      .poll(() => frame.locator('.note-text').allTextContents())
      .toEqual(['The CAC figures say 53.1%, check them']);
    await page.close();
  });
});

describe('export and import', () => {
  it('exports JSON that a fresh profile imports into the same notes, and refuses a damaged file', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('notes.html'));
    await notesPageTexts(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.export-json').click(),
    ]);
    const exportPath = path.join(workDir, 'export.json');
    await download.saveAs(exportPath);
    const exported = JSON.parse(await readFile(exportPath, 'utf8')) as { notes: unknown[] };
    expect(exported.notes).toHaveLength(2);
    const [markdownDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.export-markdown').click(),
    ]);
    const markdown = await readFile(await markdownDownload.path(), 'utf8');
    expect(markdown).toContain('> The CAC figures say 53.1%, check them');
    await page.close();

    const fresh = await launchExtensionBrowser();
    try {
      const notesPage = await fresh.context.newPage();
      await notesPage.goto(fresh.extensionUrl('notes.html'));
      expect(await notesPageTexts(notesPage)).toEqual([]);

      const damagedPath = path.join(workDir, 'damaged.json');
      await writeFile(
        damagedPath,
        JSON.stringify({ ...exported, notes: [...exported.notes, { id: 'x', text: '' }] }),
      );
      await notesPage.locator('.import-file').setInputFiles(damagedPath);
      await expect(notesPage.locator('[role="alert"]').textContent()).resolves.toMatch(
        /not imported.*Note 3 \(id "x"\)/,
      );
      expect(await notesPageTexts(notesPage)).toEqual([]);

      await notesPage.locator('.import-file').setInputFiles(exportPath);
      await expect(notesPage.locator('.import-outcome').textContent()).resolves.toBe(
        'Imported: 2 notes added, 0 notes updated, 0 notes left alone.',
      );
      const [again] = await Promise.all([
        notesPage.waitForEvent('download'),
        notesPage.locator('.export-json').click(),
      ]);
      const reexported = JSON.parse(await readFile(await again.path(), 'utf8')) as { notes: unknown[] };
      expect(reexported.notes).toEqual(exported.notes);
    } finally {
      await fresh.close();
    }
  });
});

describe('privacy from the visited page', () => {
  it('a page that logs every key and walks its whole DOM sees none of a note being typed', async () => {
    const page = await browser.openPage('snooping-article.html');
    // The snooper works: it does record what is typed into the page's own comment box.
    await page.locator('#comment').click();
    await page.keyboard.type('control sentence');
    const secret = 'Zebra quartz whisper 4417';
    const frame = await openNotes(page, CLAIM);
    await frame.locator('.note-input').first().click();
    await page.keyboard.type(secret, { delay: 10 });
    await frame.locator('.note-save').first().click();
    await frame.locator('.note-text', { hasText: secret }).waitFor();
    // Let the page walk its DOM a few more times with the saved note on screen.
    const walksBefore = await page.evaluate(
      () => (window as unknown as { __snooped: { walks: number } }).__snooped.walks,
    );
    await page.waitForFunction(
      (before) => (window as unknown as { __snooped: { walks: number } }).__snooped.walks > before + 3,
      walksBefore,
    );

    const seen = await page.evaluate(() =>
      (window as unknown as { __snoopedText: () => string }).__snoopedText(),
    );
    expect(seen).toContain('control sentence');
    expect(seen).toContain('note-frame.html'); // it did reach into the popover's shadow root
    for (const word of ['Zebra', 'quartz', 'whisper', '4417']) expect(seen).not.toContain(word);
    // Every key the page saw go down is one typed into its own comment box.
    const keydowns = await page.evaluate(() =>
      (window as unknown as { __snooped: { keydowns: string[] } }).__snooped.keydowns.join(''),
    );
    expect(keydowns).toBe('control sentence');
    await page.close();
  });

  it("serves the note frame only at a per-session address, so a page can't probe for the extension", async () => {
    const page = await browser.openPage('demo-article.html');
    await openNotes(page, CLAIM);
    const frameSource = await page.locator('right-of-reply-ui iframe.notes-frame').getAttribute('src');
    expect(frameSource).toMatch(/^chrome-extension:\/\/[^/]+\/note-frame\.html/);
    expect(frameSource?.startsWith(`chrome-extension://${browser.extensionId}/`)).toBe(false);
    const staticAddress = browser.extensionUrl('note-frame.html');
    const probe = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'loaded';
      } catch {
        return 'refused';
      }
    }, staticAddress);
    expect(probe).toBe('refused');
    await page.close();
  });

  it("keeps the notes database out of the site's own IndexedDB", async () => {
    const page = await browser.openPage('demo-article.html');
    const siteDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(siteDatabases).not.toContain(DATABASE);
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(browser.extensionUrl('notes.html'));
    await notesPageTexts(extensionPage);
    const worker = browser.context
      .serviceWorkers()
      .find((each) => each.url().startsWith(`chrome-extension://${browser.extensionId}/`));
    const extensionDatabases = worker
      ? await worker.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))
      : await extensionPage.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(extensionDatabases).toContain(DATABASE);
    await page.close();
    await extensionPage.close();
  });
});
