import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface Shortcut {
  name: string;
  description: string;
  /** The keys the reader has bound, or '' when none. */
  keys: string;
}

/** The extension's keyboard commands as the reader has bound them now (they can rebind them). */
export function useShortcuts(): Shortcut[] {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands.getAll().then((commands) => {
      setShortcuts(
        commands
          // Chrome lists the toolbar button's own command, which has no description.
          .filter((command) => command.name !== undefined && (command.description ?? '') !== '')
          .map((command) => ({
            name: command.name ?? '',
            description: command.description ?? '',
            keys: command.shortcut ?? '',
          })),
      );
    });
  }, []);
  return shortcuts;
}
