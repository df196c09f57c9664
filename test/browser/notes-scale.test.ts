import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportNotesJson } from '../../lib/notes/note-export.ts';
import { scaleNotes } from '../notes/scale-notes.ts';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness.ts';

// 100,000 notes through the real Notes page: imported with progress shown, listed without putting
// 100,000 elements in the page, and searched. The times are printed for the README, not asserted:
// benchmarks are not tests.

let workDir: string;
let browser: ExtensionBrowser;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'ror-notes-scale-'));
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await (browser as ExtensionBrowser | undefined)?.close();
  await rm(workDir, { recursive: true, force: true });
});

it('imports 100,000 notes with progress, lists them virtualised and searches them', async () => {
  const filePath = path.join(workDir, 'scale.json');
  await writeFile(filePath, exportNotesJson(scaleNotes(), new Date()));
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('notes.html'));
  await page.locator('.notes-count').filter({ hasNotText: 'Loading' }).waitFor();

  const started = Date.now();
  await page.locator('.import-file').setInputFiles(filePath);
  await page.locator('.import-progress').waitFor();
  await page.locator('.import-outcome').waitFor({ timeout: 120_000 });
  await expect(page.locator('.import-outcome').textContent()).resolves.toBe(
    'Imported: 100,000 notes added, 0 notes left alone.',
  );
  const imported = Date.now() - started;
  console.log(`100,000 notes: imported in ${imported} ms`);
  await page.locator('.notes-count', { hasText: /^100,000 notes$/ }).waitFor({ timeout: 60_000 });
  const listed = Date.now() - started;

  // Only the rows in and near the window are in the DOM, at the top and far down the list.
  expect(await page.locator('.notes-list .note').count()).toBeLessThan(60);
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
  });
  await expect
    .poll(() => page.locator('.notes-list .note').first().getAttribute('aria-posinset'))
    .not.toBe('1');
  expect(await page.locator('.notes-list .note').count()).toBeLessThan(60);

  // Each search, from the input event until the list has rendered its answer.
  const searches: Record<string, { ms: number; count: string }> = {};
  for (const query of ['note 4242:', 'paragraph 13', 'minutes', 'no such words']) {
    searches[query] = await page.evaluate(async (text) => {
      const input = document.querySelector<HTMLInputElement>('.notes-search');
      if (input === null) throw new Error('no search box');
      const type = (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      type('');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const start = performance.now();
      type(text);
      // Preact renders in a microtask after the event: by the next task the list is drawn.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const ms = Math.round(performance.now() - start);
      return { ms, count: document.querySelector('.notes-count')?.textContent ?? '' };
    }, query);
  }
  expect(searches['no such words']?.count).toBe('Showing 0 of 100,000 notes');
  console.log(
    `100,000 notes: imported in ${imported} ms, listed in ${listed} ms after choosing the file; search ${JSON.stringify(searches)}`,
  );
  await page.close();
}, 240_000);
