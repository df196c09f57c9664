// The source page's fragment: which bundled source to show, and the quote to scroll to and mark.

interface SourceTarget {
  sourceId: string;
  quote: string;
}

export function sourcePageHash({ sourceId, quote }: SourceTarget): string {
  return `#${new URLSearchParams({ source: sourceId, q: quote }).toString()}`;
}

export function parseSourcePageHash(hash: string): SourceTarget | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const sourceId = params.get('source');
  if (sourceId === null || sourceId === '') return null;
  return { sourceId, quote: params.get('q') ?? '' };
}
