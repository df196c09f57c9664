import { browser } from 'wxt/browser';
import { sourcePageHash } from '../../lib/sources/source-page-address.ts';
import { onMessage } from '../messaging.ts';

export function registerSourceService(): void {
  onMessage('sources.open', async ({ data }) => {
    await browser.tabs.create({ url: `${browser.runtime.getURL('/source.html')}${sourcePageHash(data)}` });
  });
}
