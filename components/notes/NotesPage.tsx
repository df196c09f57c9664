import { useMemo, useState } from 'preact/hooks';
import type { CorpusIndex } from '../../lib/corpus/corpus-index.ts';
import type { Note } from '../../lib/notes/note-schema.ts';
import {
  distinctSites,
  searchNotes,
  type ClaimLookup,
  type NoteFilter,
} from '../../lib/notes/note-search.ts';
import { SlateChip } from '../SlateChip.tsx';
import { NoteCard } from './NoteCard.tsx';
import { UndoBar } from './UndoBar.tsx';

export interface NotesPageProps {
  /** null while loading. */
  notes: Note[] | null;
  index: CorpusIndex;
  claimFacts: ClaimLookup;
  /** What the last action did, or why it failed, in words. */
  status: { kind: 'done' | 'problem'; message: string } | null;
  deleted: Note | null;
  onUpdate: (id: string, text: string) => Promise<void>;
  onDelete: (note: Note) => void;
  onUndoDelete: () => void;
  onDismissUndo: () => void;
  onExportJson: () => void;
  onExportMarkdown: () => void;
  onImportFile: (file: File) => void;
}

const ALL = '';

// Every note, searchable and filterable, with export and import. Filters are view state and
// live here; the notes and every change to them come from the page's wiring.
export function NotesPage(props: NotesPageProps) {
  const { notes, index } = props;
  const [query, setQuery] = useState('');
  const [slate, setSlate] = useState(ALL);
  const [claimId, setClaimId] = useState(ALL);
  const [site, setSite] = useState(ALL);

  const all = useMemo(() => notes ?? [], [notes]);
  const filter: NoteFilter = {
    query,
    slate: slate === ALL ? undefined : slate,
    claimId: claimId === ALL ? undefined : claimId,
    site: site === ALL ? undefined : site,
  };
  const shown = searchNotes(all, filter, props.claimFacts);
  const sites = useMemo(() => distinctSites(all), [all]);
  const notedClaims = useMemo(() => {
    const ids = [...new Set(all.map((note) => note.claimId))];
    return ids
      .map((id) => ({ id, summary: index.claim(id)?.summary ?? id }))
      .sort((a, b) => a.summary.localeCompare(b.summary));
  }, [all, index]);

  return (
    <main class="notes-page">
      <h1>Your notes</h1>
      <p class="notes-page-intro">
        Private notes you wrote on claims from the Momentum NCG debates. They are kept only in this browser.
      </p>

      <div class="notes-transfer">
        <button type="button" class="export-json" onClick={props.onExportJson} disabled={all.length === 0}>
          Export JSON
        </button>
        <button
          type="button"
          class="export-markdown"
          onClick={props.onExportMarkdown}
          disabled={all.length === 0}
        >
          Export Markdown
        </button>
        <label class="import-label">
          <span>Import JSON: </span>
          <input
            type="file"
            class="import-file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) props.onImportFile(file);
            }}
          />
        </label>
      </div>
      {props.status && (
        <p
          class={props.status.kind === 'done' ? 'import-outcome' : 'note-problem'}
          role={props.status.kind === 'done' ? 'status' : 'alert'}
        >
          {props.status.message}
        </p>
      )}

      <div class="notes-tools" role="search">
        <label>
          Search
          <input
            type="search"
            class="notes-search"
            value={query}
            placeholder="Words in a note, claim or page"
            onInput={(event) => {
              setQuery(event.currentTarget.value);
            }}
          />
        </label>
        <label>
          Slate
          <select
            class="filter-slate"
            value={slate}
            onChange={(event) => {
              setSlate(event.currentTarget.value);
            }}
          >
            <option value={ALL}>All slates</option>
            {index.corpus.slates.map((each) => (
              <option key={each.id} value={each.id}>
                {each.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Claim
          <select
            class="filter-claim"
            value={claimId}
            onChange={(event) => {
              setClaimId(event.currentTarget.value);
            }}
          >
            <option value={ALL}>All claims</option>
            {notedClaims.map((each) => (
              <option key={each.id} value={each.id}>
                {each.summary}
              </option>
            ))}
          </select>
        </label>
        <label>
          Site
          <select
            class="filter-site"
            value={site}
            onChange={(event) => {
              setSite(event.currentTarget.value);
            }}
          >
            <option value={ALL}>All sites</option>
            {sites.map((each) => (
              <option key={each} value={each}>
                {each}
              </option>
            ))}
          </select>
        </label>
      </div>

      {props.deleted && (
        <UndoBar message="Note deleted." onUndo={props.onUndoDelete} onDismiss={props.onDismissUndo} />
      )}

      {notes === null ? (
        <p class="notes-count">Loading your notes…</p>
      ) : (
        <p class="notes-count" aria-live="polite">
          {all.length === 0
            ? 'No notes yet. Open a highlighted claim on any page and write one under the answers.'
            : shown.length === all.length
              ? `${all.length} ${all.length === 1 ? 'note' : 'notes'}`
              : `Showing ${shown.length} of ${all.length} notes`}
        </p>
      )}

      <ol class="notes-list">
        {shown.map((note) => {
          const claim = index.claim(note.claimId);
          const claimSlate = claim ? index.slate(claim.slate) : undefined;
          return (
            <NoteCard
              key={note.id}
              note={note}
              heading={
                <p class="note-claim">
                  {claimSlate && <SlateChip slate={claimSlate} />}
                  <span>{claim?.summary ?? `A claim no longer in the corpus (${note.claimId})`}</span>
                </p>
              }
              onSave={(text) => props.onUpdate(note.id, text)}
              onDelete={() => {
                props.onDelete(note);
              }}
            />
          );
        })}
      </ol>
    </main>
  );
}
