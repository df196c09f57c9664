import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render, type ComponentChildren } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ClaimPopover } from '../../components/ClaimPopover.tsx';
import popoverCss from '../../components/popover.css?inline';
import slateChipCss from '../../components/slate-chip.css?inline';
import type { ResolvedClaim } from '../../lib/corpus/corpus-index.ts';
import { UI_HOST_TAG } from '../../lib/dom/exclusions.ts';
import { HIGHLIGHT_SELECTOR } from '../../lib/dom/highlighter.ts';

// Shows one claim's popover at a time next to its highlight, in a shadow root, placed and kept
// in view by Floating UI while the page scrolls. Focus moves into the popover when it opens and
// back to the highlight when it closes.

export interface PopoverController {
  open(mark: HTMLElement): void;
  close(): void;
  readonly openMark: HTMLElement | null;
}

export interface PopoverOptions {
  /** The claim's quote, answers and sources (kept in the background, not in every page). */
  loadClaim: (claimId: string) => Promise<ResolvedClaim | null>;
  colours: () => Record<string, string>;
  /** Content shown under the answers for a claim (the reader's notes). */
  extra?: (claimId: string, mark: HTMLElement) => ComponentChildren;
}

export function createPopoverController(
  ctx: ContentScriptContext,
  options: PopoverOptions,
): PopoverController {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let openMark: HTMLElement | null = null;
  let stopFollowing: (() => void) | null = null;

  const ensureMounted = async (): Promise<ShadowRootContentScriptUi<HTMLElement>> => {
    if (ui === null) {
      ui = await createShadowRootUi(ctx, {
        name: UI_HOST_TAG,
        position: 'overlay',
        anchor: 'body',
        append: 'last',
        zIndex: 2147483647,
        css: `${slateChipCss}\n${popoverCss}`,
        // Keys typed inside the popover do not bubble out to the page's listeners.
        isolateEvents: true,
        onMount: (container) => container,
        onRemove: (container) => {
          if (container) render(null, container);
        },
      });
    }
    // A single-page app may have replaced <body>: mount again where needed.
    if (!ui.shadowHost.isConnected) ui.mount();
    return ui;
  };

  const close = (): void => {
    const mark = openMark;
    if (mark === null) return;
    openMark = null;
    stopFollowing?.();
    stopFollowing = null;
    const container = ui?.mounted;
    if (container) render(null, container);
    if (mark.isConnected) mark.focus({ preventScroll: true });
  };

  const open = (mark: HTMLElement): void => {
    const claimId = mark.dataset.claim;
    if (claimId === undefined) return;
    if (openMark !== null) close();
    openMark = mark;
    void Promise.all([ensureMounted(), options.loadClaim(claimId)]).then(([mounted, resolved]) => {
      const container = mounted.mounted;
      if (container === undefined || resolved === null || openMark !== mark) return;
      render(
        <div
          class="floating"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <ClaimPopover resolved={resolved} colours={options.colours()} onClose={close}>
            {options.extra?.(claimId, mark)}
          </ClaimPopover>
        </div>,
        container,
      );
      const floating = container.querySelector<HTMLElement>('.floating');
      if (floating === null) return;
      stopFollowing = autoUpdate(mark, floating, () => {
        void computePosition(mark, floating, {
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
      floating.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
    });
  };

  // Escape while focus is on the page (the highlight), and clicks anywhere outside, close it.
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && openMark !== null) close();
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'pointerdown',
    (event) => {
      if (openMark === null || ui === null) return;
      const path = event.composedPath();
      if (path.includes(ui.shadowHost)) return;
      const target = event.target as Element | null;
      if (target?.closest(HIGHLIGHT_SELECTOR) && path.includes(openMark)) return;
      close();
    },
    { capture: true },
  );

  return {
    open,
    close,
    get openMark() {
      return openMark;
    },
  };
}
