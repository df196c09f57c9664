import { HIGHLIGHT_SELECTOR } from '../../lib/dom/highlighter.ts';
import { hitPieces } from './highlight-events.ts';
import { FLASH_CLASS } from './highlight-style.ts';
import type { PopoverController } from './popover-controller.tsx';

// Taking the reader to a claim: from the popup's list, or to the next one with the keyboard
// command. The highlight is scrolled into the middle of the view, flashes, and its popover opens.

const FLASH_MS = 1200;

/** The first piece of each hit, in document order. */
function hitStarts(root: ParentNode): HTMLElement[] {
  const seen = new Set<string>();
  const starts: HTMLElement[] = [];
  for (const mark of root.querySelectorAll<HTMLElement>(HIGHLIGHT_SELECTOR)) {
    const hit = mark.getAttribute('data-hit') ?? '';
    if (seen.has(hit)) continue;
    seen.add(hit);
    starts.push(mark);
  }
  return starts;
}

function follows(mark: Element, reference: Element): boolean {
  return (reference.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

export interface ClaimNavigation {
  showClaim(claimId: string): boolean;
  showNextClaim(): boolean;
}

export function createClaimNavigation(doc: Document, popover: PopoverController): ClaimNavigation {
  const reveal = (start: HTMLElement): void => {
    const reduceMotion = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
    start.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    const pieces = hitPieces(start);
    for (const piece of pieces) piece.classList.add(FLASH_CLASS);
    setTimeout(() => {
      pieces.forEach((piece) => {
        piece.classList.remove(FLASH_CLASS);
      });
    }, FLASH_MS);
    popover.open(start);
  };

  return {
    showClaim(claimId) {
      const start = hitStarts(doc).find((mark) => mark.getAttribute('data-claim') === claimId);
      if (start === undefined) return false;
      reveal(start);
      return true;
    },
    showNextClaim() {
      const starts = hitStarts(doc);
      if (starts.length === 0) return false;
      const focused = doc.activeElement?.closest(HIGHLIGHT_SELECTOR) ?? null;
      const current = popover.openMark ?? focused;
      // With nothing open, start from what the reader is looking at: the first hit not above the view.
      const next =
        current !== null
          ? starts.find((mark) => mark !== current && follows(mark, current))
          : starts.find((mark) => mark.getBoundingClientRect().bottom >= 0);
      reveal(next ?? (starts[0] as HTMLElement));
      return true;
    },
  };
}
