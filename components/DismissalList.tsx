import { useEffect, useState } from 'preact/hooks';
import { downloadFile } from './download-file.ts';
import {
  loadDismissals,
  restoreDismissal,
  watchDismissals,
} from '../extension/dismissals/dismissal-store.ts';
import { dismissalReport, dismissalReportFileName, type Dismissal } from '../lib/dismissals/dismissal.ts';

// The options page's list of highlights the reader dismissed ("this isn't that claim"): each can
// be restored, and all of them downloaded as a JSON report for the maintainers (no network: the
// reader sends the file themselves).

export function DismissalList({ summaryOf }: { summaryOf: (claimId: string) => string }) {
  const [dismissals, setDismissals] = useState<Dismissal[] | null>(null);
  useEffect(() => {
    void loadDismissals().then(setDismissals);
    return watchDismissals(setDismissals);
  }, []);
  if (dismissals === null) return <p>Loading…</p>;
  return (
    <>
      {dismissals.length === 0 ? (
        <p class="dismissals-empty">You have not dismissed any highlight.</p>
      ) : (
        <ul class="dismissals">
          {dismissals.map((dismissal) => (
            <li key={`${dismissal.claimId} ${dismissal.pageUrl} ${dismissal.text}`} class="dismissal">
              <span class="dismissal-claim">{summaryOf(dismissal.claimId)}</span>
              <q class="dismissal-text">{dismissal.text}</q>
              <span class="dismissal-page">{dismissal.pageUrl}</span>
              <button
                type="button"
                class="link-button restore"
                onClick={() => {
                  void restoreDismissal(dismissal);
                }}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="export-dismissals"
        disabled={dismissals.length === 0}
        onClick={() => {
          const now = new Date();
          downloadFile(dismissalReportFileName(now), 'application/json', dismissalReport(dismissals, now));
        }}
      >
        Download the report (JSON)
      </button>
    </>
  );
}
