import { describe, expect, it } from 'vitest';
import { corpus } from '../../data/corpus.ts';
import {
  colourMap,
  DEFAULT_SETTINGS,
  isSlateShown,
  latestReload,
  planHighlightChange,
  readerSettingsOf,
  slateColours,
  stringList,
  withSlateShown,
} from '../../lib/controls/settings-model.ts';
import { isPaused } from '../../lib/controls/site-pause.ts';

const slateIds = corpus.slates.map((slate) => slate.id);

describe('settings model', () => {
  it('defaults to every slate shown, no site paused, the corpus colours', () => {
    for (const id of slateIds) expect(isSlateShown(DEFAULT_SETTINGS, id)).toBe(true);
    expect(isPaused(DEFAULT_SETTINGS.pausedSites, 'example.com')).toBe(false);
    expect(slateColours(corpus.slates, DEFAULT_SETTINGS.slateColours)).toEqual(
      Object.fromEntries(corpus.slates.map((slate) => [slate.id, slate.colour])),
    );
  });

  it('a slate added to the corpus later starts shown, since only hidden slates are stored', () => {
    expect(isSlateShown({ ...DEFAULT_SETTINGS, hiddenSlates: ['mo'] }, 'new-slate')).toBe(true);
  });

  it('switches one slate off and on without touching the others', () => {
    const hidden = withSlateShown(['mi'], 'ym', false);
    expect(hidden).toEqual(['mi', 'ym']);
    expect(withSlateShown(hidden, 'ym', false)).toEqual(['mi', 'ym']);
    expect(withSlateShown(hidden, 'ym', true)).toEqual(['mi']);
  });

  it('uses a chosen colour only when it is #rrggbb', () => {
    const colours = slateColours(corpus.slates, { ym: '#123456', mo: 'red', mi: '#ABCDEF' });
    expect(colours.ym).toBe('#123456');
    expect(colours.mo).toBe(corpus.slates.find((slate) => slate.id === 'mo')?.colour);
    expect(colours.mi).toBe('#abcdef');
  });

  it('tolerates junk from synced storage', () => {
    expect(stringList(null)).toEqual([]);
    expect(stringList(['a', 3, 'b'])).toEqual(['a', 'b']);
    expect(colourMap(['#123456'])).toEqual({});
    expect(colourMap({ ym: '#123456', mo: 7, mi: 'blue' })).toEqual({ ym: '#123456' });
  });

  describe('planning the page change', () => {
    const all = new Set(slateIds);
    const without = (id: string) => new Set(slateIds.filter((slate) => slate !== id));

    it('switching a slate off removes its highlights without a rescan', () => {
      expect(
        planHighlightChange(
          { shownSlates: all, paused: false },
          { shownSlates: without('mo'), paused: false },
          slateIds,
        ),
      ).toEqual({
        removeSlates: ['mo'],
        rescan: false,
      });
    });

    it('switching it on again rescans', () => {
      expect(
        planHighlightChange(
          { shownSlates: without('mo'), paused: false },
          { shownSlates: all, paused: false },
          slateIds,
        ),
      ).toEqual({
        removeSlates: [],
        rescan: true,
      });
    });

    it('pausing removes every shown slate; resuming rescans; switches while paused change nothing', () => {
      expect(
        planHighlightChange(
          { shownSlates: without('mi'), paused: false },
          { shownSlates: without('mi'), paused: true },
          slateIds,
        ),
      ).toEqual({
        removeSlates: ['ym', 'mo'],
        rescan: false,
      });
      expect(
        planHighlightChange({ shownSlates: all, paused: true }, { shownSlates: all, paused: false }, slateIds)
          .rescan,
      ).toBe(true);
      expect(
        planHighlightChange(
          { shownSlates: all, paused: true },
          { shownSlates: without('ym'), paused: true },
          slateIds,
        ),
      ).toEqual({
        removeSlates: [],
        rescan: false,
      });
    });
  });
});

describe('readerSettingsOf', () => {
  it('reads each stored setting, and the default for one missing or junk', () => {
    expect(
      readerSettingsOf({
        enabled: false,
        hiddenSlates: ['mo', 3],
        pausedSites: 'example.org',
        slateColours: { ym: '#123456', mo: 'red' },
      }),
    ).toEqual({ enabled: false, hiddenSlates: ['mo'], pausedSites: [], slateColours: { ym: '#123456' } });
    expect(readerSettingsOf({})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('latestReload', () => {
  it('hands on only the latest read when an earlier one finishes after it', async () => {
    const pending: ((value: number) => void)[] = [];
    const used: number[] = [];
    const reload = latestReload(
      () => new Promise<number>((resolve) => pending.push(resolve)),
      (value) => used.push(value),
    );
    reload();
    reload();
    pending[1]!(2);
    pending[0]!(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(used).toEqual([2]);
    reload();
    pending[2]!(3);
    await Promise.resolve();
    await Promise.resolve();
    expect(used).toEqual([2, 3]);
  });
});
