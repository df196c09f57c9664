import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIGHLIGHT_SELECTOR } from '../../lib/dom/highlighter.ts';

// Opens the popover from a highlight: a click on any piece of it, or Enter/Space on the focusable
// first piece. Listens on the document (one listener, not one per mark) so new marks need no wiring.

export function firstPieceOf(mark: Element): HTMLElement {
  const hit = mark.getAttribute('data-hit');
  if (hit === null) return mark as HTMLElement;
  return (mark.ownerDocument.querySelector(`${HIGHLIGHT_SELECTOR}[data-hit="${CSS.escape(hit)}"]`) ??
    mark) as HTMLElement;
}

export function listenForHighlightActivation(
  ctx: ContentScriptContext,
  open: (mark: HTMLElement) => void,
): void {
  ctx.addEventListener(document, 'click', (event) => {
    const mark = (event.target as Element | null)?.closest?.(HIGHLIGHT_SELECTOR);
    if (!mark) return;
    // The reader clicked the highlight, not the link it may sit in.
    event.preventDefault();
    open(firstPieceOf(mark));
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target as Element | null;
    if (!target?.matches?.(HIGHLIGHT_SELECTOR)) return;
    event.preventDefault();
    open(firstPieceOf(target));
  });
}
