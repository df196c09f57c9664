import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import sources from '../../data/sources.json';
import type { Source } from '../../lib/corpus/corpus-schema.ts';
import { formatSource } from '../../lib/corpus/format-source.ts';
import { findQuote } from '../../lib/sources/find-quote.ts';
import { parseSourcePageHash } from '../../lib/sources/source-page-address.ts';

// "Read in context": a bundled source text, shown verbatim as text (never parsed as HTML), scrolled
// to the quote the reader came from, which is marked.

const SOURCE_TEXTS = import.meta.glob<string>('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function textOf(source: Source): string | undefined {
  return SOURCE_TEXTS[`../../data/sources/${source.file}`];
}

function SourceText({ source, quote }: { source: Source; quote: string }) {
  const mark = useRef<HTMLElement>(null);
  const text = textOf(source) ?? '';
  const found = findQuote(text, quote);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
    mark.current?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      <h1>{source.title}</h1>
      <p class="source-meta">
        {formatSource(source)}
        {source.url !== undefined && (
          <>
            {' · '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              Original
            </a>
          </>
        )}
      </p>
      {quote !== '' && found === null && (
        <p class="not-found" role="status">
          The quote was not found in this text.
        </p>
      )}
      <div class="source-text">
        {found === null ? (
          text
        ) : (
          <>
            {text.slice(0, found.start)}
            <mark ref={mark} class="quote-mark" tabIndex={-1}>
              {text.slice(found.start, found.end)}
            </mark>
            {text.slice(found.end)}
          </>
        )}
      </div>
    </>
  );
}

function SourcePage() {
  const target = parseSourcePageHash(location.hash);
  const source = (sources as Source[]).find((candidate) => candidate.id === target?.sourceId);
  if (target === null || source === undefined) return <p>No such source.</p>;
  return <SourceText key={location.hash} source={source} quote={target.quote} />;
}

const root = document.getElementById('app');
if (root !== null) render(<SourcePage />, root);
