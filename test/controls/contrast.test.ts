import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus.ts';
import {
  blend,
  checkSlateColour,
  contrastRatio,
  isHexColour,
  parseHexColour,
  readableShade,
  relativeLuminance,
} from '../../lib/controls/contrast.ts';

const rgb = (hex: string) => parseHexColour(hex) ?? expect.unreachable(`${hex} should parse`);

describe('contrast', () => {
  it('computes the WCAG ratios of known pairs', () => {
    expect(contrastRatio(rgb('#000000'), rgb('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(rgb('#ffffff'), rgb('#ffffff'))).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio(rgb('#767676'), rgb('#ffffff'))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(rgb('#777777'), rgb('#ffffff'))).toBeLessThan(4.5);
    expect(relativeLuminance(rgb('#ff0000'))).toBeCloseTo(0.2126, 4);
  });

  it('accepts #rrggbb only, since the stylesheet appends alpha digits', () => {
    expect(isHexColour('#b0122c')).toBe(true);
    expect(isHexColour('#B0122C')).toBe(true);
    expect(isHexColour('#fff')).toBe(false);
    expect(isHexColour('red')).toBe(false);
    expect(isHexColour('#b0122c38')).toBe(false);
    expect(checkSlateColour('red')).toBeNull();
  });

  it('blends a tint over white', () => {
    expect(blend(rgb('#000000'), 0.5)).toEqual({ r: 128, g: 128, b: 128 });
    expect(blend(rgb('#ff0000'), 0)).toEqual({ r: 255, g: 255, b: 255 });
  });

  it('finds every corpus slate colour readable', () => {
    for (const slate of corpus.slates) expect(checkSlateColour(slate.colour)?.readable, slate.id).toBe(true);
  });

  it('rejects a light colour whose slate name would be unreadable on white, saying why', () => {
    const yellow = checkSlateColour('#ffd700');
    expect(yellow?.readable).toBe(false);
    expect(yellow?.asTextOnWhite).toBeLessThan(4.5);
    expect(yellow?.messages.join(' ')).toMatch(/Too light/);
  });

  it('keeps black page text readable on the highlight tint even for black, but warns about the flash', () => {
    const black = checkSlateColour('#000000');
    expect(black?.blackOnHighlight).toBeGreaterThanOrEqual(4.5);
    expect(black?.readable).toBe(true);
    expect(black?.blackOnFlash).toBeLessThan(4.5);
    expect(black?.messages.join(' ')).toMatch(/flash/);
    expect(checkSlateColour('#b0122c')?.messages).toEqual([]);
  });

  it('suggests the nearest readable shade of a too-light colour', () => {
    const shade = readableShade('#ffd700');
    expect(shade).not.toBeNull();
    expect(checkSlateColour(shade ?? '')?.readable).toBe(true);
    // Same hue, darker: the red channel still leads.
    const { r, g, b } = rgb(shade ?? '');
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(readableShade('#b0122c')).toBe('#b0122c');
  });
});
