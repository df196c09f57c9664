import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// The content script is injected into every page the reader opens, so its size is watched: the
// build reports it (wxt.config.ts) and the benchmark puts it in its results.

/** The speed issue's budget for the content script, gzipped. */
export const CONTENT_SCRIPT_BUDGET_KB = 40;

const KB = 1024;

interface ContentScriptSize {
  file: string;
  rawKB: number;
  gzipKB: number;
}

/** The built content script in an output directory such as `.output/chrome-mv3`. */
export function contentScriptFile(outDir: string): string {
  return path.join(outDir, 'page-layer.js');
}

/** Size of the built content script, or null when the output holds none (yet). */
export function contentScriptSize(outDir: string): ContentScriptSize | null {
  const file = contentScriptFile(outDir);
  if (!existsSync(file)) return null;
  const content = readFileSync(file);
  return { file, rawKB: content.length / KB, gzipKB: gzipSync(content).length / KB };
}

/** One line for the build log; says so when the script is over budget. */
export function describeContentScriptSize(size: ContentScriptSize): string {
  const verdict =
    size.gzipKB <= CONTENT_SCRIPT_BUDGET_KB
      ? `within the ${CONTENT_SCRIPT_BUDGET_KB} KB budget`
      : `OVER the ${CONTENT_SCRIPT_BUDGET_KB} KB budget`;
  return `Content script: ${size.gzipKB.toFixed(1)} KB gzipped (${size.rawKB.toFixed(1)} KB raw), ${verdict}`;
}
