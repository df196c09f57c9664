import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface ActiveTab {
  tabId: number | undefined;
  /** Counts pages loaded in the tab, so what was read from the last one is read again. */
  visit: number;
}

/**
 * The active tab of a window, followed as the reader switches tabs or loads another page: the side
 * panel's window, or `?window=<id>` when the panel is opened as a page of its own (tests).
 */
export function useActiveTab(search: string = location.search): ActiveTab {
  const [active, setActive] = useState<ActiveTab>({ tabId: undefined, visit: 0 });
  useEffect(() => {
    let current = true;
    let windowId: number | undefined;
    const param = new URLSearchParams(search).get('window');
    const show = (tabId: number | undefined): void => {
      if (current) setActive((before) => ({ tabId, visit: before.visit + 1 }));
    };
    void (
      param !== null && /^\d+$/.test(param)
        ? Promise.resolve(Number(param))
        : browser.windows.getCurrent().then((window) => window.id)
    ).then(async (id) => {
      windowId = id;
      const [tab] = await browser.tabs.query({ active: true, windowId: id });
      show(tab?.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }): void => {
      if (info.windowId === windowId) show(info.tabId);
    };
    const onUpdated = (
      tabId: number,
      change: { status?: string },
      tab: { active: boolean; windowId?: number },
    ) => {
      if (change.status === 'complete' && tab.active && tab.windowId === windowId) show(tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      current = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [search]);
  return active;
}
