import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../scripts/vite-ascii-output.ts';

// The built scripts are ASCII only (scripts/vite-ascii-output.ts), so an engine keeps their source
// at one byte a character; the escapes must not change what the code does. `npm test` builds
// before it runs the tests.

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

async function scriptsIn(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('escapeNonAscii', () => {
  it('leaves strings, templates, regular expressions and identifiers meaning what they did', () => {
    const source = [
      '// Momentum’s comment',
      'const café = "Momentum’s “slate” – 53½%";',
      'const tagged = `Starmer’s ${"threat"} — ${café.length}`;',
      'const quote = /[‘’]/.test("it’s") && /\\p{Pd}/u.test("–") && /😀/u.test("a😀");',
      '({ café, tagged, quote, emoji: "😀".codePointAt(0) })',
    ].join('\n');
    const escaped = escapeNonAscii(source);
    expect(escaped).not.toMatch(/[\u0080-\uffff]/);
    expect(vm.runInNewContext(escaped)).toEqual(vm.runInNewContext(source));
    expect(vm.runInNewContext(escaped)).toMatchObject({ quote: true, emoji: 0x1f600 });
  });
});

describe('the built extension', () => {
  it.each(BUILDS)('%s holds only ASCII scripts', async (build) => {
    const scripts = await scriptsIn(build);
    expect(scripts.length, `no scripts in ${build}: run npm run build`).toBeGreaterThan(3);
    for (const script of scripts) {
      const text = await readFile(script, 'utf8');
      expect(/[\u0080-\uffff]/.exec(text)?.[0], script).toBeUndefined();
    }
  });
});
