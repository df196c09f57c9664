// The host a page address belongs to: what a reader pauses the extension on, and the site a note
// was written on.

/** The host a page's URL belongs to, lower case, or null for pages that are not web sites. */
export function hostOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normaliseHost(parsed.hostname);
}

/** Lower case, no trailing dot; null when nothing is left. */
export function normaliseHost(host: string): string | null {
  const trimmed = host.trim().toLowerCase().replace(/\.+$/, '');
  return trimmed.length === 0 ? null : trimmed;
}
