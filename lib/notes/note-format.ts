// Reader-facing wording for notes: when and where a note was written.

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "5 Mar 2024, 14:07" in the reader's time zone. */
export function formatNoteTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** Only web addresses become links: an imported file could carry a javascript: URL. */
export function isLinkablePage(pageUrl: string): boolean {
  return /^https?:\/\//i.test(pageUrl);
}

/** A page address shortened for a line of metadata: host and path, no query or fragment. */
export function shortPageLabel(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    if (url.protocol === 'file:') return url.pathname.split('/').pop() || pageUrl;
    const path = url.pathname === '/' ? '' : url.pathname;
    const label = `${url.hostname}${path}`;
    return label.length > 60 ? `${label.slice(0, 59)}…` : label;
  } catch {
    return pageUrl === '' ? 'an unknown page' : pageUrl;
  }
}
