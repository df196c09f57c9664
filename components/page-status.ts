import type { PageState } from '../extension/controls/use-page-claims.ts';

/**
 * Why a page lists no claims, in the words the popup and the side panel share (`place`: "page"
 * or "tab"); null when it has claims to list.
 */
export function pageStatusText(pageState: PageState, enabled: boolean, place: 'page' | 'tab'): string | null {
  if (pageState.kind === 'loading') return 'Looking at the page…';
  if (pageState.kind === 'unavailable') {
    return `Right of Reply cannot read this ${place}. Browser pages are off limits; a page opened before the extension was installed needs a reload.`;
  }
  const { page } = pageState;
  if (!enabled) return 'Switched off: no highlights on any site.';
  if (page.hiddenHere) return 'Hidden on this page: no highlights.';
  if (page.paused) return 'Paused on this site: no highlights.';
  if (page.claims.length === 0) return 'No claims from the debates found on this page.';
  return null;
}
