/** Preact hook: the keys the user has for one of the extension's commands ('' when none is set). */
import { useEffect, useState } from 'preact/hooks';

export function useCommandShortcut(name: string): string {
  const [keys, setKeys] = useState('');
  useEffect(() => {
    // Absent outside the extension (tests); the text then leaves the shortcut out.
    browser.commands?.getAll?.().then(
      (commands) => setKeys(commands.find((c) => c.name === name)?.shortcut ?? ''),
      () => setKeys(''),
    );
  }, [name]);
  return keys;
}
