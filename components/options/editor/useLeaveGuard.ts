/**
 * Preact hook: asks before unsaved changes are left behind, on closing or reloading the page
 * (beforeunload) and on hash navigation inside it. The hashchange listener runs in the capture
 * phase, before the router's, so a "stay" can stop the router and put the address back.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface LeaveGuard {
  /** Lets the next navigation through without asking (after a save, or a confirmed cancel). */
  release(): void;
}

export function useLeaveGuard(dirty: boolean, message: string): LeaveGuard {
  const state = useRef({ dirty, released: false, message });
  state.current.dirty = dirty;
  state.current.message = message;

  useEffect(() => {
    const guarded = () => state.current.dirty && !state.current.released;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!guarded()) return;
      e.preventDefault();
      // Older Chromium shows the prompt only when returnValue is set.
      e.returnValue = '';
    };
    const hashChange = (e: HashChangeEvent) => {
      if (!guarded()) return;
      if (window.confirm(state.current.message)) {
        state.current.released = true;
        return;
      }
      e.stopImmediatePropagation();
      history.replaceState(history.state, '', e.oldURL);
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('hashchange', hashChange, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('hashchange', hashChange, true);
    };
  }, []);

  return { release: () => void (state.current.released = true) };
}
