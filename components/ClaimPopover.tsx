import type { ComponentChildren } from 'preact';
import type { ResolvedClaim } from '../lib/corpus/corpus-index.ts';
import { formatSource, STANCE_LABELS } from '../lib/corpus/format-source.ts';
import { SlateChip } from './SlateChip.tsx';

export interface ClaimPopoverProps {
  resolved: ResolvedClaim;
  /** Highlight colours by slate id, as the reader chose them. */
  colours: Record<string, string>;
  onClose: () => void;
  /** Extra content below the answers (the reader's notes). */
  children?: ComponentChildren;
}

// The claim, then each answer from the other slates, every quote verbatim with its source.
export function ClaimPopover({ resolved, colours, onClose, children }: ClaimPopoverProps) {
  const { claim, slate, source, responses } = resolved;
  const titleId = `ror-title-${claim.id}`;
  return (
    <section class="popover" role="dialog" tabIndex={-1} aria-labelledby={titleId} data-claim-id={claim.id}>
      <header class="popover-header">
        <SlateChip slate={slate} colour={colours[slate.id]} />
        <h2 id={titleId} class="popover-title">
          {claim.summary}
        </h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <blockquote class="quote claim-quote">{claim.quote}</blockquote>
      <p class="source">{formatSource(source)}</p>
      <h3 class="answers-heading">
        {responses.length === 1
          ? 'Answer from another slate'
          : `Answers from other slates (${responses.length})`}
      </h3>
      <ol class="answers">
        {responses.map(({ response, slate: answerSlate, source: answerSource }, index) => (
          <li class="answer" key={index} data-slate={answerSlate.id}>
            <div class="answer-meta">
              <SlateChip slate={answerSlate} colour={colours[answerSlate.id]} />
              <span class={`stance stance-${response.stance}`}>{STANCE_LABELS[response.stance]}</span>
            </div>
            <blockquote class="quote answer-quote">{response.quote}</blockquote>
            {response.context !== undefined && <p class="answer-context">{response.context}</p>}
            <p class="source">{formatSource(answerSource)}</p>
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}
