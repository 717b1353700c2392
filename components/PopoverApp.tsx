/** The popover's state: which entity it shows, the way back through related entities, loading. */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { EntityCard } from '../lib/messages/protocol';
import { EntityPopover } from './EntityPopover';
import { t } from './i18n';

export interface PopoverAppProps {
  /** The entity of the highlight the popover was opened on. */
  entityId: string;
  loadCard(id: string): Promise<EntityCard | null>;
  onOpenOptions(id: string): void;
  onClose(): void;
  /** Called after each render, so the host can place the panel next to its highlight. */
  onRendered(): void;
  /** Saves the sentence around the highlight as a snippet; absent where saving is not available. */
  onSaveSnippet?: () => void;
}

type State = { status: 'loading' } | { status: 'ready'; card: EntityCard } | { status: 'error'; message: string };

export function PopoverApp({ entityId, loadCard, onOpenOptions, onClose, onRendered, onSaveSnippet }: PopoverAppProps) {
  const [trail, setTrail] = useState<string[]>([entityId]);
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => setTrail([entityId]), [entityId]);
  const shown = trail[trail.length - 1] ?? entityId;
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadCard(shown).then(
      (card) => live && setState(card ? { status: 'ready', card } : { status: 'error', message: t('pop_gone') }),
      (e: unknown) => live && setState({ status: 'error', message: t('pop_load_failed', (e as Error).message) }),
    );
    return () => {
      live = false;
    };
  }, [shown, loadCard]);
  useLayoutEffect(onRendered);

  if (state.status !== 'ready')
    return (
      <div class="panel" role="dialog" aria-label={t('extName')} data-testid="popover" aria-busy={state.status === 'loading'}>
        <p class={state.status === 'error' ? 'message error' : 'message'}>{state.status === 'error' ? state.message : t('pop_loading')}</p>
      </div>
    );
  return (
    <EntityPopover
      card={state.card}
      onSelectRelated={(id) => setTrail((t) => [...t, id])}
      onBack={trail.length > 1 ? () => setTrail((t) => t.slice(0, -1)) : undefined}
      onOpenOptions={onOpenOptions}
      onClose={onClose}
      onSaveSnippet={trail.length === 1 ? onSaveSnippet : undefined}
    />
  );
}
