import { defineContentScript } from 'wxt/utils/define-content-script';
import builtMatchData from 'virtual:right-of-reply/match-data';
import { onMessage, sendMessage } from '../../extension/messaging.ts';
import { loadSettings, watchSettings } from '../../extension/settings.ts';
import { createClaimDecorator } from '../../lib/dom/claim-marks.ts';
import { PageScanner } from '../../lib/dom/page-scanner.ts';
import { compileMatcher } from '../../lib/match/matcher.ts';
import type { MatchData } from '../../lib/match/match-data.ts';
import { hostOf } from '../../lib/controls/site-pause.ts';
import { createClaimNavigation } from './claim-navigation.ts';
import { listenForHighlightActivation } from './highlight-events.ts';
import { installHighlightStyle } from './highlight-style.ts';
import { createClaimsReporter, readPageClaims } from './page-claims.ts';
import { renderNotesSummary } from './notes-summary.tsx';
import { createPopoverController } from './popover-controller.tsx';
import { createReaderView } from './reader-controls.ts';

// Wiring only: the corpus compiled once, the reader's settings applied and watched, the page
// scanned once and watched for additions, highlights that open the popover, and the messages of
// the popup and the keyboard commands.

const matchData = builtMatchData as MatchData;
let scans = 0;

/**
 * Counts full scans on <html>: tests and the demo wait for it; it changes no text or layout.
 * A page paused by the reader counts too, once its (empty) state is settled.
 */
function markScanned(): void {
  document.documentElement.setAttribute('data-right-of-reply-scanned', String(++scans));
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const matcher = compileMatcher(matchData.claims);
    const host = hostOf(location.href);
    const view = createReaderView(await loadSettings(), host, matchData.slates);
    const style = installHighlightStyle(document, view.colours);

    const decorate = createClaimDecorator(new Map(matchData.slates.map((slate) => [slate.id, slate.name])));

    const popover = createPopoverController(ctx, {
      loadClaim: (claimId) => sendMessage('getClaimDetails', claimId),
      colours: () => view.colours,
      extra: renderNotesSummary,
    });
    const pageClaims = () => ({
      ...readPageClaims(document.body, host, view.paused),
      hiddenHere: view.hiddenHere,
    });
    const reporter = createClaimsReporter(ctx, pageClaims);
    const scanner = new PageScanner(document.body, {
      matcher,
      decorate,
      wanted: view.wanted,
      onChange: () => {
        if (popover.openMark !== null && !popover.openMark.isConnected) popover.close();
        reporter.schedule();
      },
    });
    if (view.paused) reporter.schedule();
    else {
      // Observe from the start: what the page adds during a long first scan is caught too.
      scanner.start();
      await scanner.rescanAll();
    }
    markScanned();
    ctx.onInvalidated(() => {
      scanner.stop();
    });
    ctx.onInvalidated(
      watchSettings((settings) => {
        view.apply(settings, scanner);
        style.setColours(view.colours);
      }),
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      void (view.paused ? Promise.resolve() : scanner.rescanAll()).then(markScanned);
    });
    listenForHighlightActivation(ctx, (mark) => {
      popover.open(mark);
    });

    const navigation = createClaimNavigation(document, popover);
    for (const removeListener of [
      onMessage('listPageClaims', pageClaims),
      onMessage('showClaim', ({ data }) => navigation.showClaim(data)),
      onMessage('setHiddenHere', ({ data }) => {
        view.setHiddenHere(data, scanner);
        if (view.paused) popover.close();
        reporter.schedule();
        return pageClaims();
      }),
      onMessage('showNextClaim', () => navigation.showNextClaim()),
      onMessage('closeClaim', () => {
        popover.close();
      }),
    ]) {
      ctx.onInvalidated(removeListener);
    }
  },
});
