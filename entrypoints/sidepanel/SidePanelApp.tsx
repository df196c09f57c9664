import { pageStatusText } from '../../components/page-status.ts';
import type { ComponentChildren } from 'preact';
import { DebateBrowser } from '../../components/DebateBrowser.tsx';
import type { DebateLookups } from '../../components/DebateClaim.tsx';
import { PageClaimsInOrder, type OrderedClaim } from '../../components/PageClaimsInOrder.tsx';
import { ProblemMessage, useProblem, type Failure } from '../../components/use-problem.tsx';
import { corpus } from '../../data/corpus.ts';
import { useActiveTab } from '../../extension/controls/use-active-tab.ts';
import { usePageClaims, type PageState } from '../../extension/controls/use-page-claims.ts';
import { useReaderSettings } from '../../extension/controls/use-reader-settings.ts';
import { sendMessage } from '../../extension/messaging.ts';
import { slateColours } from '../../lib/controls/settings-model.ts';
import type { Claim } from '../../lib/corpus/corpus-schema.ts';
import { indexCorpus } from '../../lib/corpus/corpus-index.ts';
import { createDebateSearch } from '../../lib/corpus/debate-search.ts';

// The panel that stays open while reading (Chrome's side panel, Firefox's sidebar): the claims on
// the active tab's page in page order, following the reader from tab to tab, and the whole debate
// to search and browse, each claim beside its answers and the reader's notes.

const index = indexCorpus(corpus);
const debate = createDebateSearch(corpus.claims);

export function SidePanelApp({ notesFor }: { notesFor: (claim: Claim) => ComponentChildren }) {
  const { tabId, visit } = useActiveTab();
  const pageState = usePageClaims(tabId, visit);
  const { settings } = useReaderSettings();
  const colours = slateColours(corpus.slates, settings.slateColours);
  const { problem, failed } = useProblem();
  const lookups: DebateLookups = {
    slate: (id) => index.slate(id),
    source: (id) => corpus.sources.find((source) => source.id === id),
    colour: (slateId) => colours[slateId] ?? index.slate(slateId)?.colour ?? '#555555',
  };

  return (
    <main class="side-panel">
      <h1>Right of Reply</h1>
      <ProblemMessage problem={problem} />
      <section aria-labelledby="page-heading">
        <h2 id="page-heading">On this page</h2>
        <PageSection
          pageState={pageState}
          enabled={settings.enabled}
          lookups={lookups}
          tabId={tabId}
          failed={failed}
        />
      </section>
      <section aria-labelledby="debate-heading">
        <h2 id="debate-heading">The whole debate</h2>
        <DebateBrowser
          search={debate}
          slates={corpus.slates}
          sources={corpus.sources}
          lookups={lookups}
          notesFor={notesFor}
        />
      </section>
    </main>
  );
}

function PageSection({
  pageState,
  enabled,
  lookups,
  tabId,
  failed,
}: {
  pageState: PageState;
  enabled: boolean;
  lookups: DebateLookups;
  tabId: number | undefined;
  failed: Failure;
}) {
  const status = pageStatusText(pageState, enabled, 'tab');
  if (status !== null || pageState.kind !== 'ready') return <p class="muted">{status}</p>;
  const { page } = pageState;
  const claims: OrderedClaim[] = page.claims.flatMap(({ claimId, slate: slateId, hits }) => {
    const slate = lookups.slate(slateId);
    if (slate === undefined) return [];
    return [
      {
        claimId,
        hits,
        slate,
        colour: lookups.colour(slateId),
        summary: index.claim(claimId)?.summary ?? claimId,
      },
    ];
  });
  return (
    <>
      <p class="muted">
        {claims.length === 1 ? '1 claim' : `${claims.length} claims`}, in page order. Choose one to go to it
        and see the answers.
      </p>
      <PageClaimsInOrder
        claims={claims}
        onShow={(claimId) => {
          if (tabId !== undefined)
            sendMessage('controls.showClaim', claimId, tabId).catch(
              failed('reach the page (reload it and try again)'),
            );
        }}
      />
    </>
  );
}
