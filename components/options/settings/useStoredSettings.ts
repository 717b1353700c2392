/**
 * Preact hook: the stored settings, kept current as other contexts (the popup) change them.
 * `save` writes at once; `preview` changes what this page shows without writing, for controls
 * such as a colour picker that report every step of a drag.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../../lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../../../lib/settings/store';

export type SaveStatus = { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

export function useStoredSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void loadSettings(browser.storage.local).then((s) => live && setSettings((current) => current ?? s));
    const stop = watchSettings(browser.storage.onChanged, setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save = useCallback(async (next: Settings) => {
    setSettings(next);
    try {
      setSettings(await saveSettings(browser.storage.local, next));
      setStatus({ kind: 'saved', at: Date.now() });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  return { settings, status, save, preview: setSettings };
}
