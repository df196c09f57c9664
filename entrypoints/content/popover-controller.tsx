import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { render, type ComponentChildren } from 'preact';
import { ClaimPopover } from '../../components/ClaimPopover.tsx';
import { DismissedNotice } from '../../components/DismissedNotice.tsx';
import popoverCss from '../../components/popover.css?inline';
import slateChipCss from '../../components/slate-chip.css?inline';
import { restoreDismissal, saveDismissal } from '../../extension/dismissals/dismissal-store.ts';
import { sendMessage } from '../../extension/messaging.ts';
import type { PaintedHit } from '../../lib/dom/painter.ts';
import type { ClaimUi, ClaimUiHost } from './claim-ui-contract.ts';
import { dismissalOf } from './dismissal-of.ts';
import { trapFocus } from './focus-trap.ts';
import { renderNotesSummary } from './notes-summary.tsx';
import { createUiHost, type UiHost } from './ui-host.ts';

// Shows one claim's popover at a time next to its highlight, placed and kept in view by Floating
// UI while the page scrolls. The popover is in the top layer (the `popover` attribute), so no page
// overlay, whatever its z-index, covers it. Focus moves into it when it opens, so screen readers
// announce the dialog, stays inside while it is open, and goes back where it was when it closes.

/** The UA's popover box (centred, bordered) undone: Floating UI places it. */
const TOP_LAYER_CSS = '.floating[popover]{inset:auto;margin:0;padding:0;}';

/** How long "Highlight hidden · Undo" stays in the popover's place. */
const UNDO_MS = 8_000;

/** A painted hit as Floating UI's reference: its range's boxes, scrolled with its text's element. */
function anchorOf(painted: PaintedHit): VirtualElement {
  return {
    getBoundingClientRect: () => painted.range.getBoundingClientRect(),
    getClientRects: () => painted.range.getClientRects(),
    contextElement: painted.nodes[0]?.parentElement ?? undefined,
  };
}

/** Puts the caret at the end of the passage, where a keyboard reader with no focused element was. */
function caretAfter(painted: PaintedHit): void {
  const selection = getSelection();
  if (selection === null || !painted.range.startContainer.isConnected) return;
  selection.collapse(painted.range.endContainer, painted.range.endOffset);
}

export function createPopoverController(host: ClaimUiHost): ClaimUi {
  let ui: UiHost | null = null;
  let openHit: PaintedHit | null = null;
  let stopFollowing: (() => void) | null = null;
  let stopTrapping: (() => void) | null = null;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;
  let returnFocusTo: HTMLElement | null = null;

  const close = (byKeyboard = false): void => {
    const closed = openHit;
    if (closed === null) return;
    openHit = null;
    clearTimeout(undoTimer);
    stopFollowing?.();
    stopFollowing = null;
    stopTrapping?.();
    stopTrapping = null;
    if (ui !== null) render(null, ui.container);
    host.onClose(closed);
    if (returnFocusTo?.isConnected) returnFocusTo.focus({ preventScroll: true });
    else if (byKeyboard) caretAfter(closed);
    returnFocusTo = null;
  };

  /** Renders into the floating box and places it next to the hit; returns the box. */
  const show = (painted: PaintedHit, content: ComponentChildren): HTMLElement | null => {
    ui ??= createUiHost(`${slateChipCss}\n${popoverCss}\n${TOP_LAYER_CSS}`);
    ui.attach();
    render(
      <div
        class="floating"
        popover="manual"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            close(true);
          }
        }}
      >
        {content}
      </div>,
      ui.container,
    );
    const floating = ui.container.querySelector<HTMLElement>('.floating');
    if (floating === null) return null;
    if (!floating.matches(':popover-open')) floating.showPopover();
    stopFollowing?.();
    const anchor = anchorOf(painted);
    stopFollowing = autoUpdate(anchor, floating, () => {
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              floating.style.maxHeight = `${Math.max(160, availableHeight)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    });
    stopTrapping?.();
    stopTrapping = trapFocus(ui.host, floating);
    return floating;
  };

  const showUndo = (painted: PaintedHit, dismissal: ReturnType<typeof dismissalOf>): void => {
    const floating = show(
      painted,
      <DismissedNotice
        onUndo={() => {
          close();
          void restoreDismissal(dismissal);
        }}
        onClose={() => {
          close();
        }}
      />,
    );
    floating?.querySelector<HTMLElement>('.undo')?.focus({ preventScroll: true });
    clearTimeout(undoTimer);
    undoTimer = setTimeout(() => {
      if (openHit === painted) close();
    }, UNDO_MS);
  };

  const open = (painted: PaintedHit): void => {
    if (openHit !== null) close();
    openHit = painted;
    const active = document.activeElement;
    returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : null;
    const claimId = painted.hit.claimId;
    void host.loadClaim(claimId).then(
      (resolved) => {
        if (resolved === null || openHit !== painted) return;
        const floating = show(
          painted,
          <ClaimPopover
            resolved={resolved}
            hit={painted.hit}
            colours={host.colours()}
            onClose={() => {
              close();
            }}
            onReadInContext={(sourceId, quote) => {
              void sendMessage('sources.open', { sourceId, quote });
            }}
            onDismiss={() => {
              const dismissal = dismissalOf(painted, location.href, new Date());
              void saveDismissal(dismissal);
              showUndo(painted, dismissal);
            }}
          >
            {renderNotesSummary(claimId)}
          </ClaimPopover>,
        );
        floating?.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
      },
      () => {
        // The background may be restarting: the reader can open it again.
        if (openHit === painted) close();
      },
    );
  };

  // Escape anywhere, and a press outside the popover, close it.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && openHit !== null) close(true);
    },
    { capture: true },
  );
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (openHit === null || ui === null) return;
      if (event.composedPath().includes(ui.host)) return;
      close();
    },
    { capture: true },
  );

  return {
    open,
    close: () => {
      close();
    },
    get openHit() {
      return openHit;
    },
  };
}
