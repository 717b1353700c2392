/**
 * Mounts the snippet layer on the page: a <dossier-snippet-ui> host with an open shadow root that
 * shows the "Save snippet" button beside a non-empty selection of page text (never in editable
 * fields or Dossier's own UI), and a status line after each save. The button appears once the
 * selection settles, whether made with the pointer or the keyboard; Escape dismisses it. The
 * keyboard command (Alt+Shift+S) saves the selection without it.
 */
import { render } from 'preact';
import { selectionRange } from '../lib/page/snippet-capture';
import type { SaveOutcome } from '../lib/page/snippet-saver';
import { MAX_QUOTE } from '../lib/snippets/capture';
import type { SnippetSaveResult } from '../lib/snippets/draft';
import { createShadowHost, type ShadowHost } from '../lib/ui/shadow-host';
import { t } from './i18n';
import { SnippetButton } from './SnippetButton';
import css from './SnippetButton.css?inline';
import { SnippetButtonStatus } from './SnippetButtonStatus';
import { SnippetNoteForm } from './SnippetNoteForm';

export interface SnippetLayerOptions {
  save(range: Range): Promise<SaveOutcome>;
  /** Sets the note and tags of a snippet saved just now. */
  saveNote(id: string, note: string, tags: string[]): Promise<SnippetSaveResult>;
  doc?: Document;
}

export interface SnippetLayer {
  /** Off: no button (Dossier is off for this site). */
  setEnabled(enabled: boolean): void;
  /** Shows how a save went. */
  announce(outcome: SaveOutcome): void;
  destroy(): void;
}

/** How long the selection must stay put before the button shows, and the status line stays. */
const SETTLE_MS = 250;
const STATUS_MS = 4000;
/** Long enough to notice and reach "Add a note" after a save. */
const SAVED_MS = 10_000;
const BUTTON = { width: 140, height: 32, gap: 6 };

function messageOf(outcome: SaveOutcome): string {
  if (outcome.ok) return t('snip_saved');
  switch (outcome.reason) {
    case 'empty':
      return t('snip_no_selection');
    case 'too-long':
      return t('snip_error_too_long', MAX_QUOTE.toLocaleString());
    case 'quota':
      return t('snip_error_quota');
    case 'site':
      return t('snip_error_site');
    default:
      return t('snip_error', outcome.message);
  }
}

