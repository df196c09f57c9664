import { browser } from 'wxt/browser';
import { DismissalList } from '../../components/DismissalList.tsx';
import { SlateColourField } from '../../components/SlateColourField.tsx';
import { SlateSwitches } from '../../components/SlateSwitch.tsx';
import { ProblemMessage, useProblem } from '../../components/use-problem.tsx';
import { corpus } from '../../data/corpus.ts';
import {
  removePausedSite,
  setSlateColour,
  setSlateShown,
} from '../../extension/controls/settings-actions.ts';
import { useReaderSettings } from '../../extension/controls/use-reader-settings.ts';
import { isSlateShown, slateColours } from '../../lib/controls/settings-model.ts';
import { underlineStyleOf } from '../../lib/controls/slate-cue.ts';

// The options page: slate switches, highlight colours (checked for readability), paused sites.
// Every change is saved at once and reaches open tabs live.

const slateIds = corpus.slates.map((slate) => slate.id);

export function OptionsApp() {
  const { settings, loaded } = useReaderSettings();
  const { problem, failed } = useProblem();
  const colours = slateColours(corpus.slates, settings.slateColours);

  return (
    <main class="options">
      <h1>Right of Reply settings</h1>
      <ProblemMessage problem={problem} />
      <section aria-labelledby="slates-heading">
        <h2 id="slates-heading">Slates</h2>
        <p class="muted">Highlight the claims of these slates.</p>
        <SlateSwitches
          slates={corpus.slates}
          colours={colours}
          isShown={(slateId) => isSlateShown(settings, slateId)}
          onToggle={(slateId, shown) => setSlateShown(slateId, shown).catch(failed('save the slate switch'))}
        />
      </section>
      <section aria-labelledby="colours-heading">
        <h2 id="colours-heading">Highlight colours</h2>
        <p class="muted">
          Each colour must be dark enough to read as a slate name on white, and light enough as a highlight
          for the page's text to stay readable (contrast 4.5:1 or more). Its highlight must also stay clearly
          apart from the other slates’ (a CIEDE2000 difference of 10 or more), for everyone and for readers
          with red-green colour blindness, on light and dark pages. Each slate is also underlined in a style
          of its own, so colour is never the only cue.
        </p>
        {corpus.slates.map((slate) => (
          <SlateColourField
            key={slate.id}
            slate={slate}
            colour={colours[slate.id] ?? slate.colour}
            others={corpus.slates
              .filter((other) => other.id !== slate.id)
              .map((other) => ({ ...other, colour: colours[other.id] ?? other.colour }))}
            underline={underlineStyleOf(slateIds, slate.id)}
            onChoose={(colour) => setSlateColour(slate.id, colour).catch(failed('save the colour'))}
          />
        ))}
      </section>
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Your notes</h2>
        <p class="muted">Your notes on claims stay on this computer, in the extension’s own storage.</p>
        <a href={browser.runtime.getURL('/notes.html')} target="_blank" rel="noopener">
          Open the Notes page
        </a>
      </section>
      <section aria-labelledby="dismissals-heading">
        <h2 id="dismissals-heading">Dismissed highlights</h2>
        <p class="muted">
          Highlights you marked “this isn’t that claim” stay hidden on their page. Restore one here, or
          download them as a report to send to the maintainers: it holds each claim, the text, a little around
          it and the page’s address.
        </p>
        <DismissalList
          summaryOf={(claimId) => corpus.claims.find((claim) => claim.id === claimId)?.summary ?? claimId}
        />
      </section>
      <section aria-labelledby="paused-heading">
        <h2 id="paused-heading">Paused sites</h2>
        <p class="muted">
          Pausing a site also pauses its subdomains: example.com covers www.example.com and news.example.com.
          Pause a site from the toolbar button while you are on it.
        </p>
        {loaded && settings.pausedSites.length === 0 && <p>No site is paused.</p>}
        <ul class="paused-sites">
          {settings.pausedSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => removePausedSite(site).catch(failed('resume the site'))}
              >
                Resume
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
