import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus.ts';
import { underlineStyleOf } from '../../lib/controls/slate-cue.ts';

describe('slate cue', () => {
  it('underlines each corpus slate in a style of its own: YM solid, MO dashed, MI dotted', () => {
    const ids = corpus.slates.map((slate) => slate.id);
    expect(ids.map((id) => underlineStyleOf(ids, id))).toEqual(['solid', 'dashed', 'dotted']);
  });

  it('falls back to the first style for an unknown slate', () => {
    expect(underlineStyleOf(['ym'], 'xx')).toBe('solid');
  });
});
