import { browser, type Browser } from 'wxt/browser';
import { onMessage, sendMessage, tabIdOf } from '../messaging.ts';
import { badgeText } from '../../lib/controls/page-summary.ts';
import { CLOSE_CLAIM_COMMAND, NEXT_CLAIM_COMMAND, PREVIOUS_CLAIM_COMMAND } from './commands.ts';

// The background side of the reader controls: each tab's badge shows how many distinct claims its
// page has, and the keyboard commands (manifest `commands`) go to the active tab's content script.

const BADGE_COLOUR = '#333333';

/** Chrome and Firefox MV3 have `action`; Firefox MV2 still has `browserAction`. */
function toolbarAction(): typeof browser.action {
  // Typed as always present, but absent in Firefox MV2.
  const action = browser.action as typeof browser.action | undefined;
  return action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

async function commandTarget(tab: Browser.tabs.Tab | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export function registerControls(): void {
  onMessage('controls.reportPageClaims', async ({ data, sender }) => {
    const tabId = tabIdOf(sender);
    if (tabId === undefined) return;
    const action = toolbarAction();
    await action.setBadgeBackgroundColor({ color: BADGE_COLOUR, tabId });
    await action.setBadgeText({ text: badgeText(data), tabId });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    void commandTarget(tab).then(async (tabId) => {
      if (tabId === undefined) return;
      // No content script on the tab (a browser page, or one loaded before install): nothing to do.
      if (command === NEXT_CLAIM_COMMAND)
        await sendMessage('controls.showNextClaim', undefined, tabId).catch(() => false);
      if (command === PREVIOUS_CLAIM_COMMAND)
        await sendMessage('controls.showPreviousClaim', undefined, tabId).catch(() => false);
      if (command === CLOSE_CLAIM_COMMAND)
        await sendMessage('controls.closeClaim', undefined, tabId).catch(() => undefined);
    });
  });
}
