import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import {
  contentScriptSize,
  CONTENT_SCRIPT_BUDGET_KB,
  describeContentScriptSize,
} from './scripts/content-script-size.ts';
import { matchDataPlugin } from './scripts/vite-match-data.ts';
import slates from './data/slates.json';
import { highlightCss } from './lib/dom/highlight-css.ts';

const CHROMIUM = '/usr/bin/chromium';
const DATA_DIR = new URL('./data', import.meta.url).pathname;
const HIGHLIGHT_STYLESHEET = 'highlights.css';

// See README "How it is built" for why each option is set.
export default defineConfig({
  // Explicit imports everywhere: no magic globals to hunt for.
  imports: false,
  manifest: {
    name: 'Right of Reply',
    description:
      'Highlights contested claims of the Momentum NCG election debates and shows what the other slate answered.',
    // unlimitedStorage: notes are the reader's own writing; the browser must not evict them.
    // scripting (with the hosts the content script runs on anyway): the popover's script is
    // injected only when a claim is opened, and a reader's own colours as an injected stylesheet.
    permissions: ['storage', 'unlimitedStorage', 'scripting'],
    host_permissions: ['<all_urls>'],
    // The content script, declared here rather than as a WXT content-script entrypoint, whose
    // wrapper posts the extension's id to every page. Its highlight stylesheet comes with it, in
    // place before the first highlight, with no element in the page. All frames: claims in
    // same-origin iframes are found (each frame paints its own text).
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['page-layer.js'],
        css: [HIGHLIGHT_STYLESHEET],
        run_at: 'document_idle',
        all_frames: true,
        match_about_blank: true,
      },
    ],
    // The popover frames the notes page so note text stays out of the visited page's reach. At a
    // per-session address (use_dynamic_url, Chromium), so pages can't probe for the extension by
    // loading its fixed one.
    web_accessible_resources: [
      { resources: ['note-frame.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
    // Rebindable by the reader (chrome://extensions/shortcuts, about:addons in Firefox).
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next claim on the page and show the answers',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Go to the previous claim on the page and show the answers',
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
    // The highlight stylesheet, from the corpus's slates and colours (lib/dom/highlight-css.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({
        relativeDest: HIGHLIGHT_STYLESHEET,
        contents: highlightCss(
          slates.map((slate) => slate.id),
          Object.fromEntries(slates.map((slate) => [slate.id, slate.colour])),
        ),
      });
    },
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
