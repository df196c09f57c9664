// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { NodeHits } from '../../lib/dom/node-hits.ts';

// One text node's hits in order of where they start, as the painter's index keeps them.

function setUp() {
  document.body.innerHTML = '<p>Before. </p><p>Zero one two three four five six seven eight nine.</p>';
  const earlier = document.querySelector('p')!.firstChild as Text;
  const node = document.querySelectorAll('p')[1]!.firstChild as Text;
  const hitAt = (start: number, end = start + 3, from: Text = node) => {
    const range = document.createRange();
    range.setStart(from, start);
    range.setEnd(node, end);
    return { range, name: `${from === node ? '' : 'earlier '}${start}` };
  };
  return { node, earlier, hitAt, hits: new NodeHits<ReturnType<typeof hitAt>>(node) };
}

const names = (list: readonly { name: string }[]) => list.map((hit) => hit.name);

describe('NodeHits', () => {
  it('keeps hits in order of where they start, however they are added', () => {
    const { hits, hitAt, earlier } = setUp();
    for (const start of [20, 5, 30, 0, 10]) hits.add(hitAt(start));
    hits.add(hitAt(2, 2, earlier));
    expect(names(hits.all)).toEqual(['earlier 2', '0', '5', '10', '20', '30']);
  });

  it('finds the hits that start in a piece, and those from an earlier node only for the first piece', () => {
    const { hits, hitAt, earlier } = setUp();
    hits.add(hitAt(2, 2, earlier));
    for (const start of [0, 5, 10, 20, 30]) hits.add(hitAt(start));
    expect(names(hits.startingIn(0, 10))).toEqual(['earlier 2', '0', '5']);
    expect(names(hits.startingIn(5, 21))).toEqual(['5', '10', '20']);
    expect(names(hits.startingIn(31, 60))).toEqual([]);
  });

  it('removes a few hits one by one and many in one pass, the rest kept in order', () => {
    const { hits, hitAt } = setUp();
    const all = [0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44].map((start) => hitAt(start));
    for (const hit of all) hits.add(hit);
    hits.removeAll(new Set([all[1]!, all[5]!]));
    expect(names(hits.all)).toEqual(['0', '8', '12', '16', '24', '28', '32', '36', '40', '44']);
    hits.removeAll(new Set(all.slice(0, 11)));
    expect(names(hits.all)).toEqual(['44']);
  });

  it('removes a hit whose range an edit has moved out of order', () => {
    const { hits, hitAt, node } = setUp();
    const moved = hitAt(30);
    for (const hit of [hitAt(0), hitAt(10), moved, hitAt(40)]) hits.add(hit);
    moved.range.setStart(node, 1);
    moved.range.setEnd(node, 2);
    hits.removeAll(new Set([moved]));
    expect(names(hits.all)).toEqual(['0', '10', '40']);
  });
});
