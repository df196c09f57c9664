import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpus } from '../data/corpus.ts';
import type { RorBench } from './bench/bench-api.ts';
import { launchBenchBrowser, repeat, takeTurns, withFreshPage } from './bench/browser.ts';
import { bundlePageEntry } from './bench/bundle.ts';
import { measureStalls, measureTabCost, type StallCase, type TabPage } from './bench/extension-runs.ts';
import { generateBody, generatePage, type PageOptions } from './bench/generator.ts';
import {
  formatMarkdown,
  formatTable,
  TARGET_LABEL,
  type BenchResults,
  type SizeRow,
} from './bench/report.ts';
import { loadSourceTexts } from './bench/sources.ts';
import { median, turnRatios } from './bench/stats.ts';
import { contentScriptFile, contentScriptSize } from './content-script-size.ts';
import { ROOT } from './extension-browser.ts';
import { startStaticServer } from './static-server.ts';

// `npm run bench` (after `wxt build`): floor, ours and naive side by side on generated pages in
// real Chromium, plus incremental, slate-off and bundle size; prints the table and writes
// bench/results.md. See bench/results.md for the method.
//
// A part of it, on a shared machine: `npm run bench -- --only 1mb,stall-5mb-node` runs only the
// named parts (keys below: sizes 10kb 100kb 1mb 5mb 1mb-sparse; naive, slate-off, incremental;
// stall-1mb stall-5mb-node stall-append; tab-no-claim tab-no-claim-100k tab-claims tab-1mb), and
// `--runs N` caps every part's runs at N. A partial run prints its table and leaves
// bench/results.md alone. `--extension DIR` measures another build (e.g. an older commit's
// .output/chrome-mv3) in the parts that load the extension.

const KB = 1024;
const ONE_MB = KB * KB;
/**
 * Fresh-page runs per measurement. Small pages take milliseconds, cold, on shared cores, so one run
 * can be twice the next: they get many runs, and the table shows medians.
 */
const SIZES: PageSize[] = [
  { key: '10kb', label: '10 KB', chars: 10 * KB, runs: 15 },
  { key: '100kb', label: '100 KB', chars: 100 * KB, runs: 15 },
  { key: '1mb', label: TARGET_LABEL, chars: ONE_MB, runs: 11 },
  { key: '5mb', label: '5 MB', chars: 5 * ONE_MB, runs: 7 },
  // The page the issue measured for scale had 815 hits at 1 MB, a quarter of ours: this mix of
  // article and filler comes close, to show the targets at that density too.
  {
    key: '1mb-sparse',
    label: "1 MB at the issue's density",
    chars: ONE_MB,
    runs: 11,
    mix: { articleShare: 0.04, quoteShare: 0.15 },
  },
];
/** mark.js once per form takes 15–25 s at 1 MB and grows with the page: 5 MB would take minutes. */
const NAIVE_MAX_CHARS = ONE_MB;
/** Runs of the slate-off and incremental measurements, and of each case with the extension. */
const RUNS = 5;
/** Page loads with and without the extension, for each tab's cost. */
const LOADS = 7;
const PARAGRAPHS_APPENDED = 8_000;
const SLATE_OFF = 'mo';
const CHROME_OUTPUT = path.join(ROOT, '.output/chrome-mv3');
const RESULTS = path.join(ROOT, 'bench/results.md');
const ONE_MB_INDEX = SIZES.findIndex((size) => size.label === TARGET_LABEL);

const STALL_CASES: (StallCase & { key: string })[] = [
  {
    key: 'stall-1mb',
    label: '1 MB page, switched on after load',
    file: `page-${ONE_MB_INDEX}.html`,
    when: 'switch-on',
  },
  {
    key: 'stall-5mb-node',
    label: '5 MB in one text node, switched on after load',
    file: 'one-node-5mb.html',
    when: 'switch-on',
  },
  {
    key: 'stall-append',
    label: `${PARAGRAPHS_APPENDED.toLocaleString('en-GB')} paragraphs appended at once`,
    file: 'append-8000.html',
    when: 'append',
  },
];
const TAB_PAGES: (TabPage & { key: string })[] = [
  { key: 'tab-no-claim', label: 'short article with no claim', file: 'no-claim-article.html', claims: false },
  {
    key: 'tab-no-claim-100k',
    label: '100 KB of text with no claim',
    file: 'no-claim-100k.html',
    claims: false,
  },
  { key: 'tab-claims', label: 'demo article with claims', file: 'demo-article.html', claims: true },
  { key: 'tab-1mb', label: '1 MB page with claims', file: `page-${ONE_MB_INDEX}.html`, claims: true },
];
const PART_KEYS = [
  ...SIZES.map((size) => size.key),
  'naive',
  'slate-off',
  'incremental',
  ...STALL_CASES.map((stallCase) => stallCase.key),
  ...TAB_PAGES.map((page) => page.key),
];

interface PageSize {
  key: string;
  label: string;
  chars: number;
  runs: number;
  /** How much article text the page mixes in; the generator's default (dense) when absent. */
  mix?: Pick<PageOptions, 'articleShare' | 'quoteShare'>;
}

