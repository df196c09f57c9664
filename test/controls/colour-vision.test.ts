import { describe, expect, it } from 'vitest';
import {
  colourDifference,
  MIN_SLATE_DIFFERENCE,
  pairDifferences,
  simulateVision,
} from '../../lib/controls/colour-vision.ts';

describe('colour vision', () => {
  it('measures no difference between a colour and itself, and the same both ways', () => {
    expect(colourDifference('#1d4ed8', '#1d4ed8')).toBe(0);
    expect(colourDifference('#1d4ed8', '#96630a', 'deuteranopia')).toBeCloseTo(
      colourDifference('#96630a', '#1d4ed8', 'deuteranopia'),
      10,
    );
  });

  it('gives CIEDE2000, not plain Lab distance: black to white is 100', () => {
    expect(colourDifference('#000000', '#ffffff')).toBeCloseTo(100, 0);
    // Lab ΔE76 between these blues is about 23; CIEDE2000 compresses chroma differences to under 10.
    expect(colourDifference('#0000ff', '#3030ff')).toBeLessThan(10);
  });

  it('sees pure red as a dark olive under protanopia and as a brighter one under deuteranopia', () => {
    const protan = simulateVision('#ff0000', 'protanopia');
    const deutan = simulateVision('#ff0000', 'deuteranopia');
    for (const seen of [protan, deutan]) {
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(seen.slice(at, at + 2), 16)) as [
        number,
        number,
        number,
      ];
      expect(Math.abs(r - g), seen).toBeLessThan(80);
      expect(b, seen).toBeLessThan(40);
    }
    expect(colourDifference(protan, '#000000')).toBeLessThan(colourDifference(deutan, '#000000'));
  });

  it('tells red from green in normal vision but hardly under protanopia or deuteranopia', () => {
    expect(colourDifference('#c0392b', '#485014')).toBeGreaterThan(40);
    expect(colourDifference('#c0392b', '#485014', 'protanopia')).toBeLessThan(MIN_SLATE_DIFFERENCE);
    expect(colourDifference('#c0392b', '#485014', 'deuteranopia')).toBeLessThan(MIN_SLATE_DIFFERENCE);
  });

  it('reduces every colour to grey in greyscale', () => {
    expect(simulateVision('#1d4ed8', 'greyscale')).toMatch(/^#(..)\1\1$/);
  });

  it('found the old palette’s tints too close under red-green colour blindness', () => {
    const oldTints = { ym: '#eecbd1', mo: '#c7dce0', mi: '#ded1e6' };
    const deutan = pairDifferences(oldTints, ['deuteranopia']).find(({ a, b }) => a === 'mo' && b === 'mi');
    expect(deutan?.difference).toBeLessThan(3);
  });

  it('lists every pair under every vision asked for', () => {
    const pairs = pairDifferences({ a: '#000000', b: '#ffffff', c: '#808080' }, ['normal', 'protanopia']);
    expect(pairs.map(({ a, b, vision }) => `${vision}:${a}-${b}`)).toEqual([
      'normal:a-b',
      'normal:a-c',
      'normal:b-c',
      'protanopia:a-b',
      'protanopia:a-c',
      'protanopia:b-c',
    ]);
  });
});
