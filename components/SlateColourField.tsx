import { useEffect, useState } from 'preact/hooks';
import { checkSlateColour, readableShade } from '../lib/controls/contrast.ts';
import { colourProblems, type OtherSlateColour } from '../lib/controls/palette.ts';
import { REFERENCE_DARK_BACKGROUND, tintFor, WHITE_BACKGROUND } from '../lib/controls/tint.ts';
import type { Slate } from '../lib/corpus/corpus-schema.ts';

// Picks one slate's highlight colour. A choice is not saved when it is unreadable or when its tint
// stands too close to another slate's (palette.ts): the field says why and, for a too-light colour,
// offers the nearest readable shade. A readable one with a caveat is saved with the warning shown.

export function SlateColourField({
  slate,
  colour,
  others,
  underline,
  onChoose,
}: {
  slate: Slate;
  /** The colour in use now. */
  colour: string;
  /** The other slates and their colours in use now, which this one must stay apart from. */
  others: readonly OtherSlateColour[];
  /** The slate's underline style (slate-cue.ts), shown in the previews. */
  underline: string;
  onChoose: (colour: string | null) => void;
}) {
  const [draft, setDraft] = useState(colour);
  useEffect(() => {
    setDraft(colour);
  }, [colour]);
  const check = checkSlateColour(draft);
  const problems = colourProblems(draft, others);
  const suggestion = check !== null && !check.readable ? readableShade(draft) : null;
  const inputId = `colour-${slate.id}`;
  const messageId = `colour-message-${slate.id}`;

  const choose = (next: string): void => {
    setDraft(next);
    if (colourProblems(next, others).length === 0) onChoose(next);
  };
  const preview = (background: string) => ({
    backgroundColor: tintFor(colour, background) ?? undefined,
    textDecoration: `underline ${underline} ${colour} 2px`,
    textUnderlineOffset: '3px',
  });

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
        aria-invalid={problems.length > 0}
        onInput={(event) => {
          choose(event.currentTarget.value);
        }}
      />
      <span class="chip-preview slate-chip" style={{ '--slate-colour': colour }}>
        {slate.name}
      </span>
      <span class="highlight-preview" style={preview(WHITE_BACKGROUND)}>
        highlighted text
      </span>
      <span class="highlight-preview-dark">
        <span class="highlight-preview" style={preview(REFERENCE_DARK_BACKGROUND)}>
          on a dark page
        </span>
      </span>
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
        class={problems.length > 0 ? 'colour-message error' : 'colour-message'}
        role="status"
      >
        {problems.map((message) => (
          <p key={message}>{message}</p>
        ))}
        {check?.readable === true && check.messages.map((message) => <p key={message}>{message}</p>)}
        {problems.length > 0 && (
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
