/**
 * Mounts the popover on the page: a <dossier-popover> host with an open shadow root, opened and
 * closed by the PopoverTrigger, rendering PopoverApp next to its highlight. Returns the handle the
 * content script uses for the settings (open delay) and for moving between highlights.
 */
import { render } from 'preact';
import type { EntityCard } from '../lib/messages/protocol';
import { placePopover } from '../lib/popover/position';
import { PopoverTrigger } from '../lib/popover/trigger';
import { createShadowHost, type ShadowHost } from '../lib/ui/shadow-host';
import { cycleFocus, firstFocusable } from '../lib/ui/focus';
import { PopoverApp } from './PopoverApp';
import css from './popover.css?inline';

export interface PopoverLayerOptions {
  loadCard(id: string): Promise<EntityCard | null>;
  openOptions(id: string): void;
  /** Saves the sentence around a highlight as a snippet (the popover's "Save sentence" action). */
  saveMention?(mark: HTMLElement): void;
  /** How long the pointer rests on a highlight before the popover opens (default 300 ms). */
  openDelayMs?: number;
  doc?: Document;
}

export interface PopoverLayer {
  /** The highlight whose popover is open, if any. */
  current(): HTMLElement | null;
  setOpenDelay(ms: number): void;
  /** Focuses a highlight without opening its popover (Enter or Space opens it). */
  focusQuietly(mark: HTMLElement): void;
  close(): void;
  destroy(): void;
}

export function mountPopoverLayer({ loadCard, openOptions, saveMention, openDelayMs, doc = document }: PopoverLayerOptions): PopoverLayer {
  let shadow: ShadowHost | null = null;
  let anchor: HTMLElement | null = null;
  const win = doc.defaultView ?? window;

  const place = () => {
    const panel = shadow?.container.firstElementChild as HTMLElement | null;
    if (!panel || !anchor) return;
    if (!anchor.isConnected) return trigger.close();
    const rects = anchor.getClientRects();
    const r = rects[0] ?? anchor.getBoundingClientRect();
    const p = placePopover(r, { width: panel.offsetWidth, height: panel.offsetHeight }, { width: win.innerWidth, height: win.innerHeight });
    panel.style.top = `${p.top}px`;
    panel.style.left = `${p.left}px`;
  };

  const host = () => {
    if (!shadow) {
      shadow = createShadowHost('dossier-popover', css, doc);
      shadow.root.addEventListener('keydown', (e) => cycleFocus(e as KeyboardEvent, shadow!.container, shadow!.root));
    }
    return shadow;
  };

  const trigger = new PopoverTrigger({
    doc,
    openDelayMs,
    inPopover: (t) => !!shadow && (t === shadow.host || shadow.host.contains(t as Node | null)),
    onOpen(mark) {
      anchor = mark;
      const { container } = host();
      render(
        <PopoverApp
          key={`${mark.dataset.entityId}-${Date.now()}`}
          entityId={mark.dataset.entityId ?? ''}
          loadCard={loadCard}
          onOpenOptions={(id) => {
            trigger.close();
            openOptions(id);
          }}
          onClose={() => trigger.close(true)}
          onRendered={place}
          onSaveSnippet={
            saveMention &&
            (() => {
              trigger.close(true);
              saveMention(mark);
            })
          }
        />,
        container,
      );
      place();
    },
    onClose() {
      anchor = null;
      if (shadow) render(null, shadow.container);
    },
    onEnterPopover() {
      if (shadow) firstFocusable(shadow.container)?.focus();
    },
  });
  trigger.start();
  const onViewportChange = () => anchor && place();
  win.addEventListener('scroll', onViewportChange, { passive: true, capture: true });
  win.addEventListener('resize', onViewportChange, { passive: true });

  return {
    current: () => trigger.current,
    setOpenDelay: (ms) => trigger.setOpenDelay(ms),
    focusQuietly: (mark) => trigger.focusQuietly(mark),
    close: () => trigger.close(),
    destroy() {
      trigger.stop();
      win.removeEventListener('scroll', onViewportChange, { capture: true });
      win.removeEventListener('resize', onViewportChange);
      if (shadow) {
        render(null, shadow.container);
        shadow.remove();
      }
      shadow = null;
    },
  };
}
