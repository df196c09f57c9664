import { useEffect, useState } from 'preact/hooks';
import type { PageClaims } from '../../extension/controls/protocol.ts';
import { onMessage, sendMessage, tabIdOf } from '../../extension/messaging.ts';

export type PageState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; page: PageClaims };

/**
 * The target tab's claims: asked once when the popup opens, then kept current from the reports
 * its content script sends whenever its highlights change (a slate switched, the page grew).
 */
export function usePageClaims(tabId: number | undefined): PageState {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    let current = true;
    sendMessage('listPageClaims', undefined, tabId).then(
      (page) => {
        if (current) setState({ kind: 'ready', page });
      },
      // No content script answers: a browser page, or a page opened before the extension was installed.
      () => {
        if (current) setState({ kind: 'unavailable' });
      },
    );
    const stop = onMessage('reportPageClaims', ({ data, sender }) => {
      if (tabIdOf(sender) === tabId) setState({ kind: 'ready', page: data });
    });
    return () => {
      current = false;
      stop();
    };
  }, [tabId]);
  return state;
}
