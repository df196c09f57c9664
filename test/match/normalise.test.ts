import { describe, expect, it, vi } from 'vitest';
import { BLOCK_BREAK, normalise } from '../../lib/match/normalise.ts';

function mapped(raw: string, from: number, to: number): string {
  const { rawIndex } = normalise(raw);
  return raw.slice(rawIndex[from], (rawIndex[to - 1] as number) + 1);
}

describe('normalise', () => {
  it('lower-cases and folds curly quotes to straight ones', () => {
    expect(normalise('“Winning” Labour’s ‘vote’').text).toBe("\"winning\" labour's 'vote'");
  });

  it('folds en and em dashes, minus signs and non-breaking hyphens to a hyphen', () => {
    expect(normalise('53–47 — 53−47 non‑breaking').text).toBe('53-47 - 53-47 non-breaking');
  });

  it('drops soft hyphens and zero-width characters inside words', () => {
    expect(normalise('in\u00adternal Lab\u200bour elec\u200dtion\ufeff').text).toBe(
      'internal labour election',
    );
  });

  it('folds line breaks, tabs, non-breaking and narrow spaces, and runs of them, to one space', () => {
    expect(normalise('  53%\u00a0to\u202f47%\n\n\tby  conference  ').text).toBe('53% to 47% by conference');
  });

  it('keeps block breaks and drops the white space around them', () => {
    expect(normalise(`end of one \n${BLOCK_BREAK}  start`).text).toBe(`end of one${BLOCK_BREAK}start`);
  });

  it('maps every normalised character back to its raw position', () => {
    const raw = 'A\u00ad  “Quote”\u00a0here';
    const { text, rawIndex } = normalise(raw);
    expect(text).toBe('a "quote" here');
    const at = text.indexOf('quote');
    expect(mapped(raw, at, at + 5)).toBe('Quote');
    expect(rawIndex[text.length]).toBe(raw.length);
  });

  it('lower-cases İ to a plain i, one character for one, so "İstanbul" reads as "Istanbul" does', () => {
    const raw = 'İstanbul';
    const { text, rawIndex } = normalise(raw);
    expect(text).toBe(normalise('Istanbul').text);
    expect([...rawIndex]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps characters outside the Basic Multilingual Plane as they are, at either end of it', () => {
    // U+10000 and U+10FFFF: the first and last surrogates each start or end a pair.
    const raw = 'a \u{10000} \u{10FFFF} \u{1D400}';
    expect(normalise(raw).text).toBe(raw);
  });

  it('lower-cases every letter, digit and mark of the Basic Multilingual Plane as the engine does', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (code === 0x130 || !/[\p{L}\p{N}\p{M}]/u.test(char)) continue;
      if (normalise(`a${char}a`).text !== `a${char.toLowerCase()}a`) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('gives the same result for a text however long the text before it was', () => {
    const short = 'A “Quote” — here';
    const alone = normalise(short);
    normalise('Filler text, and more of it. '.repeat(3000)); // longer than the reused buffers
    normalise('Some text. '.repeat(500));
    const after = normalise(short);
    expect(after.text).toBe(alone.text);
    expect([...after.rawIndex]).toEqual([...alone.rawIndex]);
    expect(after.rawIndex.length).toBe(after.text.length + 1);
  });

  it('normalises texts longer than its reused buffers', () => {
    const raw = `${'Word '.repeat(20_000)}“End”`;
    const { text, rawIndex } = normalise(raw);
    expect(text.endsWith('word "end"')).toBe(true);
    expect(rawIndex[text.length]).toBe(raw.length);
  });
});

describe('normalise: memory it keeps', () => {
  /**
   * Lengths of the Uint16Array buffers (the normalised-text scratch) a fresh copy of the module
   * allocates while `run` runs; views onto existing buffers are not allocations and are not counted.
   */
  async function scratchAllocationsDuring(run: (normaliseText: typeof normalise) => void): Promise<number[]> {
    const lengths: number[] = [];
    class RecordingUint16Array extends Uint16Array {
      // A new buffer (a length) or a view onto one (buffer, offset, length): both passed on as given.
      constructor(...args: unknown[]) {
        super(...(args as [ArrayBuffer, number, number]));
        if (typeof args[0] === 'number') lengths.push(args[0]);
      }
    }
    vi.resetModules();
    const fresh = (await import('../../lib/match/normalise.ts')).normalise;
    vi.stubGlobal('Uint16Array', RecordingUint16Array);
    try {
      run(fresh);
    } finally {
      vi.unstubAllGlobals();
    }
    return lengths;
  }

  it('grows its scratch to the texts it is given, not to the most it may keep', async () => {
    const lengths = await scratchAllocationsDuring((normaliseText) => {
      normaliseText('A short “claim” on a page.');
      normaliseText('A second short text.');
    });
    expect(lengths.length).toBeGreaterThan(0);
    expect(Math.max(...lengths)).toBeLessThan(1_000);
  });

  it('grows scratch by doubling up to its cap, so longer and longer texts allocate only a few times', async () => {
    const lengths = await scratchAllocationsDuring((normaliseText) => {
      for (let words = 20; words < 13_000; words += 20) normaliseText('word '.repeat(words));
    });
    expect(lengths.length).toBeLessThan(15);
    expect(Math.max(...lengths)).toBe(65_536);
  });
});
