import { useEffect, useRef, useState } from 'preact/hooks';
import { Slug } from '../../lib/dataset/schema';
import type { Client } from '../../lib/messages/client';
import type { EntityCard } from '../../lib/messages/protocol';
import { isolate } from '../bidi';
import { t } from '../i18n';
import { DeleteEntityButton } from './editor/DeleteEntityButton';
import { EntityDetails } from './EntityDetails';
import { editHref, LIST_HREF, navigate } from './route';

type State = { status: 'loading' } | { status: 'found'; card: EntityCard } | { status: 'missing' } | { status: 'error'; message: string };

interface Props {
  client: Client;
  id: string;
  /** Names of the installed datasets by id, to say where the entity came from. */
  datasetNames: Record<string, string>;
}

/** One entity's page at `#/entity/<id>`: loads its card and shows it with Edit and Delete, or says that no such entity exists. */
export function EntityView({ client, id, datasetNames }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    // An id that cannot be a slug cannot exist; the background would refuse it as malformed.
    if (!Slug.safeParse(id).success) setState({ status: 'missing' });
    else
      client({ type: 'entity.card', id }).then(
        (card) => current && setState(card ? { status: 'found', card } : { status: 'missing' }),
        (e: unknown) => current && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      current = false;
    };
  }, [client, id]);

  // After navigating, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (state.status !== 'loading') heading.current?.focus();
    document.title = state.status === 'found' ? `${isolate(state.card.entity.name)} – ${t('extName')}` : t('extName');
  }, [state]);

  return (
    <article class="panel entity" data-testid="entity-view" data-entity-id={id} aria-busy={state.status === 'loading'}>
      <p>
        <a class="back" href={LIST_HREF}>
          {t('opt_back_to_list')}
        </a>
      </p>
      {state.status === 'loading' && <p class="muted">{t('opt_loading')}</p>}
      {state.status === 'missing' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {t('opt_entity_missing_heading')}
          </h2>
          <p data-testid="entity-missing">{t('opt_entity_missing', id)}</p>
        </>
      )}
      {state.status === 'error' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {t('opt_entity_error_heading')}
          </h2>
          <p class="error" role="alert">
            {state.message}
          </p>
        </>
      )}
      {state.status === 'found' && (
        <EntityDetails
          card={state.card}
          headingRef={heading}
          datasetName={datasetNames[state.card.datasetId]}
          actions={
            <>
              <a class="button" href={editHref(id)} data-testid="edit-entity">
                {t('opt_edit')}
              </a>
              <DeleteEntityButton client={client} id={id} onDeleted={() => navigate(LIST_HREF)} />
            </>
          }
        />
      )}
    </article>
  );
}
