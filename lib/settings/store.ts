/**
 * Reading, writing and following the stored settings, over any storage area shaped like
 * browser.storage.local (the extension passes the real one; tests a Map).
 */
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** browser.storage.onChanged, as far as settings need it. */
export interface StorageChangeEvent {
  addListener(listener: (changes: StorageChanges, areaName: string) => void): void;
  removeListener(listener: (changes: StorageChanges, areaName: string) => void): void;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  try {
    return parseSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    // Storage unreadable (a broken profile): run with the defaults rather than not at all.
    return parseSettings(undefined);
  }
}

export async function saveSettings(area: SettingsArea, settings: Settings): Promise<Settings> {
  const clean = parseSettings(settings);
  await area.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Reads, changes and writes the settings; returns what was written. */
export async function updateSettings(area: SettingsArea, change: (settings: Settings) => Settings): Promise<Settings> {
  return saveSettings(area, change(await loadSettings(area)));
}

/** Calls `listener` with the new settings whenever another context (or this one) stores them. */
export function watchSettings(events: StorageChangeEvent, listener: (settings: Settings) => void, areaName = 'local'): () => void {
  const onChanged = (changes: StorageChanges, area: string) => {
    if (area !== areaName || !(SETTINGS_KEY in changes)) return;
    listener(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
}
