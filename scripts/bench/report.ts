import { CONTENT_SCRIPT_BUDGET_KB } from '../content-script-size.ts';
import type { StallRow, TabCost } from './extension-runs.ts';
import type { TurnRatios } from './stats.ts';

// Turns measured numbers into the results table, each target shown beside its number with an
// honest PASS or MISS.

export interface SizeRow {
  label: string;
  /** Fresh-page runs of floor, phases and ours at this size; the row shows their medians. */
  runs: number;
  textChars: number;
  floorMs: number;
  collectMs: number;
  matchMs: number;
  /** The scan's own main-thread time (the slices), the measure the targets compare. */
  oursMs: number;
  /** ours/floor of each turn (the two ran back to back, on the same machine load). */
  turnRatios: TurnRatios;
  /** ours less the matcher's share: what the page's main thread pays when the background matches. */
  pageMs: number;
  /** Until the scan settled, including the frames the page rendered between slices. */
  oursWallMs: number;
  /** Painting alone (ranges into highlights), from an unsliced scan on its own pages. */
  markMs: number;
  /** Worst hold-up of the page's 10 ms heartbeat timer during a scan and its next frame, over the runs. */
  stallMs: number;
  /** null: not run at this size (too slow). */
  naiveMs: number | null;
  /** Worst over the runs; 0 = none over 50 ms; null = the browser reports no long tasks. */
  longestTaskMs: number | null;
  /** The longest animation frame over the runs, split into tasks and rendering. */
  worstFrame: { ms: number; tasksMs: number; renderMs: number } | null;
  /** Hits the matcher found, and the ranges painted (hidden text is not painted). */
  hits: number;
  marks: number;
}

export interface BenchResults {
  rows: SizeRow[];
  /** Runs of the incremental and slate-off measurements. */
  runs: number;
  /**
   * Work and wall time of the appended scan, beside the 10 KB page's own scan (work and wall; null
   * when a partial run did not measure it). Null: not measured (a partial run).
   */
  incremental: {
    workMs: number;
    ms: number;
    timerDelayMs: number;
    scanWorkMs: number | null;
    scanMs: number | null;
    newMarks: number;
  } | null;
  slateOff: { slate: string; ms: number; scanMs: number; removed: number } | null;
  /** With the built extension against the same pages without it. */
  stalls: StallRow[];
  tabs: TabCost[];
  bundle: { rawKB: number; gzipKB: number };
  naiveForms: number;
  machine: { cpu: string; cores: number; loadBefore: number; loadAfter: number };
  chromium: string;
  date: string;
  seconds: number;
}

/** The row the issue's 1 MB targets (naive ratio, longest task, slate off, incremental) apply to. */
export const TARGET_LABEL = '1 MB';

const mark = (pass: boolean): string => (pass ? 'PASS' : 'MISS');

export function ms(value: number): string {
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return Math.round(value).toString();
}

function ratio(value: number): string {
  return value < 10 ? `${value.toFixed(2)}×` : `${Math.round(value)}×`;
}

function longTask(value: number | null): string {
  if (value === null) return 'not reported';
  return value === 0 ? 'none > 50 ms' : `${ms(value)} ms`;
}

