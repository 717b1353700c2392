import { useEffect, useRef, useState } from 'preact/hooks';
import { Slug } from '../../lib/dataset/schema';
import type { Client } from '../../lib/messages/client';
import type { EntityCard } from '../../lib/messages/protocol';
import { EntityDetails } from './EntityDetails';
import { LIST_HREF } from './route';

type State = { status: 'loading' } | { status: 'found'; card: EntityCard } | { status: 'missing' } | { status: 'error'; message: string };

/** One entity's page at `#/entity/<id>`: loads its card and shows it, or says that no such entity exists. */
export function EntityView({ client, id }: { client: Client; id: string }) {
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
    document.title = state.status === 'found' ? `${state.card.entity.name} – Dossier` : 'Dossier';
  }, [state]);

  return (
    <article class="panel entity" data-testid="entity-view" data-entity-id={id} aria-busy={state.status === 'loading'}>
      <p>
        <a class="back" href={LIST_HREF}>
          ← All entities
        </a>
      </p>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'missing' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            Not found
          </h2>
          <p data-testid="entity-missing">No entity with id “{id}” is in the database.</p>
        </>
      )}
      {state.status === 'error' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            Could not load this entity
          </h2>
          <p class="error" role="alert">
            {state.message}
          </p>
        </>
      )}
      {state.status === 'found' && <EntityDetails card={state.card} headingRef={heading} />}
    </article>
  );
}
