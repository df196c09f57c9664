import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness.ts';
import type { ProtocolMap } from '../../extension/messaging.ts';

// Code passed to page.evaluate in an extension page runs where `chrome` is global.
declare const chrome: typeof extensionApi;

// Notes with the built extension in real Chromium. The popover, in the visited page, shows only
// how many notes a claim has and opens them in the extension's Notes page, where they are written
// and read; they are kept across reloads and restarts, carried between profiles by export and
// import at any size, and never within reach of the visited page's scripts.

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

/** Opens a claim's popover and waits for its notes count. */
async function openPopover(page: Page, claimId: string): Promise<void> {
  // As the popup's claim list opens it: painted highlights are not elements to click by selector.
  await browser.tell(page, 'controls.showClaim', claimId);
  await page.locator('right-of-reply-ui .popover-notes-count').waitFor();
}

/** "Open your notes" in a claim's popover: the Notes page that opens, at that claim. */
async function openNotesFromPopover(page: Page, claimId: string): Promise<Page> {
  await openPopover(page, claimId);
  const [notesPage] = await Promise.all([
    browser.context.waitForEvent('page'),
    page.locator('right-of-reply-ui .open-notes').click(),
  ]);
  await notesPage.locator('.claim-notes .note-input').waitFor();
  return notesPage;
}

async function writeNote(notesPage: Page, text: string): Promise<void> {
  await notesPage.locator('.claim-notes > .note-composer .note-input').fill(text);
  await notesPage.locator('.claim-notes > .note-composer .note-save').click();
  await notesPage.locator('.note-text', { hasText: text }).waitFor();
}

async function openNotesPage(target: ExtensionBrowser = browser): Promise<Page> {
  const page = await target.context.newPage();
  await page.goto(target.extensionUrl('notes.html'));
  await page.locator('.notes-count').filter({ hasNotText: 'Loading' }).waitFor();
  return page;
}

async function notesPageTexts(page: Page): Promise<string[]> {
  await page.locator('.notes-count').filter({ hasNotText: 'Loading' }).waitFor();
  return page.locator('.notes-list .note-text').allTextContents();
}

async function importFile(page: Page, filePath: string): Promise<void> {
  await page.locator('.import-file').setInputFiles(filePath);
}

describe('notes, from the popover to the Notes page', () => {
  it('opens the Notes page at the claim, where a note is written; the popover then counts it', async () => {
    const page = await browser.openPage('demo-article.html');
    await openPopover(page, CLAIM);
    await expect(page.locator('right-of-reply-ui .popover-notes-count').textContent()).resolves.toBe(
      'No notes of yours on this claim yet.',
    );
    const notesPage = await openNotesFromPopover(page, CLAIM);
    expect(new URL(notesPage.url()).pathname).toBe('/notes.html');
    const route = new URLSearchParams(new URL(notesPage.url()).hash.slice(1));
    expect(route.get('claim')).toBe(CLAIM);
    expect(route.get('page')).toBe(browser.pageUrl('demo-article.html'));
    await writeNote(notesPage, 'The CAC figures say 53.1%, check them');
    await expect(notesPage.locator('.note-meta').first().textContent()).resolves.toMatch(
      /Written .* on 127\.0\.0\.1.*\/demo-article\.html/,
    );

    await page.bringToFront();
    await page.reload();
    await browser.pageClaims(page);
    await openPopover(page, CLAIM);
    await expect(page.locator('right-of-reply-ui .popover-notes-count').textContent()).resolves.toBe(
      '1 note of yours on this claim.',
    );
    await notesPage.close();
    await page.close();
  });

  it('brings an open Notes page forward at the new claim instead of opening another', async () => {
    const page = await browser.openPage('demo-article.html');
    const notesPage = await openNotesFromPopover(page, CLAIM);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await openPopover(page, OTHER_CLAIM);
    const pagesBefore = browser.context.pages().length;
    await page.locator('right-of-reply-ui .open-notes').click();
    await expect
      .poll(() => new URLSearchParams(new URL(notesPage.url()).hash.slice(1)).get('claim'))
      .toBe(OTHER_CLAIM);
    await expect.poll(() => notesPage.evaluate(() => document.visibilityState)).toBe('visible');
    expect(browser.context.pages()).toHaveLength(pagesBefore);
    await notesPage.close();
    await page.close();
  });

  it('edits and deletes a note, with undo, and keeps each claim’s notes apart', async () => {
    const page = await browser.openPage('demo-article.html');
    const notesPage = await openNotesFromPopover(page, OTHER_CLAIM);
    await writeNote(notesPage, 'Staff numbers: ask for the annual report');
    await notesPage.locator('.note-edit').click();
    await notesPage.locator('.note .note-input').fill('Staff numbers: the 2022 annual report has them');
    await notesPage.locator('.note .note-save').click();
    await notesPage.locator('.note-text', { hasText: 'annual report has them' }).waitFor();
    await notesPage.locator('.note-delete').click();
    await notesPage.locator('.undo').click();
    await expect
      .poll(() => notesPage.locator('.note-text').allTextContents())
      .toEqual(['Staff numbers: the 2022 annual report has them']);
    await notesPage.close();
    await page.close();
  });

  it('lists the notes on the Notes page with their claims, and filters them', async () => {
    const page = await openNotesPage();
    expect((await notesPageTexts(page)).sort()).toEqual([
      'Staff numbers: the 2022 annual report has them',
      'The CAC figures say 53.1%, check them',
    ]);
    const claimHeadings = await page.locator('.note-claim').allTextContents();
    expect(claimHeadings.every((heading) => heading.startsWith('Momentum Organisers'))).toBe(true);
    await page.locator('.notes-search').fill('cac figures');
    await expect
      .poll(() => page.locator('.notes-list .note-text').allTextContents())
      .toEqual(['The CAC figures say 53.1%, check them']);
    await page.locator('.notes-search').fill('');
    await page.locator('.filter-slate').selectOption('ym');
    await expect.poll(() => page.locator('.notes-list .note-text').count()).toBe(0);
    await page.close();
  });

  it('keeps notes when the browser restarts', async () => {
    await browser.close();
    browser = await launchExtensionBrowser({ userDataDir: profileDir });
    const page = await browser.openPage('demo-article.html');
    const notesPage = await openNotesFromPopover(page, CLAIM);
    await expect
      .poll(() => notesPage.locator('.note-text').allTextContents())
      .toEqual(['The CAC figures say 53.1%, check them']);
    await notesPage.close();
    await page.close();
  });
});

