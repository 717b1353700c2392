/**
 * Preact hook: a number that grows each time the background reports that the data changed (an
 * edit, an import or a sync, in this window or another, or an automatic check). Views that show
 * data list it among their effects' dependencies and read again, so an open page stays current
 * without a reload. Outside the extension (unit tests) it stays 0.
 */
import { useEffect, useState } from 'preact/hooks';
import { watchDataChanges, type NoticeEvent } from '../../lib/messages/notices';

export function useDataChanges(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const runtime = typeof browser === 'undefined' ? undefined : (browser.runtime as unknown as { id?: string; onMessage?: NoticeEvent } | undefined);
    if (!runtime?.onMessage || !runtime.id) return;
    return watchDataChanges(runtime.onMessage, runtime.id, () => setVersion((n) => n + 1));
  }, []);
  return version;
}
