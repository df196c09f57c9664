import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimNotesPage } from '../../components/notes/ClaimNotesPage.tsx';
import { downloadFile } from '../../components/download-file.ts';
import { NotesPage, type ExportFormat, type NotesPageProps } from '../../components/notes/NotesPage.tsx';
import '../../components/notes/notes.css';
import '../../components/slate-chip.css';
import { corpus } from '../../data/corpus.ts';
import { onMessage } from '../../extension/messaging.ts';
import { importNotesFile } from '../../extension/notes/import-client.ts';
import { useNotes } from '../../extension/notes/use-notes.ts';
import { indexCorpus } from '../../lib/corpus/corpus-index.ts';
import { exportNotesJson, exportNotesMarkdown } from '../../lib/notes/note-export.ts';
import { describeMerge } from '../../lib/notes/note-import.ts';
import type { ClaimLookup } from '../../lib/notes/note-search.ts';
import { exportNotesWebAnnotation } from '../../lib/notes/web-annotation.ts';
import { errorText } from '../../lib/text/error-text.ts';

// The Notes page: every note, or one claim's (#claim=<id>&page=<address>, as the popover's
// "Your notes" opens it). Note text is typed and read only here and in other extension pages.

const index = indexCorpus(corpus);
const claimFacts: ClaimLookup = (claimId) => {
  const claim = index.claim(claimId);
  return claim && { slate: claim.slate, summary: claim.summary, quote: claim.quote };
};

const EXPORTS: Record<ExportFormat, { extension: string; type: string; write: typeof exportNotesMarkdown }> =
  {
    json: {
      extension: 'json',
      type: 'application/json',
      write: (notes, _claims, at) => exportNotesJson(notes, at),
    },
    'web-annotation': { extension: 'jsonld', type: 'application/ld+json', write: exportNotesWebAnnotation },
    markdown: { extension: 'md', type: 'text/markdown', write: exportNotesMarkdown },
  };

interface Route {
  claimId: string | null;
  pageUrl: string;
}

function readRoute(): Route {
  const params = new URLSearchParams(location.hash.slice(1));
  return { claimId: params.get('claim'), pageUrl: params.get('page') ?? '' };
}

function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const follow = () => {
      setRoute(readRoute());
    };
    window.addEventListener('hashchange', follow);
    // The background asks an open Notes page to show a claim before it opens another tab.
    const stopAnswering = onMessage('notes.show', async ({ data }) => {
      location.hash = new URLSearchParams({ claim: data.claimId, page: data.pageUrl }).toString();
      const tab = await browser.tabs.getCurrent();
      if (tab?.id === undefined) return false;
      await browser.tabs.update(tab.id, { active: true });
      await browser.windows.update(tab.windowId, { focused: true });
      return true;
    });
    return () => {
      window.removeEventListener('hashchange', follow);
      stopAnswering();
    };
  }, []);
  return route;
}

function ClaimView({ claimId, pageUrl }: { claimId: string; pageUrl: string }) {
  const model = useNotes({ claimId });
  return <ClaimNotesPage claimId={claimId} pageUrl={pageUrl} model={model} index={index} allNotesHref="#" />;
}

function AllNotesView() {
  const [loads, setLoads] = useState(0);
  const model = useNotes('all', loads);
  const [status, setStatus] = useState<NotesPageProps['status']>(null);
  const [importing, setImporting] = useState<NotesPageProps['importing']>(null);
  const [conflicts, setConflicts] = useState<NotesPageProps['conflicts']>(null);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <NotesPage
      model={model}
      index={index}
      claimFacts={claimFacts}
      status={status}
      importing={importing}
      conflicts={conflicts}
      onExport={(format) => {
        const { extension, type, write } = EXPORTS[format];
        downloadFile(
          `right-of-reply-notes-${today}.${extension}`,
          type,
          write(model.notes ?? [], claimFacts, new Date()),
        );
      }}
      onImportFile={(file) => {
        setStatus(null);
        const failed = (problem: string) => {
          setStatus({ kind: 'problem', message: `“${file.name}” was not imported. ${problem}` });
        };
        importNotesFile(file, {
          onProgress: setImporting,
          choose: (total, shown) =>
            new Promise((resolve) => {
              setImporting(null);
              setConflicts({
                total,
                shown,
                onChoose: (choice) => {
                  setConflicts(null);
                  resolve(choice);
                },
              });
            }),
        })
          .then((outcome) => {
            if (!outcome.ok) failed(outcome.problem);
            else {
              setStatus({ kind: 'done', message: describeMerge(outcome) });
              setLoads((count) => count + 1);
            }
          })
          .catch((error: unknown) => {
            failed(errorText(error));
          })
          .finally(() => {
            setImporting(null);
            setConflicts(null);
          });
      }}
    />
  );
}

function NotesApp() {
  const { claimId, pageUrl } = useRoute();
  return claimId === null ? (
    <AllNotesView />
  ) : (
    <ClaimView key={claimId} claimId={claimId} pageUrl={pageUrl} />
  );
}

const app = document.getElementById('app');
if (app) render(<NotesApp />, app);
