import './highlights.css';
import { mountPopoverLayer } from '../../components/PopoverLayer';
import type { EntityCard } from '../../lib/messages/protocol';
import { createClient } from '../../lib/messages/client';
import { Matcher } from '../../lib/match/matcher';
import { Annotator } from '../../lib/page/annotator';
import { prepareMark } from '../../lib/page/mark-attributes';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const request = createClient((message) => browser.runtime.sendMessage(message));
    const { lexicon } = await request({ type: 'lexicon.get' });
    if (lexicon.terms === 0 || ctx.isInvalid) return;

    const annotator = new Annotator({ matcher: new Matcher(lexicon), onMark: prepareMark });
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
    annotator.start();
    ctx.onInvalidated(() => {
      popover.destroy();
      annotator.stop();
    });
  },
});
