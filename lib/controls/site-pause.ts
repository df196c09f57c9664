import { normaliseHost } from '../web/page-host.ts';

// Which pages a reader has paused the extension on. A paused site is a host name, and pausing it
// covers its subdomains too: pausing example.com pauses www.example.com and news.example.com,
// while pausing news.example.com leaves example.com and www.example.com alone. A leading "www." is
// dropped when a site is paused, because readers think of www.example.com and example.com as one
// site. Hosts only: every port and scheme of a host share one setting. No public-suffix list, so
// pausing never reaches further than the host the reader was on (news.bbc.co.uk never pauses co.uk).

/** The site stored when the reader pauses the extension on `host`. */
export function siteToPause(host: string): string | null {
  const normalised = normaliseHost(host);
  if (normalised === null) return null;
  const withoutWww = normalised.replace(/^www\./, '');
  return withoutWww.includes('.') || normalised === withoutWww ? withoutWww : normalised;
}

/** True when `site` is `host` or one of its parent domains. */
function siteCovers(site: string, host: string): boolean {
  const normalisedHost = normaliseHost(host);
  const normalisedSite = normaliseHost(site);
  if (normalisedHost === null || normalisedSite === null) return false;
  return normalisedHost === normalisedSite || normalisedHost.endsWith(`.${normalisedSite}`);
}

/** The paused entry that covers `host` (the broadest, if several do), or undefined. */
export function pausedEntryFor(pausedSites: readonly string[], host: string): string | undefined {
  const covering = pausedSites.filter((site) => siteCovers(site, host));
  return covering.sort((a, b) => a.length - b.length)[0];
}

export function isPaused(pausedSites: readonly string[], host: string): boolean {
  return pausedEntryFor(pausedSites, host) !== undefined;
}

/** The list with the reader's site paused; entries it now covers are dropped as redundant. */
export function pauseSite(pausedSites: readonly string[], host: string): string[] {
  const site = siteToPause(host);
  if (site === null || isPaused(pausedSites, host)) return [...pausedSites];
  return [...pausedSites.filter((entry) => !siteCovers(site, entry)), site].sort();
}

/**
 * The list with `host` running again: every entry covering it is removed (the popup names the
 * entry, e.g. "Paused on example.com", before the reader turns it back on).
 */
export function resumeSite(pausedSites: readonly string[], host: string): string[] {
  return pausedSites.filter((site) => !siteCovers(site, host));
}
