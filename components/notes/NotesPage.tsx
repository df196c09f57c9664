import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CorpusIndex } from '../../lib/corpus/corpus-index.ts';
import { MAX_IMPORT_LABEL } from '../../lib/notes/note-import.ts';
import type { Note } from '../../lib/notes/note-schema.ts';
import {
  distinctSites,
  prepareSearch,
  searchNotes,
  type ClaimLookup,
  type NoteFilter,
} from '../../lib/notes/note-search.ts';
import type { NotesModel } from '../../lib/notes/notes-model.ts';
import { plural } from '../../lib/text/plural.ts';
import { SlateChip } from '../SlateChip.tsx';
import { ConflictQuestion, type ConflictQuestionProps } from './ConflictQuestion.tsx';
import { ImportProgressBar, type ImportProgressBarProps } from './ImportProgressBar.tsx';
import { NoteCard } from './NoteCard.tsx';
import { UndoBar } from './UndoBar.tsx';
import { useWindowVirtualizer } from './use-window-virtualizer.ts';

export type ExportFormat = 'json' | 'markdown' | 'web-annotation';

export interface NotesPageProps {
  model: NotesModel;
  index: CorpusIndex;
  claimFacts: ClaimLookup;
  /** What the last import or export did, or why it failed, in words. */
  status: { kind: 'done' | 'problem'; message: string } | null;
  importing: ImportProgressBarProps['progress'] | null;
  conflicts: ConflictQuestionProps | null;
  onExport: (format: ExportFormat) => void;
  onImportFile: (file: File) => void;
}

const ALL = '';
/** A first guess at a note's height; each row is measured once it is drawn. */
const estimateRowHeight = () => 130;

// Every note, searchable and filterable, with export and import. Filters are view state and
// live here; the notes and every change to them come from the model.
export function NotesPage(props: NotesPageProps) {
  const { model, index } = props;
  const [query, setQuery] = useState('');
  const [slate, setSlate] = useState(ALL);
  const [claimId, setClaimId] = useState(ALL);
  const [site, setSite] = useState(ALL);

  const all = useMemo(() => model.notes ?? [], [model.notes]);
  const shown = useMemo(() => {
    const filter: NoteFilter = {
      query,
      slate: slate === ALL ? undefined : slate,
      claimId: claimId === ALL ? undefined : claimId,
      site: site === ALL ? undefined : site,
    };
    return searchNotes(all, filter, props.claimFacts);
  }, [all, query, slate, claimId, site, props.claimFacts]);
  const sites = useMemo(() => distinctSites(all), [all]);
  // The search index is built once the list is on screen, so the first keystroke finds it ready.
  useEffect(() => {
    const timer = setTimeout(() => {
      prepareSearch(all, props.claimFacts);
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [all, props.claimFacts]);
  const notedClaims = useMemo(() => {
    const ids = [...new Set(all.map((note) => note.claimId))];
    return ids
      .map((id) => ({ id, summary: index.claim(id)?.summary ?? id }))
      .sort((a, b) => a.summary.localeCompare(b.summary));
  }, [all, index]);
  const busy = props.importing !== null || props.conflicts !== null;

  return (
    <main class="notes-page">
      <h1>Your notes</h1>
      <p class="notes-page-intro">
        Private notes you wrote on claims from the Momentum NCG debates. They are kept only in this browser.
      </p>

      <div class="notes-transfer">
        <button
          type="button"
          class="export-json"
          onClick={() => {
            props.onExport('json');
          }}
          disabled={all.length === 0}
        >
          Export JSON
        </button>
        <button
          type="button"
          class="export-web-annotation"
          onClick={() => {
            props.onExport('web-annotation');
          }}
          disabled={all.length === 0}
        >
          Export Web Annotation
        </button>
        <button
          type="button"
          class="export-markdown"
          onClick={() => {
            props.onExport('markdown');
          }}
          disabled={all.length === 0}
        >
          Export Markdown
        </button>
        <label class="import-label">
          <span>Import JSON or Web Annotation (up to {MAX_IMPORT_LABEL}): </span>
          <input
            type="file"
            class="import-file"
            accept="application/json,application/ld+json,.json,.jsonld"
            disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) props.onImportFile(file);
            }}
          />
        </label>
      </div>
      {props.importing && <ImportProgressBar progress={props.importing} />}
      {props.conflicts && <ConflictQuestion {...props.conflicts} />}
      {props.status && (
        <p
          class={props.status.kind === 'done' ? 'import-outcome' : 'note-problem'}
          role={props.status.kind === 'done' ? 'status' : 'alert'}
        >
          {props.status.message}
        </p>
      )}
      {model.problem !== null && (
        <p class="note-problem" role="alert">
          {model.problem}
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

      {model.deleted && (
        <UndoBar message="Note deleted." onUndo={model.undoDelete} onDismiss={model.dismissUndo} />
      )}

      {model.notes === null ? (
        <p class="notes-count">Loading your notes…</p>
      ) : (
        <p class="notes-count" aria-live="polite">
          {all.length === 0
            ? 'No notes yet. Open a highlighted claim on any page and choose “Your notes” in its popover.'
            : shown.length === all.length
              ? plural(all.length, 'note')
              : `Showing ${shown.length.toLocaleString('en-GB')} of ${plural(all.length, 'note')}`}
        </p>
      )}

      <NoteList notes={shown} model={model} index={index} />
    </main>
  );
}

interface NoteListProps {
  notes: readonly Note[];
  model: NotesModel;
  index: CorpusIndex;
}

/** Only the notes in and near the window are drawn; the list keeps the height of all of them. */
function NoteList({ notes, model, index }: NoteListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [listTop, setListTop] = useState(0);
  // After every render: what sits above the list (messages, the undo bar) moves it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- it must run after each render; it sets state only on a change
  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (top !== listTop) setListTop(top);
  });
  // Stable while the notes are: the virtualiser lays out every row again when these change.
  const keyOf = useCallback((position: number) => notes[position]?.id ?? position, [notes]);
  const virtualizer = useWindowVirtualizer({
    count: notes.length,
    estimateSize: estimateRowHeight,
    getItemKey: keyOf,
    scrollMargin: listTop,
  });
  return (
    <ol
      class="notes-list notes-list-virtual"
      ref={listRef}
      style={{ height: `${virtualizer.getTotalSize()}px` }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const note = notes[row.index];
        if (note === undefined) return null;
        const claim = index.claim(note.claimId);
        const claimSlate = claim ? index.slate(claim.slate) : undefined;
        return (
          <NoteCard
            key={note.id}
            note={note}
            row={{
              ref: virtualizer.measureElement,
              index: row.index,
              count: notes.length,
              top: row.start - listTop,
            }}
            heading={
              <p class="note-claim">
                {claimSlate && <SlateChip slate={claimSlate} />}
                <a
                  class="note-claim-link"
                  href={`#${new URLSearchParams({ claim: note.claimId }).toString()}`}
                >
                  {claim?.summary ?? `A claim no longer in the corpus (${note.claimId})`}
                </a>
              </p>
            }
            onSave={(text) => model.update(note.id, text)}
            onDelete={() => {
              model.remove(note);
            }}
          />
        );
      })}
    </ol>
  );
}
