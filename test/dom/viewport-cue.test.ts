// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cueHighlightName, highlightName, Painter } from '../../lib/dom/painter.ts';
import { collectText } from '../../lib/dom/text-map.ts';
import { LONGEST_UNDERLINED_NODE, type WatchIntersections } from '../../lib/dom/viewport-cue.ts';
import { compileMatcher } from '../../lib/match/matcher.ts';
import { fakeHighlightApi, paintedTexts } from './fake-highlights.ts';
import { setBody } from './fixture-dom.ts';

// The slate underline is drawn near the viewport only: the cue highlight holds exactly the hits
// whose element the observer reports near, follows it as the reader scrolls, and lets go of hits
// the painter forgets.

const matcher = compileMatcher([
  { id: 'ym-every-election', slate: 'ym', match: ['winning every internal Labour election'] },
  { id: 'mo-defeat', slate: 'mo', match: ['two-and-a-half years of defeat and decline'] },
]);

/** An intersection watcher the test drives: `report` says which watched elements are near. */
function fakeIntersections() {
  const watched = new Set<Element>();
  let report: Parameters<WatchIntersections>[0] = () => {};
  let made = 0;
  const watch: WatchIntersections = (onReport) => {
    made++;
    report = onReport;
    return {
      observe: (target) => watched.add(target),
      unobserve: (target) => watched.delete(target),
    };
  };
  return {
    watch,
    watched,
    made: () => made,
    near: (targets: Element[], isIntersecting = true) => {
      report(targets.map((target) => ({ target, isIntersecting })));
    },
  };
}

function paintPage(html: string) {
  const body = setBody(html);
  const api = fakeHighlightApi();
  const intersections = fakeIntersections();
  const painter = new Painter(api, intersections.watch);
  const map = collectText(body);
  painter.paint(map, matcher.find(map.text));
  const cue = (slate: string) => paintedTexts(api.registry, cueHighlightName(slate));
  return { body, painter, registry: api.registry, intersections, cue };
}

const PAGE =
  '<p id="one">They kept winning every internal Labour election.</p>' +
  '<p id="two">It was two-and-a-half years of defeat and decline.</p>' +
  '<p id="three">And winning every internal Labour election again.</p>';

describe('ViewportCue', () => {
  it('underlines only the hits whose element is near the viewport, each in its slate’s cue', () => {
    const { body, intersections, cue, registry } = paintPage(PAGE);
    expect(intersections.watched.size).toBe(3);
    expect(registry.has(cueHighlightName('ym'))).toBe(false);
    intersections.near([body.querySelector('#one')!, body.querySelector('#two')!]);
    expect(cue('ym')).toEqual(['winning every internal Labour election']);
    expect(cue('mo')).toEqual(['two-and-a-half years of defeat and decline']);
    // The tint is on every hit whatever the viewport.
    expect(paintedTexts(registry, highlightName('ym'))).toHaveLength(2);
  });

  it('moves the underline as the reader scrolls, and drops a slate’s cue when none of it is near', () => {
    const { body, intersections, cue, registry } = paintPage(PAGE);
    const [one, two, three] = ['#one', '#two', '#three'].map((id) => body.querySelector(id)!);
    intersections.near([one!, two!]);
    intersections.near([one!, two!], false);
    intersections.near([three!]);
    expect(cue('ym')).toHaveLength(1);
    expect(cue('ym')[0]).toBe('winning every internal Labour election');
    expect(
      [...(registry.get(cueHighlightName('ym')) as unknown as Set<Range>)][0]!.startContainer.parentElement,
    ).toBe(three);
    expect(registry.has(cueHighlightName('mo'))).toBe(false);
  });

  it('lets go of hits the painter forgets: a switched-off slate, a rescan, a cleared page', () => {
    const { body, painter, intersections, cue, registry } = paintPage(PAGE);
    intersections.near([...body.querySelectorAll('p')]);
    painter.removeSlate('mo');
    expect(registry.has(cueHighlightName('mo'))).toBe(false);
    expect(intersections.watched.has(body.querySelector('#two')!)).toBe(false);
    // A rescan of the same text replaces its hits: the cue holds the new ranges, not both.
    const map = collectText(body);
    painter.paint(map, matcher.find(map.text));
    expect(cue('ym')).toHaveLength(2);
    painter.clear();
    expect([...registry.keys()]).toEqual([]);
    expect(intersections.watched.size).toBe(0);
  });

  it('keeps a report about an element it no longer watches from painting anything', () => {
    const { body, painter, intersections, registry } = paintPage(PAGE);
    painter.clear();
    intersections.near([body.querySelector('#one')!]);
    expect(registry.size).toBe(0);
  });

  it('gives a hit in a text node too long for an underline the tint alone', () => {
    const filler = 'Neutral words about the weather. '.repeat(Math.ceil(LONGEST_UNDERLINED_NODE / 33));
    const { body, intersections, cue, registry } = paintPage(
      `<p id="long">${filler}They kept winning every internal Labour election.</p>${PAGE}`,
    );
    expect(intersections.watched.has(body.querySelector('#long')!)).toBe(false);
    intersections.near([...body.querySelectorAll('p')]);
    expect(cue('ym')).toHaveLength(2);
    expect(paintedTexts(registry, highlightName('ym'))).toHaveLength(3);
  });

  it('makes no observer on a page with no hit', () => {
    const { intersections, registry } = paintPage('<p>Nothing contested here.</p>');
    expect(intersections.made()).toBe(0);
    expect(registry.size).toBe(0);
  });
});
