// Messages of the reader controls. Content scripts report their page's claims to the background
// (the badge); the popup asks a tab's content script for its claims and sends it to one; the
// background forwards keyboard commands to the active tab.

/** One claim highlighted on a page. */
interface PageClaim {
  claimId: string;
  slate: string;
  /** How many times it is highlighted. */
  hits: number;
}

/** What a tab's content script says about its page. */
export interface PageClaims {
  /** The page's host, or null when it is not a web site (it cannot be paused then). */
  host: string | null;
  /** No highlights: the extension is switched off, the site is paused, or hidden on this tab. */
  paused: boolean;
  /** Hidden on this tab only, until it is reloaded ("hide on this page now"). */
  hiddenHere: boolean;
  /** In document order of first appearance. */
  claims: PageClaim[];
}

export interface ControlsProtocol {
  /** Content script -> background: the page's claims changed (sets the tab's badge). */
  'controls.reportPageClaims'(claims: PageClaims): void;
  /** Popup -> content script: which claims are on this page? */
  'controls.listPageClaims'(): PageClaims;
  /** Popup -> content script: scroll to the claim's first highlight, flash it, open its popover. */
  'controls.showClaim'(claimId: string): boolean;
  /** Popup -> content script: hide (or show again) this page's highlights, on this tab only. */
  'controls.setHiddenHere'(hidden: boolean): PageClaims;
  /** Background (keyboard command) -> content script: open the next claim after the current one. */
  'controls.showNextClaim'(): boolean;
  /** Background (keyboard command) -> content script: open the claim before the current one. */
  'controls.showPreviousClaim'(): boolean;
  /** Background (keyboard command) -> content script: close the open popover. */
  'controls.closeClaim'(): void;
}
