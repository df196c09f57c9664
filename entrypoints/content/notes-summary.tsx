import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../extension/messaging.ts';
import { plural } from '../../lib/text/plural.ts';

// The notes part of a claim's popover. The popover lives in the visited page, whose scripts can
// reach into it, so it holds no note text: only how many notes the claim has, and a button that
// opens them in the extension's Notes page, where they are read and written.

function NotesSummary({ claimId }: { claimId: string }) {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    sendMessage('notes.count', claimId)
      .then((value) => {
        if (current) setCount(value);
      })
      .catch(() => {
        // The count is a convenience: without it the button still opens the notes.
      });
    return () => {
      current = false;
    };
  }, [claimId]);
  return (
    <section class="popover-notes" aria-label="Your notes" style={{ marginTop: '12px' }}>
      {count !== null && (
        <p class="popover-notes-count">
          {count === 0
            ? 'No notes of yours on this claim yet.'
            : `${plural(count, 'note')} of yours on this claim.`}
        </p>
      )}
      <button
        type="button"
        class="open-notes"
        onClick={(event) => {
          // Only the reader's own click: a page script's synthetic click opens nothing.
          if (!event.isTrusted) return;
          void sendMessage('notes.open', claimId);
        }}
      >
        {count === 0 ? 'Write a note' : 'Open your notes'}
      </button>
    </section>
  );
}

export function renderNotesSummary(claimId: string): ComponentChildren {
  return <NotesSummary key={claimId} claimId={claimId} />;
}
