import type { ComponentChildren } from 'preact';
import type { Claim, Slate, Source } from '../lib/corpus/corpus-schema.ts';
import { formatSourceDate, sourceLink, STANCE_LABELS } from '../lib/corpus/format-source.ts';

// One claim of the debate beside its answers: the claim's quote and source, then each answer,
// quoted with its slate, stance and source, then whatever the page puts below (the reader's notes).

export interface DebateLookups {
  slate: (id: string) => Slate | undefined;
  source: (id: string) => Source | undefined;
  colour: (slateId: string) => string;
}

function SourceCitation({ source }: { source: Source | undefined }) {
  if (source === undefined) return null;
  const link = sourceLink(source);
  const title = <cite>{source.title}</cite>;
  return (
    <p class="citation">
      {link === null ? (
        title
      ) : (
        <a href={link} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      )}
      , {source.publication}, {formatSourceDate(source.date)}
    </p>
  );
}

function Chip({ slate, colour }: { slate: Slate | undefined; colour: string }) {
  if (slate === undefined) return null;
  return (
    <span class="slate-chip" style={{ '--slate-colour': colour }}>
      {slate.name}
    </span>
  );
}

export function DebateClaim({
  claim,
  lookups,
  children,
}: {
  claim: Claim;
  lookups: DebateLookups;
  children?: ComponentChildren;
}) {
  const headingId = `debate-${claim.id}`;
  return (
    <article class="debate-claim" data-claim={claim.id} aria-labelledby={headingId}>
      <h3 id={headingId}>{claim.summary}</h3>
      <p class="claim-by">
        <Chip slate={lookups.slate(claim.slate)} colour={lookups.colour(claim.slate)} /> said:
      </p>
      <blockquote class="claim-quote">{claim.quote}</blockquote>
      <SourceCitation source={lookups.source(claim.source)} />
      <h4>{claim.responses.length === 1 ? 'The answer' : `The answers (${claim.responses.length})`}</h4>
      <ul class="answers">
        {claim.responses.map((response, at) => (
          <li key={at} class="answer" data-stance={response.stance}>
            <p class="answer-by">
              <Chip slate={lookups.slate(response.slate)} colour={lookups.colour(response.slate)} />{' '}
              <span class="stance">{STANCE_LABELS[response.stance]}</span>
            </p>
            <blockquote>{response.quote}</blockquote>
            <SourceCitation source={lookups.source(response.source)} />
          </li>
        ))}
      </ul>
      {children}
    </article>
  );
}
