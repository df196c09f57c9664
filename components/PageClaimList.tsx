import type { Slate } from '../lib/corpus/corpus-schema.ts';
import { plural } from '../lib/text/plural.ts';
import { ClaimEntry } from './ClaimEntry.tsx';

// The claims found on the reader's page, grouped by slate with counts (the popup). Each entry takes
// the reader to the claim on the page.

interface ListedClaim {
  claimId: string;
  summary: string;
  /** Times it is highlighted on the page. */
  hits: number;
}

export interface ClaimGroup {
  slate: Slate;
  colour: string;
  claims: ListedClaim[];
}

export function PageClaimList({
  groups,
  onShow,
}: {
  groups: ClaimGroup[];
  onShow: (claimId: string) => void;
}) {
  return (
    <div class="claim-groups">
      {groups.map(({ slate, colour, claims }) => (
        <section
          class="claim-group"
          key={slate.id}
          data-slate={slate.id}
          aria-labelledby={`group-${slate.id}`}
        >
          <h3 class="claim-group-heading" id={`group-${slate.id}`}>
            <span class="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
            {slate.name}
            <span class="count">{plural(claims.length, 'claim')}</span>
          </h3>
          <ul class="claim-list">
            {claims.map((claim) => (
              <li key={claim.claimId}>
                <ClaimEntry {...claim} onShow={onShow} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
