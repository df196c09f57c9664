import { browser } from 'wxt/browser';

/**
 * The tab the popup controls: `?tab=<id>` when the popup is opened as a page (a test, or a window
 * of its own, where "active tab" would be the popup itself), otherwise the active tab of the
 * window the popup belongs to.
 */
export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
