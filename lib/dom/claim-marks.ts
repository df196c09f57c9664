import type { HighlightDecorator } from './highlighter.ts';

// What a claim's <mark> carries: which claim and slate it is (the public contract, see README), which
// hit its pieces belong to, and, on a hit's first piece, what keyboards and screen readers need to
// open it. Shared by the content script and the benchmark, so the benchmark times the real thing.

/**
 * A decorator numbering hits in the order it sees them (document order within a scan), so the
 * pieces of one hit split across elements share a `data-hit`.
 */
export function createClaimDecorator(slateNames: ReadonlyMap<string, string>): HighlightDecorator {
  let hitCounter = 0;
  // One title per slate, made once: a page can have thousands of highlights.
  const titles = new Map<string, string>();
  const titleFor = (slate: string): string => {
    let title = titles.get(slate);
    if (title === undefined) {
      title = `${slateNames.get(slate) ?? slate} claim: press Enter for the other side's answer`;
      titles.set(slate, title);
    }
    return title;
  };
  return (mark, hit, first) => {
    if (first) hitCounter++;
    mark.setAttribute('data-claim', hit.claimId);
    mark.setAttribute('data-slate', hit.slate);
    mark.setAttribute('data-hit', String(hitCounter));
    if (first) {
      mark.tabIndex = 0;
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.title = titleFor(hit.slate);
    }
  };
}