const { values: flags } = parseArgs({
  options: { only: { type: 'string' }, runs: { type: 'string' }, extension: { type: 'string' } },
});
const only = flags.only === undefined ? null : new Set(flags.only.split(',').map((key) => key.trim()));
const unknown = [...(only ?? [])].filter((key) => !PART_KEYS.includes(key));
if (unknown.length > 0)
  throw new Error(`bench: no part ${unknown.join(', ')}; parts: ${PART_KEYS.join(' ')}`);
const maxRuns = flags.runs === undefined ? Infinity : Number(flags.runs);
if (!(maxRuns >= 1)) throw new Error(`bench: --runs takes a number of runs, not ${flags.runs}`);
const runsOf = (runs: number): number => Math.min(runs, maxRuns);
const wanted = (key: string): boolean => only === null || only.has(key);
const extensionDir = flags.extension === undefined ? CHROME_OUTPUT : path.resolve(flags.extension);

const seedOf = (index: number): number => 1000 + index;

const began = performance.now();
const loadBefore = os.loadavg()[0] ?? 0;
const log = (message: string): void => {
  console.error(`[bench ${((performance.now() - began) / 1000).toFixed(0)} s] ${message}`);
};

// Read first: a missing build should stop the bench before minutes of measuring, not after.
const contentScript = contentScriptSize(extensionDir);
if (contentScript === null) {
  throw new Error(
    `bench: ${path.relative(ROOT, contentScriptFile(extensionDir))} is missing; run \`npx wxt build\` first (npm run bench does).`,
  );
}
const sources = loadSourceTexts();
const pagesDir = await mkdtemp(path.join(os.tmpdir(), 'ror-bench-'));
for (const [index, size] of SIZES.entries()) {
  const page = generatePage({ seed: seedOf(index), textChars: size.chars, sources, ...size.mix });
  await writeFile(path.join(pagesDir, `page-${index}.html`), page);
}
// Pages for the runs with the extension: no claim (a short article, and 100 KB of filler), the
// demo article, all text in one 5 MB text node, and a page that appends 8,000 paragraphs at once.
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pageOf = (body: string): string =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Bench</title></head><body>${body}</body></html>`;
const articleText = sources.join(' ').replace(/\s+/g, ' ');
await writeFile(
  path.join(pagesDir, 'no-claim-article.html'),
  await readFile(path.join(ROOT, 'test/fixtures/pages/no-claims.html')),
);
await writeFile(
  path.join(pagesDir, 'demo-article.html'),
  await readFile(path.join(ROOT, 'test/fixtures/pages/demo-article.html')),
);
await writeFile(
  path.join(pagesDir, 'no-claim-100k.html'),
  generatePage({ seed: 7, textChars: 100 * KB, sources, articleShare: 0, quoteShare: 0 }),
);
await writeFile(
  path.join(pagesDir, 'one-node-5mb.html'),
  pageOf(
    `<p>${escapeHtml(articleText.repeat(Math.ceil((5 * ONE_MB) / articleText.length)).slice(0, 5 * ONE_MB))}</p>`,
  ),
);
const paragraphs = sources
  .flatMap((source) => source.split(/\n\s*\n/))
  .filter((text) => text.trim().length > 40);
await writeFile(
  path.join(pagesDir, 'append-8000.html'),
  pageOf(`<article><h1>Live</h1><p>Council budgets and bus routes.</p></article>
