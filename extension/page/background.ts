import { browser, type Browser } from 'wxt/browser';
import { onMessage } from '../messaging.ts';

/** The popover's script (entrypoints/claim-ui.ts), as built. */
const CLAIM_UI_SCRIPT = '/claim-ui.js';

function targetOf(sender: unknown): { tabId: number; frameIds: number[] } | null {
  const { tab, frameId } = sender as Browser.runtime.MessageSender;
  if (tab?.id === undefined) return null;
  return { tabId: tab.id, frameIds: [frameId ?? 0] };
}

/** A document, so a stylesheet injected into a page is not taken for one injected into the next. */
function documentKey(sender: unknown): string {
  const { tab, frameId, documentId, url } = sender as Browser.runtime.MessageSender & { documentId?: string };
  return `${tab?.id ?? -1}:${frameId ?? 0}:${documentId ?? url ?? ''}`;
}

export function registerPageServices(): void {
  onMessage('page.loadClaimUi', async ({ sender }) => {
    const target = targetOf(sender);
    if (target === null) return;
    await browser.scripting.executeScript({ target, files: [CLAIM_UI_SCRIPT] });
  });

  const injected = new Map<string, string>();
  onMessage('page.setHighlightStyle', async ({ data: css, sender }) => {
    const target = targetOf(sender);
    if (target === null) return;
    const key = documentKey(sender);
    const previous = injected.get(key);
    if (previous === css) return;
    await browser.scripting.insertCSS({ target, css });
    injected.set(key, css);
    if (previous !== undefined) await browser.scripting.removeCSS({ target, css: previous });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const key of injected.keys()) if (key.startsWith(`${tabId}:`)) injected.delete(key);
  });
}
