import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';

// The notes part of a claim's popover: an extension-origin frame. Note text lives only inside
// it, so the visited page's scripts cannot read it or the keys typed into it; all the page can
// see is this element and its address (the claim id and the page's own URL).

/** The page a note is written on: where the reader is, without the in-page fragment. */
function currentPageUrl(): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}

export function noteFrameUrl(claimId: string, pageUrl: string): string {
  const query = new URLSearchParams({ claim: claimId, url: pageUrl });
  return `${browser.runtime.getURL('/note-frame.html')}?${query.toString()}`;
}

export function renderNotesFrame(claimId: string): ComponentChildren {
  return (
    <iframe
      class="notes-frame"
      key={claimId}
      src={noteFrameUrl(claimId, currentPageUrl())}
      title="Your private notes on this claim"
      style={{
        display: 'block',
        width: '100%',
        height: '260px',
        border: '0',
        marginTop: '12px',
        colorScheme: 'normal',
      }}
    />
  );
}
