import { browser } from 'wxt/browser';

// Opens the panel that stays open while reading: Chrome's side panel, Firefox's sidebar. Both
// browsers allow it only in answer to the reader's click, so call it straight from the handler.

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

export async function openSidePanel(tabId: number | undefined): Promise<void> {
  // Typed for Chrome only, or absent from WXT's types: read both as optional.
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  if (api.sidebarAction !== undefined) {
    await api.sidebarAction.open();
    return;
  }
  if (api.sidePanel === undefined) throw new Error('this browser has no side panel');
  if (tabId !== undefined) {
    const tab = await browser.tabs.get(tabId);
    await api.sidePanel.open({ windowId: tab.windowId });
  } else {
    const window = await browser.windows.getCurrent();
    if (window.id !== undefined) await api.sidePanel.open({ windowId: window.id });
  }
}
