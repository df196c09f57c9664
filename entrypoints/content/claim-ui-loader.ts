import { sendMessage } from '../../extension/page/content-messaging.ts';
import type { PaintedHit } from '../../lib/dom/painter.ts';
import { publishedClaimUi, type ClaimUi, type ClaimUiHost } from './claim-ui-contract.ts';

// Loads the popover's script the first time a claim is opened on this page, then opens claims
// with it. A page where no claim is opened never loads it.

interface ClaimUiLoader {
  open(painted: PaintedHit): void;
  close(): void;
  readonly openHit: PaintedHit | null;
}

export function createClaimUiLoader(host: ClaimUiHost): ClaimUiLoader {
  let ui: ClaimUi | null = null;
  let loading: Promise<ClaimUi | null> | null = null;
  /** The hit asked for while the script loads: the latest wins. */
  let wanted: PaintedHit | null = null;

  const load = (): Promise<ClaimUi | null> => {
    loading ??= sendMessage('page.loadClaimUi', undefined)
      .then(() => {
        const create = publishedClaimUi();
        ui = create === null ? null : create(host);
        return ui;
      })
      .catch(() => {
        loading = null;
        return null;
      });
    return loading;
  };

  return {
    open(painted) {
      if (ui !== null) {
        ui.open(painted);
        return;
      }
      wanted = painted;
      void load().then((loaded) => {
        if (loaded !== null && wanted === painted) loaded.open(painted);
        wanted = null;
      });
    },
    close() {
      wanted = null;
      ui?.close();
    },
    get openHit() {
      return ui?.openHit ?? null;
    },
  };
}
