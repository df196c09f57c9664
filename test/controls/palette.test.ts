import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus.ts';
import { MIN_SLATE_DIFFERENCE } from '../../lib/controls/colour-vision.ts';
import { checkSlateColour } from '../../lib/controls/contrast.ts';
import { closestClash, colourProblems, describeClash, tintClashes } from '../../lib/controls/palette.ts';

const defaults = Object.fromEntries(corpus.slates.map((slate) => [slate.id, slate.colour]));

describe('palette', () => {
  it('keeps the default slates’ tints apart in normal vision, protanopia and deuteranopia, light and dark pages', () => {
    for (const slate of corpus.slates) {
      const others = Object.fromEntries(Object.entries(defaults).filter(([id]) => id !== slate.id));
      expect(tintClashes(slate.colour, others), slate.id).toEqual([]);
      for (const other of Object.values(others)) {
        expect(closestClash(slate.colour, other)?.difference).toBeGreaterThanOrEqual(MIN_SLATE_DIFFERENCE);
      }
    }
  });

  it('keeps every default colour readable as chip text and under black text', () => {
    for (const slate of corpus.slates) expect(checkSlateColour(slate.colour)?.readable, slate.id).toBe(true);
  });

  it('finds a green that only red-green colour blindness confuses with a red', () => {
    const clashes = tintClashes('#485014', { ym: '#c0392b' });
    expect(clashes).toHaveLength(1);
    expect(clashes[0]?.slate).toBe('ym');
    expect(['protanopia', 'deuteranopia']).toContain(clashes[0]?.vision);
    expect(clashes[0]?.difference).toBeLessThan(MIN_SLATE_DIFFERENCE);
  });

  it('finds a colour too near another slate’s in any vision, and words it', () => {
    const clashes = tintClashes('#1e50d0', { ym: defaults.ym ?? '', mo: defaults.mo ?? '' });
    expect(clashes.map((clash) => clash.slate)).toEqual(['mo']);
    const words = describeClash(clashes[0] ?? expect.unreachable(), 'Momentum Organisers');
    expect(words).toMatch(
      /^Too close to Momentum Organisers on (light|dark) pages for [^(]*\(difference \d+\.\d, needs 10\)/,
    );
  });

  it('ignores colours that are not #rrggbb', () => {
    expect(tintClashes('#1e50d0', { junk: 'red' })).toEqual([]);
  });
});

describe('colourProblems', () => {
  const others = corpus.slates.filter((slate) => slate.id !== 'ym');
  it('accepts the default colour beside the other defaults', () => {
    expect(colourProblems(defaults.ym ?? '', others)).toEqual([]);
  });
  it('refuses a colour too close to another slate’s, and an unreadable one, saying why', () => {
    expect(colourProblems('#1e50d0', others).join(' ')).toMatch(/Too close to Momentum Organisers/);
    expect(colourProblems('#ffd700', others).join(' ')).toMatch(/Too light/);
    expect(colourProblems('red', others)).toEqual(['Not a #rrggbb colour.']);
  });
});
