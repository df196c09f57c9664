import { browser, type Browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging.ts';
import {
  CONFLICTS_SHOWN,
  IMPORT_PORT,
  isOwnFileAddress,
  type ToBackground,
  type ToPage,
} from './import-port.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL, type ConflictChoice } from '../../lib/notes/note-import.ts';
import type { ImportOutcome } from './protocol.ts';
import { errorText } from '../../lib/text/error-text.ts';
import { openNotesDatabase } from './notes-database.ts';
import { createNotesService } from './notes-service.ts';
import { fromExtensionPage } from './sender.ts';

// Called once by the background: from then on it answers every notes message. The database lives
// in the extension's origin, never in a visited site's. Note text goes only to and from the
// extension's own pages: a content script may ask for a claim's count and open its notes.

const REFUSED = 'Notes are read and written only in the extension’s own pages.';

/** The page a note is written on: where the reader was, without the in-page fragment. */
function pageOf(sender: Browser.runtime.MessageSender): string {
  try {
    const url = new URL(sender.url ?? '');
    url.hash = '';
    return url.href;
  } catch {
    return '';
  }
}

type FileReading = { ok: true; text: string } | { ok: false; problem: string };

/** The page's file, from its blob: address: an object in this browser's memory, not the network. */
async function readImportFile(address: string): Promise<FileReading> {
  try {
    const file = await (await fetch(address)).blob();
    if (file.size > MAX_IMPORT_BYTES) {
      return {
        ok: false,
        problem: `This file is over ${MAX_IMPORT_LABEL}, the most Right of Reply imports. Nothing was imported.`,
      };
    }
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, problem: `The file could not be read (${errorText(error)}); nothing was imported.` };
  }
}

export function registerNotesService(): void {
  const service = createNotesService(openNotesDatabase());
  const pagesOnly = <T>(sender: unknown, answer: () => Promise<T>): Promise<T> =>
    fromExtensionPage(sender) ? answer() : Promise.reject(new Error(REFUSED));

  onMessage('notes.listClaim', ({ data, sender }) => pagesOnly(sender, () => service.listClaim(data)));
  onMessage('notes.listPage', ({ data, sender }) => pagesOnly(sender, () => service.listPage(data)));
  onMessage('notes.create', ({ data, sender }) => pagesOnly(sender, () => service.create(data)));
  onMessage('notes.update', ({ data, sender }) => pagesOnly(sender, () => service.update(data)));
  onMessage('notes.delete', ({ data, sender }) => pagesOnly(sender, () => service.delete(data)));
  onMessage('notes.restore', ({ data, sender }) => pagesOnly(sender, () => service.restore(data)));
  onMessage('notes.count', ({ data }) => service.count(data));
  onMessage('notes.open', async ({ data, sender }) => {
    if (typeof data !== 'string') throw new Error('notes.open takes a claim id');
    const claimId = data;
    const from = sender as Browser.runtime.MessageSender;
    const pageUrl = pageOf(from);
    // An open Notes page shows the claim and comes forward; otherwise one opens beside the tab.
    const shown = await sendMessage('notes.show', { claimId, pageUrl }).catch(() => false);
    if (shown) return;
    const hash = new URLSearchParams({ claim: claimId, page: pageUrl }).toString();
    await browser.tabs.create({
      url: browser.runtime.getURL(`/notes.html#${hash}`),
      index: from.tab === undefined ? undefined : from.tab.index + 1,
      openerTabId: from.tab?.id,
    });
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== IMPORT_PORT) return;
    if (!fromExtensionPage(port.sender)) {
      port.disconnect();
      return;
    }
    const post = (message: ToPage) => {
      port.postMessage(message);
    };
    let answer: ((choice: ConflictChoice | 'cancel') => void) | null = null;
    port.onDisconnect.addListener(() => {
      answer?.('cancel');
    });
    const importFile = async (address: unknown): Promise<ImportOutcome> => {
      if (!isOwnFileAddress(address, browser.runtime.getURL('/')))
        return { ok: false, problem: 'That is not a file chosen in Right of Reply. Nothing was imported.' };
      const reading = await readImportFile(address);
      if (!reading.ok) return reading;
      return service
        .import(reading.text, {
          onProgress: (progress) => {
            post({ kind: 'progress', progress });
          },
          chooseForConflicts: (conflicts) =>
            new Promise((resolve) => {
              answer = resolve;
              post({
                kind: 'conflicts',
                total: conflicts.length,
                shown: conflicts.slice(0, CONFLICTS_SHOWN),
              });
            }),
        })
        .catch((error: unknown) => ({
          ok: false as const,
          problem: `Nothing was imported: saving failed (${errorText(error)}).`,
        }));
    };
    port.onMessage.addListener((raw) => {
      const message = raw as ToBackground;
      if (message.kind === 'choice') {
        answer?.(message.choice);
        answer = null;
      } else {
        void importFile(message.address).then((outcome) => {
          post({ kind: 'done', outcome });
        });
      }
    });
  });
}
