// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setBody } from './fixture-dom.ts';
import { createClaimDecorator } from '../../lib/dom/claim-marks.ts';
import { highlight } from '../../lib/dom/highlighter.ts';
import { collectText } from '../../lib/dom/text-map.ts';
import { compileMatcher } from '../../lib/match/matcher.ts';

const matcher = compileMatcher([
  { id: 'ym-every-election', slate: 'ym', match: ['winning every internal Labour election'] },
  { id: 'mo-threshold', slate: 'mo', match: ['53% to 47%'] },
]);
const slateNames = new Map([
  ['ym', 'Your Momentum'],
  ['mo', 'Momentum Organisers'],
]);

function attributesOf(mark: Element): Record<string, string> {
  return Object.fromEntries([...mark.attributes].map((attribute) => [attribute.name, attribute.value]));
}

describe('claim marks', () => {
  it('numbers hits in document order and gives every piece of a hit its number', () => {
    const root = setBody(
      '<p>It passed 53% to 47%. They kept winning <em>every</em> internal Labour election.</p>',
    );
    const map = collectText(root);
    highlight(map, matcher.find(map.text), createClaimDecorator(slateNames));
    const marks = [...root.querySelectorAll('mark')];
    expect(marks.map((mark) => [mark.textContent, mark.getAttribute('data-hit')])).toEqual([
      ['53% to 47%', '1'],
      ['winning ', '2'],
      ['every', '2'],
      [' internal Labour election', '2'],
    ]);
  });

  it('makes only a hit’s first piece focusable, a button that opens a dialog, titled by its slate', () => {
    const root = setBody('<p>They kept winning <em>every</em> internal Labour election.</p>');
    const map = collectText(root);
    highlight(map, matcher.find(map.text), createClaimDecorator(slateNames));
    const [first, second] = [...root.querySelectorAll('mark')];
    expect(attributesOf(first!)).toEqual({
      'data-claim': 'ym-every-election',
      'data-slate': 'ym',
      'data-hit': '1',
      tabindex: '0',
      role: 'button',
      'aria-haspopup': 'dialog',
      title: "Your Momentum claim: press Enter for the other side's answer",
    });
    expect(attributesOf(second!)).toEqual({
      'data-claim': 'ym-every-election',
      'data-slate': 'ym',
      'data-hit': '1',
    });
  });

  it('falls back to the slate id when the slate has no name', () => {
    const root = setBody('<p>It passed 53% to 47%.</p>');
    const map = collectText(root);
    highlight(map, matcher.find(map.text), createClaimDecorator(new Map()));
    expect(root.querySelector('mark')?.title).toBe("mo claim: press Enter for the other side's answer");
  });
});
