import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageLayer } from './content/page-layer.ts';

// The content script, declared in the manifest by wxt.config.ts (not a WXT content-script
// entrypoint: WXT's wrapper posts a message carrying the extension's id to every page).
export default defineUnlistedScript(() => {
  void startPageLayer();
});
