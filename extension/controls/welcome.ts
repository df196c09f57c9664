import { browser } from 'wxt/browser';

/** Opens the welcome page once, when the extension is first installed (not on updates). */
export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
