import { describe, expect, it } from 'vitest';
import {
  blend,
  contrastRatio,
  HIGHLIGHT_TINT_ALPHA,
  parseHexColour,
  toHexColour,
} from '../../lib/controls/contrast.ts';
import {
  isDarkBackground,
  MIN_DARK_TINT_CONTRAST,
  parseBackground,
  tintFor,
} from '../../lib/controls/tint.ts';
import { corpus } from '../../data/corpus.ts';

const BLACK = { r: 0, g: 0, b: 0 };
const rgb = (hex: string) => parseHexColour(hex) ?? expect.unreachable(`${hex} should parse`);
const DARK_PAGES = ['#000000', '#121212', '#1e1e1e', '#202124', '#2b2b2b', '#0d1117', '#1a1033'];
const LIGHT_PAGES = ['#ffffff', '#f4ecd8', '#fafafa', '#e8f0fe'];

describe('tintFor', () => {
  it('tints a light page with the slate colour at the highlight alpha over that page', () => {
    expect(tintFor('#1d4ed8', '#ffffff')).toBe(toHexColour(blend(rgb('#1d4ed8'), HIGHLIGHT_TINT_ALPHA)));
    expect(tintFor('#1d4ed8', '#f4ecd8')).toBe(
      toHexColour(blend(rgb('#1d4ed8'), HIGHLIGHT_TINT_ALPHA, rgb('#f4ecd8'))),
    );
  });

  it('keeps every slate’s tint 3:1 from a dark page, and light text readable on it', () => {
    for (const page of DARK_PAGES) {
      for (const slate of corpus.slates) {
        const tint = tintFor(slate.colour, page) ?? expect.unreachable();
        expect(contrastRatio(rgb(tint), rgb(page)), `${slate.id} on ${page}`).toBeGreaterThanOrEqual(
          MIN_DARK_TINT_CONTRAST,
        );
        expect(contrastRatio(rgb(tint), rgb('#e8e8e8')), `${slate.id} on ${page}`).toBeGreaterThanOrEqual(
          contrastRatio(rgb(page), BLACK) < 1.2 ? 4.5 : 3.5,
        );
      }
    }
  });

  it('uses the darkest shade that passes, not white, nor a colour brighter than it needs', () => {
    for (const colour of ['#1d4ed8', '#96630a', '#8a1538', '#111111', '#ffffff']) {
      const tint = tintFor(colour, '#121212') ?? expect.unreachable();
      expect(contrastRatio(rgb(tint), rgb('#121212')), colour).toBeLessThan(MIN_DARK_TINT_CONTRAST + 0.1);
    }
    const faint = tintFor('#330000', '#121212') ?? expect.unreachable();
    expect(contrastRatio(rgb(faint), rgb('#121212'))).toBeGreaterThanOrEqual(MIN_DARK_TINT_CONTRAST);
    expect(faint).not.toBe('#ffffff');
  });

  it('would vanish on a dark page if tinted the light way', () => {
    const lightWay = toHexColour(blend(rgb('#1d4ed8'), HIGHLIGHT_TINT_ALPHA, rgb('#121212')));
    expect(contrastRatio(rgb(lightWay), rgb('#121212'))).toBeLessThan(2);
  });

  it('reads computed backgrounds, treating transparent and junk as unknown', () => {
    expect(parseBackground('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18 });
    expect(parseBackground('rgba(18, 18, 18, 0.9)')).toEqual({ r: 18, g: 18, b: 18 });
    expect(parseBackground('rgb(18 18 18 / 90%)')).toEqual({ r: 18, g: 18, b: 18 });
    expect(parseBackground('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseBackground('transparent')).toBeNull();
    expect(parseBackground('url(javascript:alert(1))')).toBeNull();
    expect(tintFor('#1d4ed8', 'rgba(0, 0, 0, 0)')).toBe(tintFor('#1d4ed8', '#ffffff'));
    expect(tintFor('blue', '#ffffff')).toBeNull();
  });

  it('calls a page dark when light text reads better on it', () => {
    for (const page of DARK_PAGES) expect(isDarkBackground(rgb(page)), page).toBe(true);
    for (const page of LIGHT_PAGES) expect(isDarkBackground(rgb(page)), page).toBe(false);
  });
});
