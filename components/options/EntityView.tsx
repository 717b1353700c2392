import { useEffect, useRef, useState } from 'preact/hooks';
import { Slug } from '../../lib/dataset/schema';
import type { Client } from '../../lib/messages/client';
import { entityVersion } from '../../lib/db/edit-checks';
import type { EntityCard } from '../../lib/messages/protocol';
import { isolate } from '../bidi';
import { t } from '../i18n';
import { DeleteEntityButton } from './editor/DeleteEntityButton';
import { EntityDetails } from './EntityDetails';
import { editHref, LIST_HREF, navigate } from './route';
import { IsolatedText } from '../IsolatedText';
import { isolateQuoted } from './quotedText';

type State = { status: 'loading' } | { status: 'found'; card: EntityCard } | { status: 'missing' } | { status: 'error'; message: string };

interface Props {
  client: Client;
  id: string;
  /** Names of the installed datasets by id, to say where the entity came from. */
  datasetNames: Record<string, string>;
  /** Changes when the background reports new data (useDataChanges): the card is read again in place. */
  dataVersion?: number;
}

/** One entity's page at `#/entity/<id>`: loads its card and shows it with Edit and Delete, or says that no such entity exists. */
export function EntityView({ client, id, datasetNames, dataVersion = 0 }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  /** Bumped to read the card again (after a refused delete). */
  const [reloads, setReloads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    // A card already shown stays until the new one arrives: a refresh does not flash "Loading".
    setState((s) => (s.status === 'found' && s.card.entity.id === id ? s : { status: 'loading' }));
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
  }, [client, id, reloads, dataVersion]);

  // After navigating, move focus to the new page's heading so screen readers announce it; a
  // refresh of the same entity leaves focus where it is.
  useEffect(() => {
    if (state.status !== 'loading') heading.current?.focus();
  }, [state.status]);
  useEffect(() => {
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
          <p data-testid="entity-missing">
            <IsolatedText msg="opt_entity_missing" values={[id]} />
          </p>
        </>
      )}
      {state.status === 'error' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {t('opt_entity_error_heading')}
          </h2>
          <p class="error" role="alert">
            {isolateQuoted(state.message)}
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
              <DeleteEntityButton
                client={client}
                id={id}
                basedOn={entityVersion(state.card.entity)}
                onDeleted={() => navigate(LIST_HREF)}
                onReload={() => setReloads((n) => n + 1)}
              />
            </>
          }
        />
      )}
    </article>
  );
}
