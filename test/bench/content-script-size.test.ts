import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptSize, describeContentScriptSize } from '../../scripts/content-script-size.ts';

describe('content-script size report', () => {
  it('reads nothing from an output without a content script', () => {
    expect(contentScriptSize(mkdtempSync(path.join(os.tmpdir(), 'ror-size-')))).toBeNull();
  });

  it('measures the raw and gzipped size of the built script', () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'ror-size-'));
    writeFileSync(path.join(outDir, 'page-layer.js'), 'a'.repeat(4096));
    const size = contentScriptSize(outDir);
    expect(size?.rawKB).toBe(4);
    // Repetitive text compresses to a sliver of itself.
    expect(size?.gzipKB).toBeGreaterThan(0);
    expect(size?.gzipKB).toBeLessThan(0.2);
  });

  it('says whether the script is within the 40 KB budget', () => {
    expect(describeContentScriptSize({ file: 'page-layer.js', rawKB: 86, gzipKB: 32.6 })).toBe(
      'Content script: 32.6 KB gzipped (86.0 KB raw), within the 40 KB budget',
    );
    expect(describeContentScriptSize({ file: 'page-layer.js', rawKB: 120, gzipKB: 41.2 })).toContain('OVER the 40 KB budget');
  });
});
