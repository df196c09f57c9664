import type { Source } from '../lib/corpus/corpus-schema.ts';
import { formatSourceDate } from '../lib/corpus/format-source.ts';

// A quote's source: its title linked to the source's own address (a new tab, no opener, no
// referrer), the rest as text, and a button that opens the bundled source text at the quote.

interface SourceLineProps {
  source: Source;
  quote: string;
  onReadInContext: (sourceId: string, quote: string) => void;
}

export function SourceLine({ source, quote, onReadInContext }: SourceLineProps) {
  const title = `“${source.title}”`;
  const rest = [source.publication, source.authors.join(', '), formatSourceDate(source.date)].filter(
    (part) => part !== '',
  );
  return (
    <p class="source">
      {source.url === undefined ? (
        title
      ) : (
        <a class="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      )}
      {`, ${rest.join(', ')} · `}
      <button
        type="button"
        class="read-in-context"
        onClick={() => {
          onReadInContext(source.id, quote);
        }}
      >
        Read in context
      </button>
    </p>
  );
}
