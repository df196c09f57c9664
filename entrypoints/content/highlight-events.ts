import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIGHLIGHT_SELECTOR } from '../../lib/dom/highlighter.ts';

// Opens the popover from a highlight: a click on any piece of it, or Enter/Space on the focusable
// first piece. Listens on the document (one listener, not one per mark) so new marks need no wiring.

/** Every piece of the hit a mark belongs to (a hit split across elements has several), in order. */
export function hitPieces(mark: Element): HTMLElement[] {
  const hit = mark.getAttribute('data-hit');
  if (hit === null) return [mark as HTMLElement];
  const pieces = mark.ownerDocument.querySelectorAll<HTMLElement>(
    `${HIGHLIGHT_SELECTOR}[data-hit="${CSS.escape(hit)}"]`,
  );
  return pieces.length > 0 ? [...pieces] : [mark as HTMLElement];
}

export function firstPieceOf(mark: Element): HTMLElement {
  return hitPieces(mark)[0] as HTMLElement;
}

export function listenForHighlightActivation(
  ctx: ContentScriptContext,
  open: (mark: HTMLElement) => void,
): void {
  ctx.addEventListener(document, 'click', (event) => {
    const mark = (event.target as Element | null)?.closest(HIGHLIGHT_SELECTOR);
    if (!mark) return;
    // The reader clicked the highlight, not the link it may sit in.
    event.preventDefault();
    open(firstPieceOf(mark));
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target as Element | null;
    if (!target?.matches(HIGHLIGHT_SELECTOR)) return;
    event.preventDefault();
    open(firstPieceOf(target));
  });
}
