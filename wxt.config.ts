import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import {
  contentScriptSize,
  CONTENT_SCRIPT_BUDGET_KB,
  describeContentScriptSize,
} from './scripts/content-script-size.ts';
import { asciiOutputPlugin } from './scripts/vite-ascii-output.ts';
import { matchDataPlugin } from './scripts/vite-match-data.ts';
import slates from './data/slates.json';
import { highlightCss } from './lib/dom/highlight-css.ts';
import { MANIFEST_COMMANDS } from './extension/controls/commands.ts';

const CHROMIUM = '/usr/bin/chromium';

const FIREFOX_MANIFEST = {
  browser_specific_settings: {
    gecko: {
      id: '{777bfb29-21f2-4e8b-8041-693b2dc918e9}',
      // 140: the CSS Custom Highlight API and data_collection_permissions both arrive there.
      strict_min_version: '140.0',
      // The extension collects and transmits nothing.
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android reads data_collection_permissions from 142.
    gecko_android: { strict_min_version: '142.0' },
  },
};
const DATA_DIR = new URL('./data', import.meta.url).pathname;
const HIGHLIGHT_STYLESHEET = 'highlights.css';

// Each option says why it is set; the README ("Load the built extension", "Firefox") says how to use the builds.
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
    // No web_accessible_resources: nothing of the extension can be framed, fetched or probed by
    // a page. Note text is shown only in extension pages (README "Privacy").
    commands: MANIFEST_COMMANDS,
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
    // Firefox needs an explicit add-on id (without one, a temporary add-on's storage.sync throws
    // and nothing is highlighted) and its data-collection declaration. Chromium warns on these
    // keys, so only the Firefox build gets them.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') Object.assign(manifest, FIREFOX_MANIFEST);
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
    // Every built script ASCII only, so engines keep its source at one byte a character.
    plugins: [matchDataPlugin(DATA_DIR), asciiOutputPlugin()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