function sizeTable(rows: readonly SizeRow[]): string[] {
  const lines = [
    '| size | floor ms (collect + match) | ours ms (wall) | page share ms (matching in background) | paint ms (unsliced) | naive ms | ours/floor (≤ 1.5×), median of turns | lowest–highest turn | wall/floor | naive/ours (≥ 100× at 1 MB) | longest task (≤ 50 ms at 1 MB) | worst frame, tasks + render (≤ 100 ms at 1 MB) | heartbeat stall | hits (ranges) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const oursToFloor = row.turnRatios.median;
    const atTarget = row.label === TARGET_LABEL;
    const naiveToOurs = row.naiveMs === null ? null : row.naiveMs / row.oursMs;
    lines.push(
      [
        '',
        `${row.label} (${row.textChars.toLocaleString('en-GB')} chars)`,
        `${ms(row.floorMs)} (${ms(row.collectMs)} + ${ms(row.matchMs)})`,
        `${ms(row.oursMs)} (${ms(row.oursWallMs)})`,
        ms(row.pageMs),
        ms(row.markMs),
        row.naiveMs === null ? 'skipped (too slow)' : ms(row.naiveMs),
        `${ratio(oursToFloor)} ${mark(oursToFloor <= 1.5)}`,
        `${ratio(row.turnRatios.low)}–${ratio(row.turnRatios.high)}`,
        ratio(row.oursWallMs / row.floorMs),
        naiveToOurs === null ? '–' : `${ratio(naiveToOurs)}${atTarget ? ` ${mark(naiveToOurs >= 100)}` : ''}`,
        `${longTask(row.longestTaskMs)}${atTarget ? ` ${mark(row.longestTaskMs !== null && row.longestTaskMs <= 50)}` : ''}`,
        (row.worstFrame === null
          ? 'none > 50 ms'
          : `${ms(row.worstFrame.ms)} (${ms(row.worstFrame.tasksMs)} + ${ms(row.worstFrame.renderMs)})`) +
          (atTarget ? ` ${mark(row.worstFrame === null || row.worstFrame.ms <= 100)}` : ''),
        ms(row.stallMs),
        `${row.hits.toLocaleString('en-GB')} (${row.marks.toLocaleString('en-GB')})`,
        '',
      ].join(' | ').trim(),
    );
  }
  return lines;
}

function incrementalLine(incremental: NonNullable<BenchResults['incremental']>): string {
  const scanned = `${ms(incremental.workMs)} ms of scanning (${ms(incremental.ms)} ms wall until its ${incremental.newMarks} highlights were in place, of which ${ms(incremental.timerDelayMs)} ms passed before a 0 ms timer set at the append could fire: the browser laying out the new section)`;
  if (incremental.scanWorkMs === null || incremental.scanMs === null) {
    return `- Incremental: appending 10 KB to a 1 MB page (scanner observing, debounce 0): ${scanned}; the 10 KB scan it compares with was not run`;
  }
  const incrementalRatio = incremental.workMs / incremental.scanWorkMs;
  return `- Incremental: appending 10 KB to a 1 MB page (scanner observing, debounce 0): ${scanned}, vs ${ms(incremental.scanWorkMs)} ms (${ms(incremental.scanMs)} wall) to scan a 10 KB page alone: ${ratio(incrementalRatio)} (target ≤ 2×) ${mark(incrementalRatio <= 2)}`;
}

function summaryLines(results: BenchResults): string[] {
  const { incremental, slateOff, bundle } = results;
  return [
    ...(incremental === null ? [] : [incrementalLine(incremental)]),
    ...(slateOff === null
      ? []
      : [
          `- Slate off on a 1 MB page: Painter.removeSlate(${slateOff.slate}) took ${ms(slateOff.ms)} ms for ${slateOff.removed} ranges (target ≤ 5 ms) ${mark(slateOff.ms <= 5)}`,
        ]),
    `- Content-script bundle: ${bundle.gzipKB.toFixed(1)} KB gzipped (${bundle.rawKB.toFixed(1)} KB raw) (target ≤ ${CONTENT_SCRIPT_BUDGET_KB} KB) ${mark(bundle.gzipKB <= CONTENT_SCRIPT_BUDGET_KB)}`,
  ];
}

