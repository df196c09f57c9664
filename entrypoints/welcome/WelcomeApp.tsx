import { SlateLegend } from '../../components/SlateLegend.tsx';
import { SourceList } from '../../components/SourceList.tsx';
import { corpus } from '../../data/corpus.ts';
import { useReaderSettings } from '../../extension/controls/use-reader-settings.ts';
import { useShortcuts } from '../../extension/controls/use-shortcuts.ts';
import { slateColours } from '../../lib/controls/settings-model.ts';
import { underlineStyleOf } from '../../lib/controls/slate-cue.ts';

// The first-run page, opened on install and from the popup's "What is this?": what a highlight
// means, the slates and how to tell them apart, the sources, what stays on this machine, the
// shortcuts and how to try it.

const slateIds = corpus.slates.map((slate) => slate.id);
const DEMO_ADDRESS = 'http://127.0.0.1:5180/demo-article.html';

export function WelcomeApp() {
  const { settings } = useReaderSettings();
  const colours = slateColours(corpus.slates, settings.slateColours);
  const shortcuts = useShortcuts();

  return (
    <main class="welcome">
      <h1>Welcome to Right of Reply</h1>
      <p class="lead">
        While you read about the Labour left, Right of Reply finds the claims made in the 2020 and 2022
        Momentum National Coordinating Group elections and shows what the other slates answered.
      </p>

      <section aria-labelledby="highlight-heading">
        <h2 id="highlight-heading">What a highlight means</h2>
        <p>
          A highlighted passage says the same as a claim one slate made in those debates, in the slate’s
          colour and underline. It does not mean the page is wrong, or that it took a side: only that the
          claim was contested.
        </p>
        <p>
          Click a highlight to see the claim as the slate wrote it, with its source, and each answer the other
          slates gave, quoted word for word with its source. The side panel lists every claim on the page, for
          the keyboard and screen readers, and lets you browse the whole debate.
        </p>
      </section>

      <section aria-labelledby="slates-heading">
        <h2 id="slates-heading">The three slates</h2>
        <p>
          Each slate has a colour and an underline style of its own, so you can tell them apart without
          colour.
        </p>
        <SlateLegend
          slates={corpus.slates}
          colours={colours}
          underlineOf={(slateId) => underlineStyleOf(slateIds, slateId)}
        />
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Where the quotes come from</h2>
        <p>Every claim and answer is quoted word for word from one of these documents.</p>
        <SourceList sources={corpus.sources} slates={corpus.slates} />
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">What stays on your machine</h2>
        <ul>
          <li>
            Everything. Right of Reply makes no network requests: the claims and answers ship inside it.
          </li>
          <li>Pages are read where they are, in your browser; nothing about them is sent or kept.</li>
          <li>
            Your notes are kept in the extension’s own storage on this computer, out of the reach of the pages
            you visit. Export them from the Notes page.
          </li>
          <li>
            Your settings (slates, colours, paused sites, the on/off switch) are kept in the browser’s
            extension storage, which your browser syncs if you have sync on.
          </li>
        </ul>
      </section>

      <section aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Shortcuts</h2>
        {shortcuts.length === 0 ? (
          <p>Loading the shortcuts…</p>
        ) : (
          <dl class="shortcuts">
            {shortcuts.map((shortcut) => (
              <div key={shortcut.name} data-command={shortcut.name}>
                <dt>{shortcut.keys === '' ? 'Not set' : <kbd>{shortcut.keys}</kbd>}</dt>
                <dd>{shortcut.description}</dd>
              </div>
            ))}
          </dl>
        )}
        <p class="muted">
          Change them at chrome://extensions/shortcuts in Chrome, or in Firefox under about:addons, the gear
          menu, Manage Extension Shortcuts. In the popover, Tab moves between its links and buttons and Escape
          closes it.
        </p>
      </section>

      <section aria-labelledby="try-heading">
        <h2 id="try-heading">Try it</h2>
        <p>
          Open any article about Momentum’s elections. Or, from a copy of the project, run{' '}
          <code>npm run dev</code>: it serves a demo article with claims of all three slates at{' '}
          <a href={DEMO_ADDRESS} target="_blank" rel="noopener noreferrer">
            {DEMO_ADDRESS}
          </a>{' '}
          and opens it in a browser with the extension loaded.
        </p>
        <p>
          The toolbar button shows how many claims a page has. Its popup switches slates on and off, pauses a
          site, hides the highlights on one page, and opens the side panel.
        </p>
      </section>
    </main>
  );
}
