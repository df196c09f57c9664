import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishClaimUi } from './content/claim-ui-contract.ts';
import { createPopoverController } from './content/popover-controller.tsx';

// The popover's code, injected by the background into a page's isolated world the first time a
// reader opens a claim there (see entrypoints/content/claim-ui-contract.ts).
export default defineUnlistedScript(() => {
  publishClaimUi(createPopoverController);
});
