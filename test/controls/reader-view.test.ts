import { describe, expect, it } from 'vitest';
import { createReaderView } from '../../entrypoints/content/reader-controls.ts';
import { DEFAULT_SETTINGS, enabledFlag, type ReaderSettings } from '../../lib/controls/settings-model.ts';
import type { PageScanner } from '../../lib/dom/page-scanner.ts';
import type { Painter } from '../../lib/dom/painter.ts';

const slates = [
  { id: 'ym', colour: '#8a1538' },
  { id: 'mo', colour: '#1d4ed8' },
];
const hit = (slate: string) => ({ slate }) as Parameters<ReturnType<typeof createReaderView>['wanted']>[0];

/** A scanner and painter that record what the view asked of them. */
function recordingScanner(): { scanner: PageScanner; painter: Painter; calls: string[] } {
  const calls: string[] = [];
  const scanner = {
    stop: () => calls.push('stop'),
    start: () => calls.push('start'),
    rescanAll: () => {
      calls.push('rescan');
      return Promise.resolve();
    },
  } as unknown as PageScanner;
  const painter = { removeSlate: (slate: string) => calls.push(`remove ${slate}`) } as unknown as Painter;
  return { scanner, painter, calls };
}

describe('reader view', () => {
  it('switched off everywhere: nothing is wanted, highlights go and the page is not watched', () => {
    const view = createReaderView(DEFAULT_SETTINGS, 'example.com', slates);
    const { scanner, painter, calls } = recordingScanner();
    view.apply({ ...DEFAULT_SETTINGS, enabled: false }, scanner, painter);
    expect(view.paused).toBe(true);
    expect(view.wanted(hit('ym'))).toBe(false);
    expect(calls).toEqual(['stop', 'remove ym', 'remove mo']);
    view.apply(DEFAULT_SETTINGS, scanner, painter);
    expect(view.paused).toBe(false);
    expect(calls.slice(3)).toEqual(['rescan', 'start']);
  });

  it('starts off when the saved switch is off', () => {
    const off: ReaderSettings = { ...DEFAULT_SETTINGS, enabled: false };
    expect(createReaderView(off, 'example.com', slates).paused).toBe(true);
    expect(createReaderView(off, null, slates).paused).toBe(true);
  });

  it('hides this page only, until shown again, whatever the settings do meanwhile', () => {
    const view = createReaderView(DEFAULT_SETTINGS, 'example.com', slates);
    const { scanner, painter, calls } = recordingScanner();
    view.setHiddenHere(true, scanner, painter);
    expect(view.hiddenHere).toBe(true);
    expect(view.paused).toBe(true);
    expect(calls).toEqual(['stop', 'remove ym', 'remove mo']);
    // A slate switched in another page does not bring the highlights back here.
    view.apply({ ...DEFAULT_SETTINGS, hiddenSlates: ['mo'] }, scanner, painter);
    expect(view.wanted(hit('ym'))).toBe(false);
    view.setHiddenHere(false, scanner, painter);
    expect(view.paused).toBe(false);
    expect(view.wanted(hit('ym'))).toBe(true);
    expect(view.wanted(hit('mo'))).toBe(false);
  });

  it('keeps the extension on unless the stored switch is exactly false', () => {
    expect(enabledFlag(false)).toBe(false);
    for (const junk of [undefined, null, 0, 'false', {}, true]) expect(enabledFlag(junk)).toBe(true);
  });
});
