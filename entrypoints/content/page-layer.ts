import slates from '../../data/slates.json';
import { onMessage, sendMessage } from '../../extension/page/content-messaging.ts';
import { loadSettings, watchSettings } from '../../extension/page/content-storage.ts';
import { hostOf } from '../../lib/web/page-host.ts';
import { browserHighlightApi, Painter } from '../../lib/dom/painter.ts';
import { PageScanner } from '../../lib/dom/page-scanner.ts';
import { browserIntersections } from '../../lib/dom/viewport-cue.ts';
import { createClaimNavigation } from './claim-navigation.ts';
import { createClaimUiLoader } from './claim-ui-loader.ts';
import { listenForHighlightClicks } from './highlight-events.ts';
import { createHighlightColours } from './highlight-colours.ts';
import { darkPageBackground } from './page-background.ts';
import { createClaimsReporter, readPageClaims } from './page-claims.ts';
import { watchPageDismissals } from './page-dismissals.ts';
import { createReaderView } from './reader-controls.ts';

// Wiring only. The page's text is read and sent to the background, which holds the corpus and
// matches it; hits come back as ranges to paint. Nothing is added to the page's DOM (no element,
// attribute, or style element), and nothing is posted to it: a page with no claim, or a paused
// one, cannot tell the extension is there. The popover's code loads only when a claim is opened.

const slateIds = slates.map((slate) => slate.id);
const defaultColours = Object.fromEntries(slates.map((slate) => [slate.id, slate.colour]));

/** Only HTML documents: SVG images, XML feeds and the like are left alone. */
function isHtmlDocument(): boolean {
  return document.contentType === 'text/html' && document.documentElement instanceof HTMLHtmlElement;
}

export async function startPageLayer(): Promise<void> {
  const api = browserHighlightApi(window);
  if (!isHtmlDocument() || api === null) return;
  const lifetime = new AbortController();
  const host = hostOf(location.href);
  const view = createReaderView(await loadSettings(), host, slates);
  const painter = new Painter(api, browserIntersections(window));
  const colours = createHighlightColours(
    slateIds,
    defaultColours,
    view.colours,
    darkPageBackground(document),
  );
  const pageClaims = () => ({ ...readPageClaims(painter, host, view.paused), hiddenHere: view.hiddenHere });
  const reporter = createClaimsReporter(pageClaims, lifetime.signal);
  const ui = createClaimUiLoader({
    loadClaim: (claimId) => sendMessage('corpus.getClaimDetails', claimId),
    colours: () => view.colours,
    onClose: (painted) => {
      if (painter.focusedHit === painted) painter.setFocus(null);
    },
  });
  const open = (painted: Parameters<typeof ui.open>[0]): void => {
    painter.setFocus(painted);
    ui.open(painted);
  };
  const dismissals = await watchPageDismissals(
    painter,
    (restored) => {
      if (restored) void scanner.rescanAll().catch(() => undefined);
      else reporter.schedule();
    },
    lifetime.signal,
  );
  const scanner = new PageScanner(document, {
    match: async (requests) => {
      const results = await sendMessage('corpus.matchSegments', requests).catch((error: unknown) => {
        // The extension was reloaded or removed: this script is orphaned; leave the page be.
        lifetime.abort();
        scanner.stop();
        throw error;
      });
      const kept = dismissals.keep(requests, results);
      if (kept.some((hits) => hits.length > 0)) await colours.ready();
      return kept;
    },
    painter,
    wanted: view.wanted,
    onChange: () => {
      const openHit = ui.openHit;
      if (openHit !== null && !painter.has(openHit)) ui.close();
      reporter.schedule();
    },
  });

  const firstScan = view.paused
    ? Promise.resolve()
    : (() => {
        // Observe from the start: what the page adds during a long first scan is caught too.
        scanner.start();
        return scanner.rescanAll().catch(() => undefined);
      })();
  if (view.paused) reporter.schedule();

  const unwatch = watchSettings((settings) => {
    view.apply(settings, scanner, painter);
    colours.update(view.colours, painter.size > 0);
    reporter.schedule();
  });
  lifetime.signal.addEventListener('abort', () => {
    unwatch();
    scanner.stop();
  });

  listenForHighlightClicks(painter, open, lifetime.signal);
  const navigation = createClaimNavigation(painter, open);
  const removers = [
    // Answered once the first scan has settled, so the popup (and tests) see the page's claims.
    onMessage('controls.listPageClaims', async () => {
      await firstScan;
      await scanner.settled();
      return pageClaims();
    }),
    onMessage('controls.showClaim', ({ data }) => navigation.showClaim(data)),
    onMessage('controls.setHiddenHere', ({ data }) => {
      view.setHiddenHere(data, scanner, painter);
      if (view.paused) ui.close();
      reporter.schedule();
      return pageClaims();
    }),
    onMessage('controls.showNextClaim', () => navigation.showNextClaim()),
    onMessage('controls.showPreviousClaim', () => navigation.showPreviousClaim()),
    onMessage('controls.closeClaim', () => {
      ui.close();
    }),
  ];
  lifetime.signal.addEventListener('abort', () => {
    removers.forEach((remove) => {
      remove();
    });
  });
}
