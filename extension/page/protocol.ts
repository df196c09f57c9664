// What a content script asks of the background for the page it is in: the popover's script,
// injected on first use, and the reader's highlight colours as an injected stylesheet (neither is
// ever an element in the page).
export interface PageProtocol {
  /** Injects the popover's script into the sender's frame; resolves once it has run. */
  'page.loadClaimUi'(): void;
  /** Replaces the sender's document's highlight stylesheet with this one. */
  'page.setHighlightStyle'(css: string): void;
}
