import type { ComponentChildren } from 'preact';

// One claim on the reader's page, as a button that takes the reader to it (the page scrolls to the
// claim and opens its popover): an entry of the popup's list and of the side panel's.

export function ClaimEntry({
  claimId,
  summary,
  hits,
  onShow,
  before,
}: {
  claimId: string;
  summary: string;
  /** Times it is highlighted on the page. */
  hits: number;
  onShow: (claimId: string) => void;
  /** Shown ahead of the summary, such as the claim's slate. */
  before?: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class="claim-entry"
      data-claim={claimId}
      onClick={() => {
        onShow(claimId);
      }}
    >
      {before}
      <span class="claim-summary">{summary}</span>
      {hits > 1 && (
        <span class="count" aria-label={`highlighted ${hits} times`}>
          ×{hits}
        </span>
      )}
    </button>
  );
}
