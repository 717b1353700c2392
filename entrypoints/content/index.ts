import './highlights.css';
import { mountPopoverLayer } from '../../components/PopoverLayer';
import { mountSnippetLayer } from '../../components/SnippetButtonLayer';
import type { EntityCard } from '../../lib/messages/protocol';
import { createClient, isPageRequest } from '../../lib/messages/client';
import { HighlightSheet } from '../../lib/page/highlight-sheet';
import { PageController } from '../../lib/page/page-controller';
import { SnippetFinder } from '../../lib/page/snippet-finder';
import { SnippetSaver } from '../../lib/page/snippet-saver';
import { SNIPPET_CSS } from '../../lib/page/snippet-style';
import { readPageMetadata } from '../../lib/snippets/metadata';
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
      saveMention: (mark) => void saver.saveMention(mark),
    });
    const controller: PageController = new PageController({
      doc: document,
      loadLexicon: async (words) => (await request({ type: 'lexicon.get', ...(words === 'whole' ? { whole: true } : words ? { words } : {}) })).lexicon,
      reportCount: (count) => void request({ type: 'page.count', count }).catch(() => {}),
      popover,
      captureSnippet: async () => (await saver.saveSelection()).ok,
    });

    // Snippets: found again on load (and as content arrives), saved from a selection or the popover.
    const snippetSheet = new HighlightSheet(document);
    const finder = new SnippetFinder({
      doc: document,
      load: () => request({ type: 'snippet.forPage', canonicalUrl: readPageMetadata(document, location.href).url }),
      report: (placements) => void request({ type: 'snippet.placed', placements }).catch(() => {}),
    });
    const snippetLayer = mountSnippetLayer({
      save: (range) => saver.saveSelection(range),
      saveNote: (id, note, tags) => request({ type: 'snippet.note', id, note, tags }),
    });
    const saver: SnippetSaver = new SnippetSaver({
      context: () => ({ doc: document, href: location.href, entitiesIn: (text) => controller.entitiesIn(text) }),
      send: (draft) => request({ type: 'snippet.save', snippet: draft }),
      show: (snippet) => {
        snippetSheet.set(SNIPPET_CSS);
        finder.add(snippet);
      },
      announce: (outcome) => snippetLayer.announce(outcome),
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
      void controller.apply(settings).then(() => {
        const on = controller.enabled && !ctx.isInvalid;
        snippetLayer.setEnabled(on);
        if (on) {
          snippetSheet.set(SNIPPET_CSS);
          finder.start();
        } else {
          finder.stop();
          snippetSheet.remove();
        }
      });
    };
    const unwatch = watchSettings(browser.storage.onChanged, apply);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      controller.destroy();
      popover.destroy();
      finder.stop();
      snippetLayer.destroy();
      snippetSheet.remove();
    });

    const stored = await loadSettings(browser.storage.local);
    // A change that arrived while loading is newer than what was loaded.
    if (!latest && !ctx.isInvalid) apply(stored);
  },
});
