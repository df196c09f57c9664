import type { Painter, PaintedHit } from '../../lib/dom/painter.ts';

// Opens a claim's popover when the reader clicks its painted text. Painted highlights are not
// elements, so a click is hit-tested against the painter's own index: the page cannot dress its
// own text as a claim. A click the page or the browser has a use for is left alone: on a link,
// a control, a <label> or <summary>, in an editable region, with a modifier, or ending a text
// selection. Such claims open from the keyboard commands or the popup's list.

/** What a click inside does something of its own: the click goes to it, not to the popover. */
const INTERACTIVE =
  'a[href],area,button,input,select,textarea,label,summary,details>summary,video,audio,[contenteditable]:not([contenteditable="false"]),[role="button"],[role="link"],[role="checkbox"],[role="tab"],[role="menuitem"],[onclick]';

interface HighlightsFromPoint {
  highlightsFromPoint?: (x: number, y: number) => { ranges: AbstractRange[] }[];
}

interface CaretPositionDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The painted hit under a point of the viewport, if any. */
function hitAtPoint(painter: Painter, x: number, y: number): PaintedHit | null {
  const registry = CSS.highlights as unknown as HighlightsFromPoint;
  if (typeof registry.highlightsFromPoint === 'function') {
    for (const { ranges } of registry.highlightsFromPoint(x, y)) {
      for (const range of ranges) {
        const painted = painter.hitOf(range);
        if (painted !== null) return painted;
      }
    }
  }
  const doc = document as unknown as CaretPositionDocument;
  const caret = doc.caretPositionFromPoint?.(x, y);
  if (caret) return painter.hitAt(caret.offsetNode, caret.offset);
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? painter.hitAt(range.startContainer, range.startOffset) : null;
}

function isLeftAlone(event: MouseEvent): boolean {
  if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return true;
  if (event.defaultPrevented || document.designMode === 'on') return true;
  const target = event.composedPath()[0];
  if (!(target instanceof Node)) return true;
  const element = target instanceof Element ? target : target.parentElement;
  if (element === null || element.closest(INTERACTIVE) !== null) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  // The click ended a drag that selected text: the reader is copying, not asking.
  return getSelection()?.isCollapsed === false;
}

export function listenForHighlightClicks(
  painter: Painter,
  open: (painted: PaintedHit) => void,
  signal: AbortSignal,
): void {
  document.addEventListener(
    'click',
    (event) => {
      if (painter.size === 0 || isLeftAlone(event)) return;
      const painted = hitAtPoint(painter, event.clientX, event.clientY);
      if (painted !== null) open(painted);
    },
    { signal },
  );
}
