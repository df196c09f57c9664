import type { CorpusIndex } from '../../lib/corpus/corpus-index.ts';
import type { NotesModel } from '../../lib/notes/notes-model.ts';
import { SlateChip } from '../SlateChip.tsx';
import { ClaimNotes } from './ClaimNotes.tsx';

interface ClaimNotesPageProps {
  claimId: string;
  /** The page the reader opened these notes from: where new notes are recorded as written. */
  pageUrl: string;
  model: NotesModel;
  index: CorpusIndex;
  /** Leaves the claim for the list of every note. */
  allNotesHref: string;
}

// The Notes page opened at one claim from its popover: the claim as the corpus has it, then the
// reader's notes on it, written and read here, in the extension's own page.
export function ClaimNotesPage({ claimId, pageUrl, model, index, allNotesHref }: ClaimNotesPageProps) {
  const claim = index.claim(claimId);
  const slate = claim ? index.slate(claim.slate) : undefined;
  return (
    <main class="notes-page notes-claim-view">
      <p>
        <a class="all-notes" href={allNotesHref}>
          ← All your notes
        </a>
      </p>
      <h1 class="note-claim">
        {slate && <SlateChip slate={slate} />}
        <span>{claim?.summary ?? `A claim no longer in the corpus (${claimId})`}</span>
      </h1>
      {claim && <blockquote class="claim-quote">{claim.quote}</blockquote>}
      <ClaimNotes model={model} pageUrl={pageUrl} />
    </main>
  );
}
