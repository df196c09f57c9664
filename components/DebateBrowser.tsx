import { useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Claim, Slate, Source } from '../lib/corpus/corpus-schema.ts';
import {
  NO_FILTERS,
  topicLabel,
  type DebateFilters,
  type DebateSearch,
} from '../lib/corpus/debate-search.ts';
import { DebateClaim, type DebateLookups } from './DebateClaim.tsx';

// The whole debate to browse: a search box and filters by slate, topic and source, then the
// claims found, each beside its answers and the reader's notes on it (`notesFor`).

const ANY = '';

export function DebateBrowser({
  search,
  slates,
  sources,
  lookups,
  notesFor,
}: {
  search: DebateSearch;
  slates: readonly Slate[];
  sources: readonly Source[];
  lookups: DebateLookups;
  notesFor: (claim: Claim) => ComponentChildren;
}) {
  const [filters, setFilters] = useState<DebateFilters>(NO_FILTERS);
  const found = useMemo(() => search.search(filters), [search, filters]);
  const set = (change: Partial<DebateFilters>): void => {
    setFilters((before) => ({ ...before, ...change }));
  };
  const choice = (value: string): string | null => (value === ANY ? null : value);

  return (
    <div class="debate">
      <form
        class="debate-filters"
        role="search"
        aria-label="Search the debate"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <label for="debate-query">Search claims, answers and quotes</label>
        <input
          id="debate-query"
          type="search"
          value={filters.query}
          onInput={(event) => {
            set({ query: event.currentTarget.value });
          }}
        />
        <label for="debate-slate">Slate</label>
        <select
          id="debate-slate"
          value={filters.slate ?? ANY}
          onChange={(event) => {
            set({ slate: choice(event.currentTarget.value) });
          }}
        >
          <option value={ANY}>All slates</option>
          {slates.map((slate) => (
            <option key={slate.id} value={slate.id}>
              {slate.name}
            </option>
          ))}
        </select>
        <label for="debate-topic">Topic</label>
        <select
          id="debate-topic"
          value={filters.topic ?? ANY}
          onChange={(event) => {
            set({ topic: choice(event.currentTarget.value) });
          }}
        >
          <option value={ANY}>All topics</option>
          {search.topics.map((topic) => (
            <option key={topic} value={topic}>
              {topicLabel(topic)}
            </option>
          ))}
        </select>
        <label for="debate-source">Source</label>
        <select
          id="debate-source"
          value={filters.source ?? ANY}
          onChange={(event) => {
            set({ source: choice(event.currentTarget.value) });
          }}
        >
          <option value={ANY}>All sources</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.title}
            </option>
          ))}
        </select>
      </form>
      <p class="debate-count" role="status">
        {found.length === 1 ? '1 claim' : `${found.length} claims`}
      </p>
      <ol class="debate-claims">
        {found.map((claim) => (
          <li key={claim.id}>
            <DebateClaim claim={claim} lookups={lookups}>
              {notesFor(claim)}
            </DebateClaim>
          </li>
        ))}
      </ol>
    </div>
  );
}
