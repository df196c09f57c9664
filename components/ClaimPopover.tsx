import type { ComponentChildren } from 'preact';
import type { ResolvedClaim } from '../lib/corpus/corpus-index.ts';
import { STANCE_LABELS } from '../lib/corpus/format-source.ts';
import type { Hit } from '../lib/match/matcher.ts';
import { matchReason } from '../lib/match/match-reason.ts';
import { answersHeading, answerTiming, groupByStance } from '../lib/popover/answer-groups.ts';
import { ScrollArea } from './ScrollArea.tsx';
import { SlateChip } from './SlateChip.tsx';
import { SourceLine } from './SourceLine.tsx';
import { StanceChip } from './StanceChip.tsx';

interface ClaimPopoverProps {
  resolved: ResolvedClaim;
  /** How this passage matched the claim, shown as "why highlighted". */
  hit: Pick<Hit, 'how' | 'matched'>;
  /** Highlight colours by slate id, as the reader chose them. */
  colours: Record<string, string>;
  onClose: () => void;
  onReadInContext: (sourceId: string, quote: string) => void;
  /** "This isn't that claim": hides this highlight on this page. */
  onDismiss: () => void;
  /** Extra content below the answers (the reader's notes). */
  children?: ComponentChildren;
}

// The claim, why this passage was taken for it, then the other slates' answers grouped by stance,
// every quote verbatim with its source. One dialog and no other landmark: the header is a plain
// element, not <header>, and the groups are not named regions.
export function ClaimPopover(props: ClaimPopoverProps) {
  const { resolved, hit, colours, onClose, onReadInContext, onDismiss, children } = props;
  const { claim, slate, source, responses } = resolved;
  const titleId = `ror-title-${claim.id}`;
  const sourcesById = new Map([source, ...responses.map((answer) => answer.source)].map((s) => [s.id, s]));
  return (
    <div class="popover" role="dialog" tabIndex={-1} aria-labelledby={titleId} data-claim-id={claim.id}>
      <div class="popover-header">
        <SlateChip slate={slate} colour={colours[slate.id]} />
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
        <h2 id={titleId} class="popover-title">
          {claim.summary}
        </h2>
      </div>
      <ScrollArea class="popover-body">
        <blockquote class="quote claim-quote">{claim.quote}</blockquote>
        <SourceLine source={source} quote={claim.quote} onReadInContext={onReadInContext} />
        {claim.alsoSaid !== undefined && claim.alsoSaid.length > 0 && (
          <div class="also-said">
            <h3 class="section-heading">Also said</h3>
            {claim.alsoSaid.map((said) => {
              const saidSource = sourcesById.get(said.source);
              return (
                <div class="also-said-item" key={said.quote}>
                  <blockquote class="quote">{said.quote}</blockquote>
                  {saidSource !== undefined && (
                    <SourceLine source={saidSource} quote={said.quote} onReadInContext={onReadInContext} />
                  )}
                </div>
              );
            })}
          </div>
        )}
        <p class="why-highlighted">
          <span class="why-label">Why highlighted: </span>
          {matchReason(hit)}
        </p>
        <h3 class="section-heading answers-heading">{answersHeading(responses)}</h3>
        {groupByStance(responses).map((group) => (
          <div class="stance-group" key={group.stance} data-stance={group.stance}>
            <h4 class="stance-heading">
              <StanceChip stance={group.stance} />
              <span class="stance-count">{` ${group.responses.length}`}</span>
            </h4>
            <ol class="answers" aria-label={STANCE_LABELS[group.stance]}>
              {group.responses.map(({ response, slate: answerSlate, source: answerSource }) => {
                const timing = answerTiming(source, answerSource);
                return (
                  <li class="answer" key={response.quote} data-slate={answerSlate.id}>
                    <div class="answer-meta">
                      <SlateChip slate={answerSlate} colour={colours[answerSlate.id]} />
                    </div>
                    <blockquote class="quote answer-quote">{response.quote}</blockquote>
                    {timing !== null && <p class="answer-timing">{timing}</p>}
                    {response.context !== undefined && <p class="answer-context">{response.context}</p>}
                    <SourceLine
                      source={answerSource}
                      quote={response.quote}
                      onReadInContext={onReadInContext}
                    />
                  </li>
                );
              })}
            </ol>
          </div>
        ))}
        {children}
        <div class="dismiss-row">
          <button type="button" class="dismiss" onClick={onDismiss}>
            This isn’t that claim
          </button>
          <span class="dismiss-hint">Hides this highlight on this page. You can undo it.</span>
        </div>
      </ScrollArea>
    </div>
  );
}
