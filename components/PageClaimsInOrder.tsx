import type { Slate } from '../lib/corpus/corpus-schema.ts';

// The claims on the reader's page in page order, each a button that takes the reader to it (the
// page scrolls to the claim and opens its popover). The side panel's accessible way into the page.

export interface OrderedClaim {
  claimId: string;
  summary: string;
  slate: Slate;
  colour: string;
  hits: number;
}

export function PageClaimsInOrder({
  claims,
  onShow,
}: {
  claims: readonly OrderedClaim[];
  onShow: (claimId: string) => void;
}) {
  return (
    <ol class="page-claims">
      {claims.map((claim) => (
        <li key={claim.claimId}>
          <button
            type="button"
            class="claim-entry"
            data-claim={claim.claimId}
            onClick={() => {
              onShow(claim.claimId);
            }}
          >
            <span class="slate-chip" style={{ '--slate-colour': claim.colour }}>
              <abbr title={claim.slate.name}>{claim.slate.shortName}</abbr>
            </span>
            <span class="claim-summary">{claim.summary}</span>
            {claim.hits > 1 && <span class="count">{claim.hits} times</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}
