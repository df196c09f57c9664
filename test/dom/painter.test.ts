// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FOCUS_HIGHLIGHT, highlightName } from '../../lib/dom/painter.ts';
import { collectText } from '../../lib/dom/text-map.ts';
import { compileMatcher } from '../../lib/match/matcher.ts';
import { fakePainter, paintedTexts } from './fake-highlights.ts';
import { setBody } from './fixture-dom.ts';

const matcher = compileMatcher([
  { id: 'ym-every-election', slate: 'ym', match: ['winning every internal Labour election'] },
  { id: 'mo-defeat', slate: 'mo', match: ['two-and-a-half years of defeat and decline'] },
]);

function paintBody(html: string) {
  const body = setBody(html);
  const before = body.innerHTML;
  const { painter, registry } = fakePainter();
  const map = collectText(body);
  painter.paint(map, matcher.find(map.text));
  return { body, before, painter, registry, map };
}

describe('Painter', () => {
  it('paints each hit as a range in its slate’s highlight, leaving the DOM exactly as it was', () => {
    const { body, before, registry } = paintBody(
      '<p>They kept winning <em>every</em> internal Labour election.</p><p>two-and-a-half years of defeat and decline</p>',
    );
    expect(body.innerHTML).toBe(before);
    expect(paintedTexts(registry, highlightName('ym'))).toEqual(['winning every internal Labour election']);
    expect(paintedTexts(registry, highlightName('mo'))).toEqual([
      'two-and-a-half years of defeat and decline',
    ]);
  });

  it('registers nothing on a page without a claim', () => {
    const { registry } = paintBody('<p>Council budgets and bus routes.</p>');
    expect(registry.size).toBe(0);
  });

  it('finds the hit under a point in any of its text nodes', () => {
    const { body, painter } = paintBody('<p>They kept winning <em>every</em> internal Labour election.</p>');
    const em = body.querySelector('em')!.firstChild!;
    expect(painter.hitAt(em, 2)?.hit.claimId).toBe('ym-every-election');
    expect(painter.hitAt(body.querySelector('p')!.firstChild!, 1)).toBeNull();
  });

  it('replaces, never doubles, the hits of text painted again', () => {
    const { painter, registry, map } = paintBody('<p>winning every internal Labour election</p>');
    painter.paint(map, matcher.find(map.text));
    expect(paintedTexts(registry, highlightName('ym'))).toHaveLength(1);
    expect(painter.size).toBe(1);
  });

  it('skips a hit whose text node changed since it was read', () => {
    const body = setBody('<p>winning every internal Labour election</p>');
    const { painter, registry } = fakePainter();
    const map = collectText(body);
    const hits = matcher.find(map.text);
    (body.querySelector('p')!.firstChild as Text).data = 'short';
    painter.paint(map, hits);
    expect(registry.size).toBe(0);
  });

  it('prunes hits whose text the page removed', () => {
    const { body, painter, registry } = paintBody(
      '<p id="a">winning every internal Labour election</p><p>two-and-a-half years of defeat and decline</p>',
    );
    body.querySelector('#a')!.remove();
    expect(painter.prune()).toBe(true);
    expect(registry.has(highlightName('ym'))).toBe(false);
    expect(paintedTexts(registry, highlightName('mo'))).toHaveLength(1);
  });

  it('switches a slate off by dropping its highlight', () => {
    const { painter, registry } = paintBody(
      '<p>winning every internal Labour election</p><p>two-and-a-half years of defeat and decline</p>',
    );
    expect(painter.removeSlate('mo')).toBe(1);
    expect([...registry.keys()]).toEqual([highlightName('ym')]);
  });

  it('shows the focused hit under its own name, above the slates, and drops it with the hit', () => {
    const { painter, registry } = paintBody('<p>winning every internal Labour election</p>');
    const [painted] = [...painter.hits];
    painter.setFocus(painted!);
    expect(paintedTexts(registry, FOCUS_HIGHLIGHT)).toEqual(['winning every internal Labour election']);
    expect(registry.get(FOCUS_HIGHLIGHT)!.priority).toBeGreaterThan(
      registry.get(highlightName('ym'))!.priority,
    );
    painter.removeSlate('ym');
    expect(registry.has(FOCUS_HIGHLIGHT)).toBe(false);
  });
});
