// The claims a page shows, summarised from its highlights: for the badge and the popup's list.

interface HighlightPiece {
  claimId: string;
  slate: string;
  /** The hit this piece belongs to (a hit split across elements has several pieces). */
  hit: string;
}

interface ClaimSummary {
  claimId: string;
  slate: string;
  hits: number;
}

/** Distinct claims in order of first appearance, each with its number of hits (not pieces). */
export function summariseClaims(pieces: Iterable<HighlightPiece>): ClaimSummary[] {
  const byClaim = new Map<string, { slate: string; hits: Set<string> }>();
  for (const piece of pieces) {
    const entry = byClaim.get(piece.claimId);
    if (entry) entry.hits.add(piece.hit);
    else byClaim.set(piece.claimId, { slate: piece.slate, hits: new Set([piece.hit]) });
  }
  return [...byClaim].map(([claimId, { slate, hits }]) => ({ claimId, slate, hits: hits.size }));
}

/** The toolbar badge: the number of distinct claims, nothing when there are none. */
export function badgeText(page: { claims: readonly unknown[] }): string {
  return page.claims.length === 0 ? '' : String(page.claims.length);
}

/** Claims grouped by slate in the given slate order; slates with no claim are left out. */
export function groupBySlate<T extends { slate: string }>(
  claims: readonly T[],
  slateOrder: readonly string[],
): { slate: string; claims: T[] }[] {
  return slateOrder
    .map((slate) => ({ slate, claims: claims.filter((claim) => claim.slate === slate) }))
    .filter((group) => group.claims.length > 0);
}
