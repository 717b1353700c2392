/**
 * The background's `data.changed` notice to extension pages (lib/messages/notices.ts): only our
 * background's is taken (not a content script's, which carries a tab, nor another extension's),
 * a burst of notices makes one refresh, other messages pass untouched and unanswered, and
 * stopping removes the listener and any refresh still waiting.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_CHANGED, isDataChanged, watchDataChanges, type NoticeListener } from '../../../lib/messages/notices';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const background = { id: ID };

function fakeEvent() {
  const listeners = new Set<NoticeListener>();
  return {
    listeners,
    addListener: (l: NoticeListener) => void listeners.add(l),
    removeListener: (l: NoticeListener) => void listeners.delete(l),
    emit: (message: unknown, sender: { id?: string; tab?: unknown }) => [...listeners].map((l) => l(message, sender)),
  };
}

describe('isDataChanged', () => {
  it('takes the notice from our background only', () => {
    expect(isDataChanged(DATA_CHANGED, background, ID)).toBe(true);
    expect(isDataChanged({ type: 'data.changed' }, { id: ID, tab: { id: 3 } }, ID)).toBe(false);
    expect(isDataChanged(DATA_CHANGED, { id: 'another-extension' }, ID)).toBe(false);
    expect(isDataChanged({ type: 'entity.list' }, background, ID)).toBe(false);
    expect(isDataChanged(null, background, ID)).toBe(false);
    expect(isDataChanged('data.changed', background, ID)).toBe(false);
  });
});

describe('watchDataChanges', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refreshes once per burst of notices, and again for a later one', () => {
    const event = fakeEvent();
    const onChange = vi.fn();
    watchDataChanges(event, ID, onChange, 100);
    event.emit(DATA_CHANGED, background);
    event.emit(DATA_CHANGED, background);
    vi.advanceTimersByTime(50);
    event.emit(DATA_CHANGED, background);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60);
    expect(onChange).toHaveBeenCalledTimes(1);
    event.emit(DATA_CHANGED, background);
    vi.advanceTimersByTime(100);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores other messages and answers none (another page\'s request keeps its own answer)', () => {
    const event = fakeEvent();
    const onChange = vi.fn();
    watchDataChanges(event, ID, onChange);
    expect(event.emit({ type: 'entity.list', query: '' }, { id: ID, tab: { id: 1 } })).toEqual([undefined]);
    expect(event.emit(DATA_CHANGED, { id: ID, tab: { id: 1 } })).toEqual([undefined]);
    expect(event.emit(DATA_CHANGED, background)).toEqual([undefined]);
    vi.runAllTimers();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops listening, and drops a refresh still waiting', () => {
    const event = fakeEvent();
    const onChange = vi.fn();
    const stop = watchDataChanges(event, ID, onChange);
    event.emit(DATA_CHANGED, background);
    stop();
    expect(event.listeners.size).toBe(0);
    vi.runAllTimers();
    expect(onChange).not.toHaveBeenCalled();
  });
});