describe('export and import', () => {
  it('exports JSON and Web Annotation that a fresh profile imports into the same notes, and refuses a damaged file', async () => {
    const page = await openNotesPage();
    const save = async (button: string, name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
      const target = path.join(workDir, name);
      await download.saveAs(target);
      return target;
    };
    const jsonPath = await save('.export-json', 'export.json');
    const annotationPath = await save('.export-web-annotation', 'export.jsonld');
    const markdownPath = await save('.export-markdown', 'export.md');
    const exported = JSON.parse(await readFile(jsonPath, 'utf8')) as { notes: unknown[] };
    expect(exported.notes).toHaveLength(2);
    const annotations = JSON.parse(await readFile(annotationPath, 'utf8')) as {
      '@context': string;
      first: { items: { target: { source: string; selector: { type: string; exact: string } } }[] };
    };
    expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotations.first.items[0]?.target).toMatchObject({
      source: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/demo-article\.html$/) as string,
      selector: { type: 'TextQuoteSelector' },
    });
    expect(await readFile(markdownPath, 'utf8')).toContain('> The CAC figures say 53.1%, check them');
    await page.close();

    for (const exportPath of [jsonPath, annotationPath]) {
      const fresh = await launchExtensionBrowser();
      try {
        const notesPage = await openNotesPage(fresh);
        expect(await notesPageTexts(notesPage)).toEqual([]);
        const damagedPath = path.join(workDir, 'damaged.json');
        await writeFile(
          damagedPath,
          JSON.stringify({ ...exported, notes: [...exported.notes, { id: 'x', text: '' }] }),
        );
        await importFile(notesPage, damagedPath);
        await expect(notesPage.locator('[role="alert"]').textContent()).resolves.toMatch(
          /not imported.*Note 3 \(id "x"\), field “claimId”/,
        );
        expect(await notesPageTexts(notesPage)).toEqual([]);

        await importFile(notesPage, exportPath);
        await expect(notesPage.locator('.import-outcome').textContent()).resolves.toBe(
          'Imported: 2 notes added, 0 notes left alone.',
        );
        await expect.poll(() => notesPageTexts(notesPage)).toHaveLength(2);
        const [again] = await Promise.all([
          notesPage.waitForEvent('download'),
          notesPage.locator('.export-json').click(),
        ]);
        const reexported = JSON.parse(await readFile(await again.path(), 'utf8')) as { notes: unknown[] };
        expect(reexported.notes).toEqual(exported.notes);
      } finally {
        await fresh.close();
      }
    }
  });

  it('asks before a note in the file replaces one of the reader’s, and can keep both', async () => {
    const page = await openNotesPage();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.export-json').click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      notes: { text: string; updatedAt: string }[];
    };
    const [first] = file.notes;
    if (first === undefined) throw new Error('expected notes in the export');
    const mine = first.text;
    first.text = 'Edited on another computer';
    first.updatedAt = new Date().toISOString();
    const editedPath = path.join(workDir, 'edited.json');
    await writeFile(editedPath, JSON.stringify(file));
    await importFile(page, editedPath);
    await page.locator('.import-conflicts').waitFor();
    await expect(page.locator('.conflict-mine').textContent()).resolves.toBe(mine);
    await expect(page.locator('.conflict-theirs').textContent()).resolves.toBe('Edited on another computer');
    await page.locator('.conflict-keep-both').click();
    await expect(page.locator('.import-outcome').textContent()).resolves.toBe(
      'Imported: 0 notes added, 1 note from the file kept beside yours, 1 note left alone.',
    );
    await expect
      .poll(async () => (await notesPageTexts(page)).sort())
      .toContain('Edited on another computer');
    expect(await notesPageTexts(page)).toContain(mine);
    await page.close();
  });

  it('refuses a file over 64 MiB at once, naming the limit', async () => {
    const hugePath = path.join(workDir, 'huge.json');
    const handle = await open(hugePath, 'w');
    await handle.truncate(65 * 1024 * 1024);
    await handle.close();
    const page = await openNotesPage();
    await expect(page.locator('.import-label').textContent()).resolves.toContain('up to 64 MiB');
    await importFile(page, hugePath);
    await expect(page.locator('[role="alert"]').textContent()).resolves.toBe(
      '“huge.json” was not imported. “huge.json” is 65.0 MiB; Right of Reply imports files of up to 64 MiB. Nothing was imported.',
    );
    await page.close();
  });
});

