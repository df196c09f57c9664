import { browser, type Browser } from 'wxt/browser';

/**
 * Did this message come from one of the extension's own pages (the Notes page, a side panel)?
 * A content script's messages carry the visited page's address, so they never pass.
 */
export function fromExtensionPage(sender: unknown): boolean {
  const url = (sender as Browser.runtime.MessageSender | undefined)?.url;
  return typeof url === 'string' && url.startsWith(browser.runtime.getURL('/'));
}
