import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportNotesJson } from '../../lib/notes/note-export.ts';
import { scaleNotes } from '../notes/scale-notes.ts';
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../../scripts/firefox-browser.ts';

// 100,000 notes through the real Notes page in Firefox, as test/browser/notes-scale.test.ts does in
// Chromium: imported with progress shown, then listed and searched. The import time is printed for
// the README, not asserted: benchmarks are not tests.

let workDir: string;
let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'ror-notes-scale-firefox-'));
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  // Unset when beforeAll failed before the launch.
  await (firefox as FirefoxExtensionBrowser | undefined)?.close();
  await rm(workDir, { recursive: true, force: true });
});

it('imports 100,000 notes with progress, then lists and searches them', async () => {
  const filePath = path.join(workDir, 'scale.json');
  await writeFile(filePath, exportNotesJson(scaleNotes(), new Date()));
  const page = await firefox.openExtensionPage('notes.html');
  await page.waitForFunction(() => !document.querySelector('.notes-count')?.textContent.includes('Loading'));

  const input = (await page.$('.import-file')) as ElementHandle<HTMLInputElement> | null;
  if (input === null) throw new Error('no import button');
  const started = Date.now();
  await input.uploadFile(filePath);
  await page.waitForSelector('.import-progress', { timeout: 30_000 });
  const outcome = await page.waitForSelector('.import-outcome', { timeout: 120_000 });
  const imported = Date.now() - started;
  expect(await outcome?.evaluate((element) => element.textContent)).toBe(
    'Imported: 100,000 notes added, 0 notes left alone.',
  );
  await page.waitForFunction(() => document.querySelector('.notes-count')?.textContent === '100,000 notes', {
    timeout: 60_000,
  });
  const listed = Date.now() - started;
  expect(await page.$$eval('.notes-list .note', (notes) => notes.length)).toBeLessThan(60);

  const search = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('.notes-search');
    if (input === null) throw new Error('no search box');
    const start = performance.now();
    input.value = 'note 4242:';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Preact renders in a microtask after the event: by the next task the list is drawn.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return {
      ms: Math.round(performance.now() - start),
      count: document.querySelector('.notes-count')?.textContent ?? '',
    };
  });
  expect(search.count).toBe('Showing 10 of 100,000 notes');
  console.log(
    `Firefox, 100,000 notes: imported in ${imported} ms, listed in ${listed} ms after choosing the file; first search ${search.ms} ms`,
  );
  await page.close();
}, 240_000);
