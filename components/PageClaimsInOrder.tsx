import type { Slate } from '../lib/corpus/corpus-schema.ts';
import { ClaimEntry } from './ClaimEntry.tsx';

// The claims on the reader's page in page order, each taking the reader to it: the side panel's
// accessible way into the page.

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
          <ClaimEntry
            {...claim}
            onShow={onShow}
            before={
              <span class="slate-chip" style={{ '--slate-colour': claim.colour }}>
                <abbr title={claim.slate.name}>{claim.slate.shortName}</abbr>
              </span>
            }
          />
        </li>
      ))}
    </ol>
  );
}