<script>
const PARAGRAPHS = ${JSON.stringify(paragraphs).replace(/</g, '\\u003c')};
window.appendParagraphs = () => {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < ${PARAGRAPHS_APPENDED}; i++) {
    const p = document.createElement('p');
    p.textContent = PARAGRAPHS[i % PARAGRAPHS.length];
    fragment.append(p);
  }
  document.querySelector('article').append(fragment);
};
</script>`),
);
// The 10 KB page's own body: appending it is comparable with scanning that page alone.
const fragment = generateBody({ seed: seedOf(0), textChars: SIZES[0]!.chars, sources }).html;
const bundle = await bundlePageEntry();
const server = await startStaticServer(pagesDir);
const browser = await launchBenchBrowser();

/** Opens page `index` fresh and runs one bench call in it. */
function run<K extends keyof RorBench>(
  index: number,
  name: K,
  arg = '',
): Promise<Awaited<ReturnType<RorBench[K]>>> {
  return withFreshPage(browser, `${server.origin}/page-${index}.html`, bundle, (page) =>
    page.evaluate(
      ({ method, value }) => (window.rorBench[method] as (value: string) => Promise<unknown>)(value),
      { method: name, value: arg },
    ),
  ) as Promise<Awaited<ReturnType<RorBench[K]>>>;
}

try {
  const rows: SizeRow[] = [];
  let slateOff: BenchResults['slateOff'] = null;
  for (const [index, size] of SIZES.entries()) {
    const runs = runsOf(size.runs);
    if (wanted(size.key)) {
      log(`${size.label}: floor, phases and ours, ${runs} runs each`);
      const { floors, phases, ours } = await takeTurns(runs, {
        floors: () => run(index, 'floor'),
        phases: () => run(index, 'phases'),
        ours: () => run(index, 'ours'),
      });
      let naiveMs: number | null = null;
      if (size.chars <= NAIVE_MAX_CHARS && wanted('naive')) {
        log(`${size.label}: naive`);
        naiveMs = (await run(index, 'naive')).ms;
      }
      log(
        `${size.label}: floor ${floors.map((floor) => floor.ms.toFixed(1)).join(', ')}; mark ${phases.map((phase) => phase.markMs.toFixed(1)).join(', ')}; ours ${ours.map((result) => `${result.workMs.toFixed(1)}/${result.ms.toFixed(1)}`).join(', ')}; naive ${naiveMs?.toFixed(0) ?? '-'}`,
      );
      const longest = ours.map((result) => result.longTasks.longestMs);
      rows.push({
        label: size.label,
        runs,
        textChars: floors[0]!.textChars,
        floorMs: median(floors.map((floor) => floor.ms)),
        collectMs: median(floors.map((floor) => floor.collectMs)),
        matchMs: median(floors.map((floor) => floor.matchMs)),
        oursMs: median(ours.map((result) => result.workMs)),
        turnRatios: turnRatios(ours.map((result, turn) => result.workMs / floors[turn]!.ms)),
        oursWallMs: median(ours.map((result) => result.ms)),
        pageMs: median(ours.map((result) => result.workMs - result.matchingMs)),
        markMs: median(phases.map((phase) => phase.markMs)),
        naiveMs,
        longestTaskMs: longest.includes(null) ? null : Math.max(...(longest as number[])),
        worstFrame:
          ours
            .map((result) => result.longTasks.worstFrame)
            .filter((frame) => frame !== null)
            .sort((a, b) => b.ms - a.ms)[0] ?? null,
        hits: floors[0]!.hits,
        marks: ours[0]!.marks,
        stallMs: Math.max(...ours.map((result) => result.stallMs)),
      });
    }
    if (size.label === TARGET_LABEL && wanted('slate-off')) {
      log(`${size.label}: slate off`);
      const removals = await repeat(runsOf(RUNS), () => run(index, 'slateOff', SLATE_OFF));
      // The median removal, beside the scan it undid on the same page.
      const middle = removals.sort((a, b) => a.ms - b.ms)[Math.floor(removals.length / 2)]!;
      slateOff = { slate: SLATE_OFF, ...middle };
    }
  }

  const stallCases = STALL_CASES.filter((stallCase) => wanted(stallCase.key));
  log('with the extension: heartbeat stalls');
  const stalls = await measureStalls(pagesDir, server.origin, extensionDir, stallCases, runsOf(RUNS));
  const tabPages = TAB_PAGES.filter((page) => wanted(page.key));
  log("with the extension: each tab's cost");
  const tabs = await measureTabCost(pagesDir, server.origin, extensionDir, tabPages, runsOf(LOADS));

  let incremental: BenchResults['incremental'] = null;
  if (wanted('incremental')) {
    log('incremental: 10 KB appended to 1 MB');
    const appended = await repeat(runsOf(RUNS), () => run(ONE_MB_INDEX, 'incremental', fragment));
    // Compared with the 10 KB page's own scan, which a partial run may not have measured.
    const tenKb = rows.find((row) => row.label === SIZES[0]!.label) ?? null;
    incremental = {
      workMs: median(appended.map((result) => result.workMs)),
      ms: median(appended.map((result) => result.ms)),
      timerDelayMs: median(appended.map((result) => result.timerDelayMs)),
      scanWorkMs: tenKb?.oursMs ?? null,
      scanMs: tenKb?.oursWallMs ?? null,
      newMarks: appended[0]!.newMarks,
    };
  }
  const results: BenchResults = {
    rows,
    runs: runsOf(RUNS),
    incremental,
    slateOff,
    stalls,
    tabs,
    bundle: { rawKB: contentScript.rawKB, gzipKB: contentScript.gzipKB },
    naiveForms: corpus.claims.reduce((sum, claim) => sum + claim.match.length, 0),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      loadBefore,
      loadAfter: os.loadavg()[0] ?? 0,
    },
    chromium: browser.version(),
    date: new Date().toISOString().slice(0, 10),
    seconds: (performance.now() - began) / 1000,
  };
  console.log(formatTable(results));
  console.log(
    `\nLoad average ${loadBefore.toFixed(1)} before, ${results.machine.loadAfter.toFixed(1)} after.`,
  );
  if (only === null && maxRuns === Infinity && extensionDir === CHROME_OUTPUT) {
    await mkdir(path.dirname(RESULTS), { recursive: true });
    await writeFile(RESULTS, formatMarkdown(results));
    console.log(`\nWritten to ${path.relative(process.cwd(), RESULTS)}`);
  } else {
    console.log('\nA partial run: bench/results.md left as it was.');
  }
} finally {
  await browser.close();
  await server.close();
  await rm(pagesDir, { recursive: true, force: true });
}
