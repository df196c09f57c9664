import type { Slate, Source } from '../lib/corpus/corpus-schema.ts';
import { formatSourceDate, sourceLink } from '../lib/corpus/format-source.ts';

// The documents every quote comes from: titles link to their addresses (web pages only).

export function SourceList({ sources, slates }: { sources: readonly Source[]; slates: readonly Slate[] }) {
  const slateName = new Map(slates.map((slate) => [slate.id, slate.name]));
  return (
    <ul class="source-list">
      {sources.map((source) => {
        const link = sourceLink(source);
        const authors = source.authors.length > 0 ? `${source.authors.join(' and ')}, ` : '';
        return (
          <li key={source.id} data-source={source.id}>
            {link === null ? (
              <cite>{source.title}</cite>
            ) : (
              <a href={link} target="_blank" rel="noopener noreferrer">
                <cite>{source.title}</cite>
              </a>
            )}
            <span class="muted">
              {' '}
              — {slateName.get(source.slate) ?? source.slate}; {source.publication}, {authors}
              {formatSourceDate(source.date)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
