import { describe, expect, it } from 'vitest';
import { forEachToken } from '../../lib/match/tokenise.ts';

// "per cent" is one token, "percent"; nothing else that looks like it is.

function words(text: string): string[] {
  const list: string[] = [];
  forEachToken(text, (word) => list.push(word));
  return list;
}

describe('per cent', () => {
  it('joins "per" and "cent" one space apart, and keeps a "per" that ends the text', () => {
    expect(words('53 per cent')).toEqual(['53', 'percent']);
    expect(words('per')).toEqual(['per']);
    expect(words('paid per')).toEqual(['paid', 'per']);
  });

  it('joins no word that differs from "per" in one letter', () => {
    for (const near of ['xer', 'pxr', 'pex', 'perk']) expect(words(`${near} cent`)).toEqual([near, 'cent']);
  });

  it('joins no word that differs from "cent" in one letter, or is longer', () => {
    for (const near of ['xent', 'cxnt', 'cext', 'cenx', 'cents', 'cash', 'c']) {
      expect(words(`per ${near}`)).toEqual(['per', near]);
    }
  });
});
