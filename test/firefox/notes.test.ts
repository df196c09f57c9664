import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../../scripts/firefox-browser.ts';

// Notes in real Firefox ESR: written in the extension's Notes page, kept across reloads, counted in
// the popover; and nothing of the extension within a page's reach. Firefox ignores
// use_dynamic_url, so any web-accessible address would carry the install's UUID: there is none.

const CLAIM = 'mo-conference-2021-threshold-passed-53-to-47';
const NOTE = 'Firefox keeps this note';

let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  // Unset when beforeAll failed before the launch.
  await (firefox as FirefoxExtensionBrowser | undefined)?.close();
});

/** Opens a claim's popover as the popup's list does, and reads its notes line once shown. */
async function popoverNotesLine(page: Page): Promise<string> {
  await firefox.tell(page, 'controls.showClaim', CLAIM);
  const line = await page.waitForFunction(
    () =>
      document.querySelector('right-of-reply-ui')?.shadowRoot?.querySelector('.popover-notes-count')
        ?.textContent ?? false,
    { timeout: 10_000 },
  );
  return (await line.jsonValue()) as string;
}

async function notesPageAt(claimId: string): Promise<Page> {
  const notes = await firefox.openExtensionPage(`notes.html#claim=${claimId}`);
  await notes.waitForSelector('.claim-notes .note-input', { timeout: 10_000 });
  return notes;
}

describe('notes in Firefox', () => {
  it('keeps a note written in the Notes page after a reload, and the popover counts it', async () => {
    const notes = await notesPageAt(CLAIM);
    await notes.type('.claim-notes > .note-composer .note-input', NOTE);
    await notes.click('.claim-notes > .note-composer .note-save');
    await notes.waitForFunction(
      (text) => document.querySelector('.note-text')?.textContent === text,
      {},
      NOTE,
    );
    await notes.close();
    // Opened afresh, as after a reload: the note comes back from the extension's database.
    const again = await notesPageAt(CLAIM);
    await again.waitForFunction(
      (text) => document.querySelector('.note-text')?.textContent === text,
      { timeout: 10_000 },
      NOTE,
    );
    await again.close();

    const page = await firefox.openPage('demo-article.html');
    expect(await popoverNotesLine(page)).toBe('1 note of yours on this claim.');
    const shadow = await page.evaluate(
      () => document.querySelector('right-of-reply-ui')?.shadowRoot?.innerHTML ?? '',
    );
    expect(shadow).not.toContain(NOTE);
    expect(shadow).not.toContain('moz-extension:');
    await page.close();
  });

  it('gives a page no extension address to find, fetch or frame', async () => {
    const page = await firefox.openPage('demo-article.html');
    await popoverNotesLine(page);
    const probe = await page.evaluate(async (origin) => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            if (attribute.value.includes('moz-extension:')) found.push(attribute.value);
          }
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      const loaded: string[] = [];
      for (const file of ['notes.html', 'popup.html', 'manifest.json', 'page-layer.js', 'claim-ui.js']) {
        try {
          await fetch(`${origin}/${file}`);
          loaded.push(file);
        } catch {
          // Refused, as it should be.
        }
      }
      return { found, loaded };
    }, firefox.extensionOrigin);
    expect(probe).toEqual({ found: [], loaded: [] });
    await page.close();
  });
});