describe('privacy from the visited page', () => {
  it('a page that logs every key and walks its whole DOM, shadow roots included, sees no note text', async () => {
    const secret = 'Zebra quartz whisper 4417';
    const page = await browser.openPage('snooping-article.html');
    const notesPage = await openNotesFromPopover(page, CLAIM);
    await writeNote(notesPage, secret);
    await notesPage.close();

    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.locator('#comment').click();
    await page.keyboard.type('control sentence');
    await openPopover(page, CLAIM);
    await expect(page.locator('right-of-reply-ui .popover-notes-count').textContent()).resolves.toMatch(
      /^\d+ notes? of yours on this claim\.$/,
    );
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
    expect(seen).toContain('of yours on this claim'); // it did reach into the popover's shadow root
    for (const word of ['Zebra', 'quartz', 'whisper', '4417', 'CAC figures'])
      expect(seen).not.toContain(word);
    await page.close();
  });

  it('holds no note text, no frame and no extension address in the popover’s shadow root', async () => {
    const page = await browser.openPage('demo-article.html');
    await openPopover(page, CLAIM);
    const shadow = await page.evaluate(() => {
      const host = document.querySelector('right-of-reply-ui');
      const root = host?.shadowRoot;
      return {
        html: root?.innerHTML ?? '',
        frames: root?.querySelectorAll('iframe, frame, object, embed').length ?? -1,
        textareas: root?.querySelectorAll('textarea, input').length ?? -1,
      };
    });
    expect(shadow.html).toContain('of yours on this claim');
    expect(shadow.html).not.toContain('CAC figures');
    expect(shadow.html).not.toMatch(/(chrome|moz)-extension:/);
    expect(shadow).toMatchObject({ frames: 0, textareas: 0 });
    await page.close();
  });

  it('gives a hostile page no extension address to find, fetch or frame', async () => {
    const page = await browser.openPage('demo-article.html');
    await openPopover(page, CLAIM);
    const extensionUrls = [
      'note-frame.html',
      'notes.html',
      'popup.html',
      'options.html',
      'manifest.json',
      'background.js',
      'content-scripts/content.js',
    ].map((file) => browser.extensionUrl(file));
    const probe = await page.evaluate(async (urls) => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            if (/(chrome|moz)-extension:/.test(attribute.value)) found.push(attribute.value);
          }
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      const fetched: string[] = [];
      for (const url of urls) {
        try {
          await fetch(url);
          fetched.push(url);
        } catch {
          // Refused, as it should be.
        }
      }
      return { found, fetched };
    }, extensionUrls);
    expect(probe).toEqual({ found: [], fetched: [] });

    // Framing the Notes page, where note text is shown, loads an error page instead.
    await page.evaluate(
      (url) => {
        const frame = document.createElement('iframe');
        frame.id = 'clickjack';
        frame.src = url;
        document.body.append(frame);
      },
      browser.extensionUrl(`notes.html#claim=${CLAIM}&page=https://evil.example/`),
    );
    await expect
      .poll(() =>
        page
          .frames()
          .find((frame) => frame.parentFrame() !== null)
          ?.url(),
      )
      .toMatch(/^chrome-error:/);
    for (const frame of page.frames()) expect(frame.url().startsWith('chrome-extension:')).toBe(false);
    await page.close();
  });

  it('opens no notes for a click a page script makes on the popover’s button', async () => {
    const page = await browser.openPage('demo-article.html');
    await openPopover(page, CLAIM);
    const pagesBefore = browser.context.pages().length;
    await page.evaluate(() => {
      const button = document
        .querySelector('right-of-reply-ui')
        ?.shadowRoot?.querySelector<HTMLElement>('.open-notes');
      button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    // Give a wrongly opened tab every chance to appear.
    await page.waitForTimeout(1_000);
    expect(browser.context.pages()).toHaveLength(pagesBefore);
    await page.close();
  });

  it('refuses note text to the content script: only the count and "open" answer it', async () => {
    const page = await browser.openPage('demo-article.html');
    const cdp = await browser.context.newCDPSession(page);
    const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const isolated = contexts.find(
      (context) => context.auxData?.type === 'isolated' && context.name === 'Right of Reply',
    );
    if (isolated === undefined) throw new Error('no content-script world found');
    // What a content script (or code that took one over) could send the background.
    const ask = async (type: keyof ProtocolMap, data: unknown) => {
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: isolated.id,
        awaitPromise: true,
        returnByValue: true,
        expression: `chrome.runtime.sendMessage(${JSON.stringify({ id: 1, type, data, timestamp: 1 })})`,
      });
      return result.value as { res?: unknown; err?: { message: string } };
    };
    expect(typeof (await ask('notes.count', CLAIM)).res).toBe('number');
    for (const [type, data] of [
      ['notes.listClaim', CLAIM],
      ['notes.listPage', null],
      ['notes.create', { claimId: CLAIM, text: 'planted', pageUrl: 'https://evil.example/' }],
      ['notes.delete', 'any'],
    ] as const) {
      expect((await ask(type, data)).err?.message).toBe(
        'Notes are read and written only in the extension’s own pages.',
      );
    }
    await cdp.detach();
    await page.close();
  });

  it('reads an import only from a file an extension page chose, never from an address it is sent', async () => {
    const site = await browser.openPage('demo-article.html');
    const siteBlob = await site.evaluate(() =>
      URL.createObjectURL(new Blob(['{"format":"right-of-reply-notes"}'], { type: 'application/json' })),
    );
    const notesPage = await openNotesPage();
    const before = await notesPage.locator('.notes-count').textContent();
    for (const address of [browser.pageUrl('demo-article.html'), siteBlob, 'data:application/json,{}']) {
      const outcome = await notesPage.evaluate(
        (address) =>
          new Promise((resolve) => {
            const port = chrome.runtime.connect({ name: 'notes.import' });
            port.onMessage.addListener((message: { kind: string; outcome?: unknown }) => {
              if (message.kind === 'done') resolve(message.outcome);
            });
            port.postMessage({ kind: 'file', address });
          }),
        address,
      );
      expect(outcome).toEqual({
        ok: false,
        problem: 'That is not a file chosen in Right of Reply. Nothing was imported.',
      });
    }
    await notesPage.reload();
    await expect(
      notesPage.locator('.notes-count').filter({ hasNotText: 'Loading' }).textContent(),
    ).resolves.toBe(before);
    await notesPage.close();
    await site.close();
  });

  it("keeps the notes database out of the site's own IndexedDB", async () => {
    const page = await browser.openPage('demo-article.html');
    const siteDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(siteDatabases).not.toContain(DATABASE);
    const extensionPage = await openNotesPage();
    const extensionDatabases = await extensionPage.evaluate(async () =>
      (await indexedDB.databases()).map((db) => db.name),
    );
    expect(extensionDatabases).toContain(DATABASE);
    await page.close();
    await extensionPage.close();
  });
});
