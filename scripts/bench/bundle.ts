import { build } from 'esbuild';
import path from 'node:path';

// The page entry and everything it imports (the real lib modules, the corpus, mark.js for the naive
// baseline) as one classic script, so it can be injected into any served page with
// page.addScriptTag.

const ENTRY = path.join(import.meta.dirname, 'page-entry.ts');

export async function bundlePageEntry(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('bench: esbuild produced no bundle for the page entry');
  return output.text;
}
