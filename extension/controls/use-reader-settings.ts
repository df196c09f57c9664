import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../lib/controls/settings-model.ts';
import { loadSettings, watchSettings } from '../settings.ts';

/** The reader's settings for a Preact page (popup, options), kept current as any page changes them. */
export function useReaderSettings(): { settings: ReaderSettings; loaded: boolean } {
  const [state, setState] = useState({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let current = true;
    void loadSettings().then((settings) => {
      if (current) setState({ settings, loaded: true });
    });
    const unwatch = watchSettings((settings) => {
      setState({ settings, loaded: true });
    });
    return () => {
      current = false;
      unwatch();
    };
  }, []);
  return state;
}
