import './highlights.css';
import { mountPopoverLayer } from '../../components/PopoverLayer';
import type { EntityCard } from '../../lib/messages/protocol';
import { createClient, isPageRequest } from '../../lib/messages/client';
import { PageController } from '../../lib/page/page-controller';
import type { Settings } from '../../lib/settings/settings';
import { loadSettings, watchSettings } from '../../lib/settings/store';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const request = createClient((message) => browser.runtime.sendMessage(message));
    // Cards are cached per page; an edited dataset (lexicon.changed) empties the cache.
    const cards = new Map<string, Promise<EntityCard | null>>();
    const popover = mountPopoverLayer({
      loadCard: (id) => {
        let card = cards.get(id);
        if (!card) {
          card = request({ type: 'entity.card', id });
          card.catch(() => cards.delete(id));
          cards.set(id, card);
        }
        return card;
      },
      openOptions: (entityId) => void request({ type: 'options.open', entityId }),
    });
    const controller = new PageController({
      doc: document,
      loadLexicon: async () => (await request({ type: 'lexicon.get' })).lexicon,
      reportCount: (count) => void request({ type: 'page.count', count }).catch(() => {}),
      popover,
    });

    // Listening before the settings and lexicon arrive: the popup gets an answer at once.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!isPageRequest(message)) return false;
      if (message.type === 'lexicon.changed') cards.clear();
      controller.handle(message).then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    let latest: Settings | null = null;
    const apply = (settings: Settings) => {
      latest = settings;
      popover.setOpenDelay(settings.popoverDelayMs);
      void controller.apply(settings);
    };
    const unwatch = watchSettings(browser.storage.onChanged, apply);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      controller.destroy();
      popover.destroy();
    });

    const stored = await loadSettings(browser.storage.local);
    // A change that arrived while loading is newer than what was loaded.
    if (!latest && !ctx.isInvalid) apply(stored);
  },
});
