import { Painter, type HighlightApi, type RangeSet } from '../../lib/dom/painter.ts';
import { findInSegments, type MatchRequest } from '../../lib/dom/match-request.ts';
import type { MatchSegments } from '../../lib/dom/page-scanner.ts';
import type { ClaimMatcher } from '../../lib/match/matcher.ts';

// jsdom has no CSS Custom Highlight API: a registry of plain sets stands in, so tests read what
// would be painted (each registered highlight's ranges) as a reader's browser would draw it.

class FakeHighlight extends Set<Range> implements RangeSet {
  priority = 0;
}

export interface FakeHighlights extends HighlightApi {
  registry: Map<string, RangeSet>;
}

export function fakeHighlightApi(): FakeHighlights {
  return { registry: new Map<string, RangeSet>(), create: () => new FakeHighlight() };
}

export function fakePainter(): { painter: Painter; registry: Map<string, RangeSet> } {
  const api = fakeHighlightApi();
  return { painter: new Painter(api), registry: api.registry };
}

/** The text of each range registered under `name`, in document order. */
export function paintedTexts(registry: Map<string, RangeSet>, name: string): string[] {
  const ranges = [...((registry.get(name) as Set<Range> | undefined) ?? [])];
  ranges.sort((a, b) => a.compareBoundaryPoints(0 /* START_TO_START */, b));
  return ranges.map((range) => range.toString());
}

/** Matching in the page, as a promise: what the background answers, without the round trip. */
export function matchLocally(
  matcher: ClaimMatcher,
  onRequest?: (requests: MatchRequest[]) => void,
): MatchSegments {
  return (requests) => {
    onRequest?.(requests);
    return Promise.resolve(findInSegments(matcher, requests));
  };
}
