// The keyboard commands, declared once: wxt.config.ts puts them in the manifest, the background
// dispatches on their names. Rebindable by the reader (chrome://extensions/shortcuts, about:addons).

export const NEXT_CLAIM_COMMAND = 'next-claim';
export const CLOSE_CLAIM_COMMAND = 'close-claim';

export const MANIFEST_COMMANDS = {
  [NEXT_CLAIM_COMMAND]: {
    suggested_key: { default: 'Alt+Shift+J' },
    description: 'Go to the next claim on the page and show the answers',
  },
  [CLOSE_CLAIM_COMMAND]: {
    suggested_key: { default: 'Alt+Shift+K' },
    description: 'Close the claim popover',
  },
};
