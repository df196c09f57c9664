// The painted hits touching one text node, kept in order of where they start in it, so the hits
// of one piece of a long node are found by binary search. A page in one text node holds thousands
// of hits and is read in as many pieces as it is long: filtering every hit at every piece cost a
// 5 MB node 96 ms of script in one task.

/** What the list needs of a painted hit: its live range. */
export interface RangeHolder {
  readonly range: Range;
}

/** Up to this many hits are removed one by one, each found by binary search. */
const FEW = 8;

export class NodeHits<T extends RangeHolder> {
  private readonly hits: T[] = [];

  constructor(private readonly node: Text) {}

  get size(): number {
    return this.hits.length;
  }

  get all(): readonly T[] {
    return this.hits;
  }

  add(hit: T): void {
    const key = this.keyOf(hit);
    const { hits } = this;
    // A scan paints in document order: the common case appends.
    if (hits.length === 0 || this.keyOf(hits[hits.length - 1]!) <= key) hits.push(hit);
    else hits.splice(this.firstAtOrAfter(key + 1), 0, hit);
  }

  /** Removes these hits: one by one when they are few, in one pass over the list when many. */
  removeAll(removed: ReadonlySet<T>): void {
    if (removed.size > FEW) {
      const kept = this.hits.filter((hit) => !removed.has(hit));
      this.hits.length = 0;
      this.hits.push(...kept);
      return;
    }
    for (const hit of removed) this.remove(hit);
  }

  private remove(hit: T): void {
    const { hits } = this;
    const key = this.keyOf(hit);
    let at = this.firstAtOrAfter(key);
    while (at < hits.length && hits[at] !== hit && this.keyOf(hits[at]!) === key) at++;
    // Ranges are live: should an edit have reordered them, a plain search still finds the hit.
    if (hits[at] !== hit) at = hits.indexOf(hit);
    if (at >= 0) hits.splice(at, 1);
  }

  /**
   * Hits that start at [from, to) of the node's text, and, when `from` is 0, those that start in
   * an earlier node.
   */
  startingIn(from: number, to: number): T[] {
    return this.hits.slice(this.firstAtOrAfter(from === 0 ? -1 : from), this.firstAtOrAfter(to));
  }

  /** Where a hit starts in the node; -1 for a hit that starts in an earlier node. */
  private keyOf({ range }: T): number {
    return range.startContainer === this.node ? range.startOffset : -1;
  }

  private firstAtOrAfter(key: number): number {
    let low = 0;
    let high = this.hits.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keyOf(this.hits[middle]!) < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
