import { defineContentScript } from 'wxt/utils/define-content-script';
import { corpus } from '../../data/corpus.ts';
import { indexCorpus } from '../../lib/corpus-index.ts';
import { PageScanner } from '../../lib/dom/page-scanner.ts';
import type { Hit } from '../../lib/matcher.ts';
import { compileMatcher } from '../../lib/matcher.ts';
import { listenForHighlightActivation } from './highlight-events.ts';
import { installHighlightStyle } from './highlight-style.ts';
import { renderNotesFrame } from './notes-frame.tsx';
import { createPopoverController } from './popover-controller.tsx';

// Wiring only: the corpus compiled once, the page scanned once and watched for additions,
// highlights that open the popover.

let scans = 0;

/** Counts full scans on <html>: tests and the demo wait for it; it changes no text or layout. */
function markScanned(): void {
  document.documentElement.setAttribute('data-right-of-reply-scanned', String(++scans));
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const index = indexCorpus(corpus);
    const matcher = compileMatcher(corpus.claims);
    const colours = Object.fromEntries(corpus.slates.map((slate) => [slate.id, slate.colour]));
    installHighlightStyle(document, colours);

    let hitCounter = 0;
    const decorate = (mark: HTMLElement, hit: Hit, first: boolean): void => {
      if (first) hitCounter++;
      mark.setAttribute('data-claim', hit.claimId);
      mark.setAttribute('data-slate', hit.slate);
      mark.setAttribute('data-hit', String(hitCounter));
      if (first) {
        const slateName = index.slate(hit.slate)?.name ?? hit.slate;
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-haspopup', 'dialog');
        mark.title = `${slateName} claim: press Enter for the other side's answer`;
      }
    };

    const popover = await createPopoverController(ctx, { index, colours: () => colours, extra: renderNotesFrame });
    const scanner = new PageScanner(document.body, {
      matcher,
      decorate,
      wanted: () => true,
      onChange: () => {
        if (popover.openMark !== null && !popover.openMark.isConnected) popover.close();
      },
    });
    scanner.rescanAll();
    markScanned();
    scanner.start();
    ctx.onInvalidated(() => scanner.stop());
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      scanner.rescanAll();
      markScanned();
    });
    listenForHighlightActivation(ctx, popover.open);
  },
});
