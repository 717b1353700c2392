import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, SETTINGS_KEY } from '../../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings, type SettingsArea, type StorageChanges } from '../../../lib/settings/store';

function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

describe('settings store', () => {
  it('loads defaults when nothing is stored, and when storage fails', async () => {
    expect(await loadSettings(memoryArea())).toEqual(defaultSettings());
    const broken: SettingsArea = { get: () => Promise.reject(new Error('corrupt')), set: async () => {} };
    expect(await loadSettings(broken)).toEqual(defaultSettings());
  });

  it('updates by reading, changing and writing clean settings under one key', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { style: 'background', junk: true } });
    const written = await updateSettings(area, (s) => ({ ...s, popoverDelayMs: 5000 }));
    expect(written.style).toBe('background');
    expect(written.popoverDelayMs).toBe(2000);
    expect(area.data[SETTINGS_KEY]).toEqual(written);
    expect(Object.keys(area.data)).toEqual([SETTINGS_KEY]);
  });

  it('watches only the settings key of its own storage area', () => {
    const listeners = new Set<(c: StorageChanges, area: string) => void>();
    const events = { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) };
    const seen = vi.fn();
    const stop = watchSettings(events, seen);
    const fire = (changes: StorageChanges, area: string) => listeners.forEach((l) => l(changes, area));
    fire({ other: { newValue: 1 } }, 'local');
    fire({ [SETTINGS_KEY]: { newValue: { style: 'none' } } }, 'sync');
    fire({ [SETTINGS_KEY]: { newValue: { style: 'none' } } }, 'local');
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]![0].style).toBe('none');
    // Removed settings: back to the defaults.
    fire({ [SETTINGS_KEY]: { oldValue: {} } }, 'local');
    expect(seen.mock.calls[1]![0]).toEqual(defaultSettings());
    stop();
    expect(listeners.size).toBe(0);
  });
});