export function mountSnippetLayer({ save, saveNote, doc = document }: SnippetLayerOptions): SnippetLayer {
  const win = doc.defaultView ?? window;
  let shadow: ShadowHost | null = null;
  let enabled = false;
  let button: { range: Range; top: number; left: number } | null = null;
  let busy = false;
  let status = { message: '', error: false };
  /** The snippet saved last, while it may still get a note; `editing` while its form is open. */
  let noteFor: string | null = null;
  let editing = false;
  let pointerDown = false;
  let settleTimer = 0;
  let statusTimer = 0;

  const draw = () => {
    if (!shadow) {
      if (!button && !status.message) return;
      shadow = createShadowHost('dossier-snippet-ui', css, doc);
    }
    render(
      <div class="layer">
        {button && <SnippetButton top={button.top} left={button.left} busy={busy} onSave={() => void press()} />}
        <div class="after">
          {editing && <SnippetNoteForm busy={busy} onSave={(note, tags) => void submitNote(note, tags)} onCancel={closeNote} />}
          <SnippetButtonStatus message={status.message} error={status.error} />
          {noteFor && !editing && (
            <button type="button" class="plain" data-testid="snippet-add-note" onClick={openNote}>
              {t('snip_add_note')}
            </button>
          )}
        </div>
      </div>,
      shadow.container,
    );
  };

  const setStatus = (message: string, error: boolean, ms: number) => {
    status = { message, error };
    draw();
    win.clearTimeout(statusTimer);
    statusTimer = win.setTimeout(() => {
      if (editing) return;
      status = { message: '', error: false };
      noteFor = null;
      draw();
    }, ms);
  };

  const focusIn = (selector: string) => (shadow?.root.querySelector(selector) as HTMLElement | null)?.focus();

  const openNote = () => {
    editing = true;
    status = { message: '', error: false };
    draw();
    focusIn('[data-testid="snippet-note"]');
  };

  const closeNote = () => {
    editing = false;
    noteFor = null;
    draw();
  };

  const submitNote = async (note: string, tags: string[]) => {
    if (!noteFor || busy) return;
    busy = true;
    draw();
    let result: SnippetSaveResult;
    try {
      result = await saveNote(noteFor, note, tags);
    } catch (error) {
      result = { ok: false, reason: 'invalid', message: error instanceof Error ? error.message : String(error) };
    }
    busy = false;
    if (result.ok) {
      editing = false;
      noteFor = null;
      setStatus(t('snip_note_saved'), false, STATUS_MS);
    } else setStatus(result.reason === 'quota' ? t('snip_error_quota') : t('snip_error', result.message), true, SAVED_MS);
  };

  const inLayer = (target: EventTarget | null) => !!shadow && (target === shadow.host || shadow.host.contains(target as Node | null));

  const hide = () => {
    if (!button) return;
    button = null;
    draw();
  };

  const update = () => {
    settleTimer = 0;
    const range = enabled && !pointerDown ? selectionRange(doc) : null;
    if (!range) return hide();
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const left = Math.max(4, Math.min(last.right + BUTTON.gap, win.innerWidth - BUTTON.width - 4));
    const below = last.bottom + BUTTON.gap;
    const top = below + BUTTON.height > win.innerHeight ? Math.max(4, last.top - BUTTON.height - BUTTON.gap) : below;
    button = { range: range.cloneRange(), top, left };
    draw();
  };

  const settle = () => {
    win.clearTimeout(settleTimer);
    settleTimer = win.setTimeout(update, SETTLE_MS);
  };

  const press = async () => {
    if (!button || busy) return;
    busy = true;
    draw();
    const outcome = await save(button.range);
    busy = false;
    if (outcome.ok) button = null;
    draw();
    // Focus was on our button, now gone: it goes on to "Add a note" rather than to the page's top.
    if (outcome.ok) focusIn('[data-testid="snippet-add-note"]');
  };

  const onPointerDown = (e: Event) => {
    if (inLayer(e.target)) return;
    pointerDown = true;
    hide();
  };
  const onPointerUp = (e: Event) => {
    if (inLayer(e.target)) return;
    pointerDown = false;
    settle();
  };
  const onSelectionChange = () => {
    if (!pointerDown) settle();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && button) hide();
  };
  const onScroll = () => {
    if (button) settle();
  };
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('pointerup', onPointerUp, true);
  // Dragging selected text (or anything else the browser takes over) ends with pointercancel.
  doc.addEventListener('pointercancel', onPointerUp, true);
  doc.addEventListener('selectionchange', onSelectionChange);
  doc.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('scroll', onScroll, { passive: true, capture: true });

  return {
    setEnabled(on) {
      enabled = on;
      if (!on) hide();
    },
    announce(outcome) {
      const fresh = !shadow;
      if (fresh) shadow = createShadowHost('dossier-snippet-ui', css, doc);
      editing = false;
      noteFor = outcome.ok ? outcome.id : null;
      const ms = outcome.ok ? SAVED_MS : STATUS_MS;
      // A live region is only heard when its text changes after it exists.
      if (fresh) {
        setStatus('', !outcome.ok, ms);
        win.setTimeout(() => setStatus(messageOf(outcome), !outcome.ok, ms), 60);
      } else setStatus(messageOf(outcome), !outcome.ok, ms);
    },
    destroy() {
      win.clearTimeout(settleTimer);
      win.clearTimeout(statusTimer);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('pointerup', onPointerUp, true);
      doc.removeEventListener('pointercancel', onPointerUp, true);
      doc.removeEventListener('selectionchange', onSelectionChange);
      doc.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('scroll', onScroll, { capture: true });
      if (shadow) {
        render(null, shadow.container);
        shadow.remove();
      }
      shadow = null;
    },
  };
}
