import { useEffect, useState } from 'preact/hooks';
import { ClaimNotes } from '../../components/notes/ClaimNotes.tsx';
import { sendMessage } from '../../extension/messaging.ts';
import { useNotes } from '../../extension/notes/use-notes.ts';

// The reader's notes on one claim of the debate: the count in a disclosure's summary, the notes
// themselves (written, edited, deleted with undo) once it is opened. Closed, a claim costs one
// count message; the notes load only for the claims the reader opens.

const notesWord = (count: number): string => (count === 1 ? '1 note' : `${count} notes`);

function OpenClaimNotes({ claimId, onCount }: { claimId: string; onCount: (count: number) => void }) {
  const model = useNotes({ claimId });
  const count = model.notes?.length;
  useEffect(() => {
    if (count !== undefined) onCount(count);
  }, [count, onCount]);
  return <ClaimNotes model={model} pageUrl="" />;
}

export function ClaimNotesDisclosure({ claimId }: { claimId: string }) {
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    sendMessage('notes.count', claimId).then(
      (counted) => {
        if (current) setCount(counted);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [claimId]);
  return (
    <details
      class="claim-notes-disclosure"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>Your notes{count === null ? '' : ` (${notesWord(count)})`}</summary>
      {open && <OpenClaimNotes claimId={claimId} onCount={setCount} />}
    </details>
  );
}
