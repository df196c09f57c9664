// "Read in context": the popover asks the background to open the bundled source text at a quote.
// A tab the background opens needs no page-reachable (web-accessible) address for the source page.
export interface SourcesProtocol {
  'sources.open'(target: { sourceId: string; quote: string }): void;
}
