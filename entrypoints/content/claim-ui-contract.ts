import type { ResolvedClaim } from '../../lib/corpus/corpus-index.ts';
import type { PaintedHit } from '../../lib/dom/painter.ts';

// The popover is a separate script (entrypoints/claim-ui.tsx), injected by the background only
// when a reader first opens a claim, so pages without one never load it. Both scripts run in the
// same isolated world, where the page cannot see, so the UI script hands its factory over there.

const CLAIM_UI_GLOBAL = 'rightOfReplyCreateClaimUi';

export interface ClaimUiHost {
  /** The claim's quote, answers and sources (kept in the background, not in every page). */
  loadClaim(claimId: string): Promise<ResolvedClaim | null>;
  colours(): Record<string, string>;
  /** Called when a hit's popover closes, however it was closed. */
  onClose(painted: PaintedHit): void;
}

export interface ClaimUi {
  /** Opens the hit's popover next to it and moves focus into it, so screen readers announce it. */
  open(painted: PaintedHit): void;
  close(): void;
  readonly openHit: PaintedHit | null;
}

type CreateClaimUi = (host: ClaimUiHost) => ClaimUi;

export function publishClaimUi(create: CreateClaimUi): void {
  (globalThis as Record<string, unknown>)[CLAIM_UI_GLOBAL] = create;
}

export function publishedClaimUi(): CreateClaimUi | null {
  const create = (globalThis as Record<string, unknown>)[CLAIM_UI_GLOBAL];
  return typeof create === 'function' ? (create as CreateClaimUi) : null;
}
