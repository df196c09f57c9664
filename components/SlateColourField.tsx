import { useEffect, useState } from 'preact/hooks';
import { checkSlateColour, readableShade } from '../lib/controls/contrast.ts';
import type { Slate } from '../lib/corpus/corpus-schema.ts';

// Picks one slate's highlight colour. An unreadable choice is not saved: the field says why and
// offers the nearest readable shade. A readable one with a caveat is saved with the warning shown.
export function SlateColourField({
  slate,
  colour,
  onChoose,
}: {
  slate: Slate;
  /** The colour in use now. */
  colour: string;
  onChoose: (colour: string | null) => void;
}) {
  const [draft, setDraft] = useState(colour);
  useEffect(() => {
    setDraft(colour);
  }, [colour]);
  const check = checkSlateColour(draft);
  const suggestion = check !== null && !check.readable ? readableShade(draft) : null;
  const inputId = `colour-${slate.id}`;
  const messageId = `colour-message-${slate.id}`;

  const choose = (next: string): void => {
    setDraft(next);
    if (checkSlateColour(next)?.readable) onChoose(next);
  };

  return (
    <div class="colour-field" data-slate={slate.id}>
      <label for={inputId}>
        <span class="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
        {slate.name}
      </label>
      <input
        id={inputId}
        type="color"
        value={draft}
        aria-describedby={messageId}
        aria-invalid={check?.readable === false}
        onInput={(event) => {
          choose(event.currentTarget.value);
        }}
      />
      <span class="chip-preview slate-chip" style={{ '--slate-colour': colour }}>
        {slate.name}
      </span>
      <mark
        class="highlight-preview"
        style={{ backgroundColor: `${colour}38`, boxShadow: `inset 0 -2px 0 ${colour}` }}
      >
        highlighted text
      </mark>
      <button
        type="button"
        class="link-button"
        disabled={colour === slate.colour}
        onClick={() => {
          onChoose(null);
        }}
      >
        Reset
      </button>
      <div
        id={messageId}
        class={check?.readable === false ? 'colour-message error' : 'colour-message'}
        role="status"
      >
        {check?.messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
        {check?.readable === false && (
          <p>
            Not saved: {slate.name} keeps {colour}.
          </p>
        )}
        {suggestion !== null && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              choose(suggestion);
            }}
          >
            Use {suggestion} instead
          </button>
        )}
      </div>
    </div>
  );
}
