import type { HighlightApi, RangeSet } from './painter.ts';

// One highlight per slate under a name of its own, registered when its first range comes and
// dropped when its last goes: the painter's tint highlights and the viewport cue's underline
// highlights both keep their ranges so.

export class SlateHighlights {
  private readonly bySlate = new Map<string, RangeSet>();

  constructor(
    private readonly api: HighlightApi,
    private readonly nameOf: (slate: string) => string,
  ) {}

  add(slate: string, range: Range): void {
    let highlight = this.bySlate.get(slate);
    if (highlight === undefined) {
      highlight = this.api.create();
      this.bySlate.set(slate, highlight);
      this.api.registry.set(this.nameOf(slate), highlight);
    }
    highlight.add(range);
  }

  delete(slate: string, range: Range): void {
    const highlight = this.bySlate.get(slate);
    if (highlight === undefined) return;
    highlight.delete(range);
    if (highlight.size === 0) this.drop(slate);
  }

  /** Drops the slate's highlight whole; false when it had none. */
  drop(slate: string): boolean {
    if (!this.bySlate.delete(slate)) return false;
    this.api.registry.delete(this.nameOf(slate));
    return true;
  }
}
