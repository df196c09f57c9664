import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import {
  contentScriptSize,
  CONTENT_SCRIPT_BUDGET_KB,
  describeContentScriptSize,
} from './scripts/content-script-size.ts';
import { matchDataPlugin } from './scripts/vite-match-data.ts';

const CHROMIUM = '/usr/bin/chromium';
const DATA_DIR = new URL('./data', import.meta.url).pathname;

// See README "How it is built" for why each option is set.
export default defineConfig({
  // Explicit imports everywhere: no magic globals to hunt for.
  imports: false,
  manifest: {
    name: 'Right of Reply',
    description:
      'Highlights contested claims of the Momentum NCG election debates and shows what the other slate answered.',
    // unlimitedStorage: notes are the reader's own writing; the browser must not evict them.
    permissions: ['storage', 'unlimitedStorage'],
    // No web_accessible_resources: nothing of the extension can be framed, fetched or probed by
    // a page. Note text is shown only in extension pages (README "Privacy").
    // Rebindable by the reader (chrome://extensions/shortcuts, about:addons in Firefox).
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next claim on the page and show the answers',
      },
      'close-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Close the claim popover',
      },
    },
  },
  // `npm run dev` (scripts/dev.ts) serves the demo article and passes its address here.
  webExt: {
    startUrls: process.env.RIGHT_OF_REPLY_START_URL ? [process.env.RIGHT_OF_REPLY_START_URL] : undefined,
    binaries: existsSync(CHROMIUM) ? { chrome: CHROMIUM } : undefined,
    // Chromium refuses its sandbox when run as root (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox', '--no-first-run'] : ['--no-first-run'],
  },
  hooks: {
    // Every build reports what the content script weighs: it is injected into every page.
    'build:done': (wxt) => {
      const size = contentScriptSize(wxt.config.outDir);
      if (size === null) return;
      const line = describeContentScriptSize(size);
      if (size.gzipKB > CONTENT_SCRIPT_BUDGET_KB) wxt.logger.warn(line);
      else wxt.logger.info(line);
    },
  },
  vite: () => ({
    // The content script's corpus, validated: a corpus that breaks the schema fails the build,
    // naming the claim and field.
    plugins: [matchDataPlugin(DATA_DIR)],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
