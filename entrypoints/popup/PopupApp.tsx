import { pageStatusText } from '../../components/page-status.ts';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageClaimList, type ClaimGroup } from '../../components/PageClaimList.tsx';
import { SlateSwitches } from '../../components/SlateSwitch.tsx';
import { ProblemMessage, useProblem, type Failure } from '../../components/use-problem.tsx';
import { Switch } from '../../components/Switch.tsx';
import { corpus } from '../../data/corpus.ts';
import { setEnabled, setSitePaused, setSlateShown } from '../../extension/controls/settings-actions.ts';
import { openSidePanel } from '../../extension/controls/side-panel.ts';
import { useReaderSettings } from '../../extension/controls/use-reader-settings.ts';
import { sendMessage } from '../../extension/messaging.ts';
import { indexCorpus } from '../../lib/corpus/corpus-index.ts';
import { groupBySlate } from '../../lib/controls/page-summary.ts';
import { isSlateShown, slateColours } from '../../lib/controls/settings-model.ts';
import { pausedEntryFor } from '../../lib/controls/site-pause.ts';
import { targetTabId } from './target-tab.ts';
import { usePageClaims, type PageState } from '../../extension/controls/use-page-claims.ts';

// The toolbar popup: the global switch, which slates to show, pausing this site or hiding this
// page now, the claims on this page, and the way to the side panel and the welcome page. At most
// 600 px tall (Chrome's popup limit): the claims list scrolls.

const index = indexCorpus(corpus);

export function PopupApp() {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  useEffect(() => {
    void targetTabId().then(setTabId);
  }, []);
  const { settings } = useReaderSettings();
  const pageState = usePageClaims(tabId);
  const colours = slateColours(corpus.slates, settings.slateColours);
  const { problem, failed } = useProblem();

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Right of Reply</h1>
        <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noopener">
          What is this?
        </a>
      </header>
      <ProblemMessage problem={problem} />
      <Switch
        name="enabled"
        checked={settings.enabled}
        onToggle={(enabled) => setEnabled(enabled).catch(failed('save the switch'))}
      >
        {settings.enabled ? 'On: highlighting claims' : 'Off on every site'}
      </Switch>
      <section aria-labelledby="slates-heading">
        <h2 id="slates-heading">Show claims of</h2>
        <SlateSwitches
          slates={corpus.slates}
          colours={colours}
          isShown={(slateId) => isSlateShown(settings, slateId)}
          onToggle={(slateId, shown) => setSlateShown(slateId, shown).catch(failed('save the slate switch'))}
        />
      </section>
      <SiteSection pageState={pageState} pausedSites={settings.pausedSites} tabId={tabId} failed={failed} />
      <ClaimsSection
        pageState={pageState}
        enabled={settings.enabled}
        colours={colours}
        tabId={tabId}
        failed={failed}
      />
      <nav class="popup-links" aria-label="More">
        <button
          type="button"
          class="link-button"
          onClick={() => {
            openSidePanel(tabId).catch(failed('open the side panel'));
          }}
        >
          Side panel
        </button>
        <a href={browser.runtime.getURL('/notes.html')} target="_blank" rel="noopener">
          Notes
        </a>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          Colours and settings
        </a>
      </nav>
    </main>
  );
}

function SiteSection({
  pageState,
  pausedSites,
  tabId,
  failed,
}: {
  pageState: PageState;
  pausedSites: readonly string[];
  tabId: number | undefined;
  failed: Failure;
}) {
  if (pageState.kind !== 'ready') return null;
  const { host, hiddenHere } = pageState.page;
  const pausedBy = host === null ? undefined : pausedEntryFor(pausedSites, host);
  return (
    <section aria-labelledby="site-heading">
      <h2 id="site-heading">This page</h2>
      <Switch
        name="hide-here"
        checked={hiddenHere}
        onToggle={(hidden) => {
          if (tabId !== undefined)
            sendMessage('controls.setHiddenHere', hidden, tabId).catch(
              failed('reach the page (reload it and try again)'),
            );
        }}
      >
        {hiddenHere ? 'Hidden on this page until you reload it' : 'Hide on this page now'}
      </Switch>
      {host !== null && (
        <Switch
          name="pause-site"
          checked={pausedBy !== undefined}
          onToggle={(paused) => setSitePaused(host, paused).catch(failed('save the pause'))}
        >
          {pausedBy === undefined ? `Pause on ${host}` : `Paused on ${pausedBy}`}
        </Switch>
      )}
      <p class="muted">Hiding lasts until you reload the page; a paused site stays paused.</p>
    </section>
  );
}

function ClaimsSection({
  pageState,
  enabled,
  colours,
  tabId,
  failed,
}: {
  pageState: PageState;
  enabled: boolean;
  colours: Record<string, string>;
  tabId: number | undefined;
  failed: Failure;
}) {
  const body = (() => {
    const status = pageStatusText(pageState, enabled, 'page');
    if (status !== null || pageState.kind !== 'ready') return <p class="muted">{status}</p>;
    const { page } = pageState;
    const groups: ClaimGroup[] = groupBySlate(
      page.claims,
      corpus.slates.map((slate) => slate.id),
    ).flatMap(({ slate: slateId, claims }) => {
      const slate = index.slate(slateId);
      if (slate === undefined) return [];
      const listed = claims.map(({ claimId, hits }) => ({
        claimId,
        hits,
        summary: index.claim(claimId)?.summary ?? claimId,
      }));
      return [{ slate, colour: colours[slateId] ?? slate.colour, claims: listed }];
    });
    return (
      <PageClaimList
        groups={groups}
        onShow={(claimId) => {
          if (tabId !== undefined)
            sendMessage('controls.showClaim', claimId, tabId).catch(
              failed('reach the page (reload it and try again)'),
            );
        }}
      />
    );
  })();
  return (
    <section class="popup-claims" aria-labelledby="claims-heading">
      <h2 id="claims-heading">On this page</h2>
      {body}
    </section>
  );
}