function extensionLines(results: BenchResults): string[] {
  const lines = [
    '',
    'With the built extension (matching in the background), against the same pages without it:',
    '',
    '| page | worst heartbeat stall the extension could cause, with (median of runs) | worst single run with | same window without (median) | page\'s own stall before the window, without (median) | target |',
    '|---|---|---|---|---|---|',
  ];
  for (const row of results.stalls) {
    lines.push(
      `| ${row.label} (${row.runs} runs) | ${ms(row.withMs)} | ${ms(row.worstWithMs)} | ${ms(row.withoutMs)} | ${row.ownMs === null ? '–' : ms(row.ownMs)} | ≤ 100 ms ${mark(row.worstWithMs <= 100)} |`,
    );
  }
  lines.push(
    '',
    '| page | script ms added per load | task ms added | JS heap KB added (after GC) | tab\'s JS heap KB with the extension | target |',
    '|---|---|---|---|---|---|',
  );
  for (const cost of results.tabs) {
    const target = cost.claims
      ? '–'
      : `≤ 10 ms, ≤ 300 KB ${mark(cost.scriptMs <= 10 && cost.heapKB <= 300)}`;
    lines.push(
      `| ${cost.label} (median of ${cost.runs} loads each) | ${ms(cost.scriptMs)} | ${ms(cost.taskMs)} | ${Math.round(cost.heapKB)} | ${Math.round(cost.heapWithKB)} | ${target} |`,
    );
  }
  return lines;
}

/** The table and summary lines, for the terminal. */
export function formatTable(results: BenchResults): string {
  return [...sizeTable(results.rows), '', ...summaryLines(results), ...extensionLines(results)].join('\n');
}

