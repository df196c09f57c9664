import { useEffect, useState } from 'preact/hooks';
import type { PageClaims } from './protocol.ts';
import { onMessage, sendMessage, tabIdOf } from '../messaging.ts';

export type PageState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; page: PageClaims };

/**
 * The target tab's claims: asked when the popup or side panel opens (and again whenever `tabId` or
 * `visit` changes: another tab, another page loaded), then kept current from the reports its
 * content script sends whenever its highlights change (a slate switched, the page grew).
 */
export function usePageClaims(tabId: number | undefined, visit = 0): PageState {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    let current = true;
    setState({ kind: 'loading' });
    sendMessage('controls.listPageClaims', undefined, tabId).then(
      (page) => {
        if (current) setState({ kind: 'ready', page });
      },
      // No content script answers: a browser page, or a page opened before the extension was installed.
      () => {
        if (current) setState({ kind: 'unavailable' });
      },
    );
    const stop = onMessage('controls.reportPageClaims', ({ data, sender }) => {
      if (tabIdOf(sender) === tabId) setState({ kind: 'ready', page: data });
    });
    return () => {
      current = false;
      stop();
    };
  }, [tabId, visit]);
  return state;
}