export function formatMarkdown(results: BenchResults): string {
  return `# Benchmark results

Produced by \`npm run bench\` (scripts/bench.ts); numbers are milliseconds, medians of
${results.rows.map((row) => `${row.runs} runs at ${row.label}`).join(', ')} (floor, phases and ours taking turns,
each run on a fresh page), ${results.runs} runs of incremental and slate off, and one of naive.

- Machine: ${results.machine.cpu}, ${results.machine.cores} cores; load average ${results.machine.loadBefore.toFixed(1)} before, ${results.machine.loadAfter.toFixed(1)} after (other work shares the machine)
- Chromium: ${results.chromium} (headless)
- Date: ${results.date}
- Whole bench: ${Math.round(results.seconds)} s

${formatTable(results)}

## Method

Pages are generated deterministically (scripts/bench/generator.ts, seeded): about 30% of paragraphs
and 15% of list items are article paragraphs (a source of data/sources picked at random, then one
of its paragraphs), as is every block quote; the rest is neutral filler. That is about as dense in
claims as the source articles themselves, and about four times as dense as the page the issue
measured for scale (815 hits at 1 MB): marking weighs more here than there. The last row mixes in
less article text (4% of paragraphs, 2% of list items, 15% of block quotes), which brings a 1 MB
page near the issue's density. Blocks come in sections with headings,
paragraphs with links and emphasis dropped over random word runs (so some quotes are split across
\`<em>\`/\`<a>\`), lists, tables and block quotes; a size is characters of body text (1 KB = 1,024).
Each page is served from 127.0.0.1 and opened in headless Debian Chromium without the extension;
one esbuild bundle of the real lib modules and corpus (scripts/bench/page-entry.ts) is injected,
the matcher is compiled once at load (not timed), and the page's first layout is let finish
before timing. *Floor* is \`collectText(document.body)\` plus one \`matcher.find\`, no painting.
*Ours* is the content script's path: \`new PageScanner(document, …)\` with a \`Painter\` (CSS Custom
Highlight API), then \`await scanner.rescanAll()\`, with one difference that makes it an upper bound:
the extension matches in the background, off the page's main thread, while here the matcher runs in
the page, inside the scanner's slices. *Page share* is ours less the matcher's time within it: what the page's main
thread pays when the background matches, as in the extension. Its first number is the scan's own main-thread time
(\`PageScanner.workMs\`: the slices, without the frames the page renders between them), which the
targets compare; in brackets, the wall time until the promise settled, frames included. Floor, phases
and ours take turns on fresh pages, so a floor run and the ours run after it share the machine's
load; ours/floor is the median of those per-turn ratios, with the lowest and highest beside it
to show how far one run can stray on shared cores (small pages take a few milliseconds, cold, and
a garbage collection or compile landing in one run doubles it).
*Paint ms* comes from separate
fresh pages that run \`collectText\`, \`find\` and \`Painter.paint\` back to back in one task, and times
the last: what painting costs without slicing. The scanner sizes each batch by what reading,
matching and painting have cost so far, to slices of about 20 ms, and while the tab is shown it
waits after each slice until the page has rendered a frame (lib/dom/slice-pacer.ts); wall − work
is what that adds (the page's style, layout and paint between slices, and the wait for frames). *Heartbeat stall* is the longest a 10 ms \`setInterval\` in
the page was held back past its 10 ms during the scan and the frame after it (long-task entries
miss work that ends in microtasks).
*Naive* is one mark.js \`mark()\` per match form (${results.naiveForms} forms, object forms by their
\`text\`) over the body with \`acrossElements: true, separateWordSearch: false\` and mark.js's other
defaults (so \`accuracy: "partially"\`, diacritics on, context words ignored: it marks more than ours);
it runs once and only up to 1 MB, as 5 MB would take minutes. The longest task is the worst, over all the
runs, of the \`longtask\` entries (PerformanceObserver, buffered) overlapping the scan; the worst
\`long-animation-frame\` entry beside it splits that frame into its tasks (script) and its rendering
(style, layout, paint). Incremental
scans a 1 MB page, starts the scanner observing with a 0 ms debounce, appends the 10 KB page's body
in a new \`<section>\` and takes the scanner's work (\`workMs\`) from then until its \`onChange\`
reports the highlights in place, wall time beside it; it is compared with *ours* on the 10 KB page,
which runs on a cold page while the appended scan's code is already warm from the 1 MB scan.
Slate off times \`Painter.removeSlate\` on one slate right after the 1 MB scan on the same page.
The bundle size is \`.output/chrome-mv3/page-layer.js\` (the content script; the popover's script
is injected only when a claim is opened) gzipped with node:zlib defaults (1 KB = 1,024 bytes).

The last two tables load the built extension (\`.output/chrome-mv3\`) into headless Chromium and
compare with the same Chromium without it, on fresh pages. Stalls: a 10 ms heartbeat timer is
installed in every page before its own scripts, and the table shows the worst gap past 10 ms in a
window where only the extension can be the cause, so that the page's own parsing and layout (a
1 MB page stalls its own timer about 350 ms as it loads, with or without the extension) do not
count. For the 1 MB page and the 5 MB page (one \`<p>\` holding one 5 MB text node of article
text) the extension is switched off (its \`sync:enabled\` setting, as the popup's switch writes
it) while the page loads; once the page has settled (two frames and a quiet 300 ms) the heartbeat
is reset, the extension switched on, and the window runs until the content script answers that
its scan has settled, then two frames and 300 ms more (the frames that paint the highlights). That
is the same full scan as at load (\`rescanAll\`), on a page whose own work is done; it leaves out
the content script's start-up, which the per-load table below measures. For the append case the
extension is on and has scanned the page; the page appends 8,000 paragraphs of article text in
one go, and the window starts at the first task after the frame that laid them out (that append
and layout are the page's own work, shown in its own column, measured without the extension; the
scanner only notes the added nodes in that time), and runs 1.5 s and until the scan settled, then
two frames and 300 ms. *Without* is the same window in the same page with no extension: what the
page does there on its own. Per-load cost: Chrome DevTools Protocol \`Performance.getMetrics\`
(ScriptDuration, TaskDuration, JSHeapUsedSize after \`HeapProfiler.collectGarbage\`) once each
load has settled (the content script answered, then 300 ms), the median with the extension minus
the median without; the tab's heap with the extension beside it. The heap target is for pages
with no claim; the demo article and the 1 MB page show what a tab with claims holds.

Parts of the bench run alone with \`npm run bench -- --only <keys>\` (see scripts/bench.ts);
a partial run prints its table and leaves this file alone.
`;
}
