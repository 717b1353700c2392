/** One snippet in the library: its quote, dates, entities, note, tags and placement, with its actions. */
import { useRef, useState } from 'preact/hooks';
import type { ValidationError } from '../../../lib/dataset/validate';
import { isoDate } from '../../../lib/snippets/export-common';
import type { Snippet } from '../../../lib/snippets/schema';
import { t } from '../../i18n';
import { formatDateTime, formatPartialDate } from '../format';
import { entityHref } from '../route';
import { PlacementNote } from './PlacementNote';
import { SnippetEditor } from './SnippetEditor';

export interface SnippetCardProps {
  snippet: Snippet;
  names: Record<string, string>;
  selected: boolean;
  onSelect(selected: boolean): void;
  onSave(note: string, tags: string[]): Promise<ValidationError[] | void>;
  onDelete(): void;
  onOpen(): void;
}

export function SnippetCard({ snippet: s, names, selected, onSelect, onSave, onDelete, onOpen }: SnippetCardProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const quoteId = `lib-quote-${s.id}`;
  const published = isoDate(s.publishedAt);

  const close = () => {
    setEditing(false);
    // Back to where the keyboard user was, once the button is rendered again.
    setTimeout(() => editButton.current?.focus());
  };

  return (
    <article class={`lib-snippet${selected ? ' lib-selected' : ''}`} data-testid="lib-snippet" data-snippet-id={s.id} aria-labelledby={quoteId}>
      <div class="lib-snippet-body">
        <input type="checkbox" class="lib-check" checked={selected} aria-label={t('lib_select_one')} aria-describedby={quoteId} data-testid="lib-select" onChange={(e) => onSelect(e.currentTarget.checked)} />
        <div class="lib-snippet-main">
          <blockquote id={quoteId} class="lib-quote" data-testid="lib-quote">
            <bdi>{s.quote}</bdi>
          </blockquote>
          <PlacementNote placement={s.placement} />
          <dl class="lib-meta">
            <div>
              <dt>{t('lib_saved_on')}</dt>
              <dd>
                <time dateTime={s.savedAt}>{formatDateTime(s.savedAt)}</time>
              </dd>
            </div>
            {published && (
              <div>
                <dt>{t('lib_published_on')}</dt>
                <dd>
                  <time dateTime={published}>{formatPartialDate(published)}</time>
                </dd>
              </div>
            )}
            {s.author && (
              <div>
                <dt>{t('lib_author')}</dt>
                <dd>
                  <bdi>{s.author}</bdi>
                </dd>
              </div>
            )}
          </dl>
          {s.entities.length > 0 && (
            <div class="lib-row">
              <span class="lib-row-label">{t('lib_entities')}</span>
              <ul class="lib-inline-list" data-testid="lib-entities">
                {s.entities.map((id) => (
                  <li key={id}>
                    <a href={entityHref(id)} data-entity-id={id}>
                      <bdi>{names[id] ?? id}</bdi>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {editing ? (
            <SnippetEditor
              id={s.id}
              note={s.note}
              tags={s.tags}
              onCancel={close}
              onSave={async (note, tags) => {
                const errors = await onSave(note, tags);
                if (!errors?.length) close();
                return errors;
              }}
            />
          ) : (
            <>
              <div class="lib-row">
                <span class="lib-row-label">{t('lib_note')}</span>
                {s.note ? (
                  <p class="lib-note" data-testid="lib-note">
                    <bdi>{s.note}</bdi>
                  </p>
                ) : (
                  <p class="lib-note muted" data-testid="lib-note" data-empty="true">
                    {t('lib_no_note')}
                  </p>
                )}
              </div>
              {s.tags.length > 0 && (
                <div class="lib-row">
                  <span class="lib-row-label">{t('lib_tags')}</span>
                  <ul class="lib-inline-list lib-tags" data-testid="lib-tags">
                    {s.tags.map((tag) => (
                      <li key={tag} class="lib-tag">
                        <bdi>{tag}</bdi>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div class="lib-actions">
                <button type="button" class="button subtle" ref={editButton} data-testid="lib-edit" aria-describedby={quoteId} onClick={() => setEditing(true)}>
                  {t('lib_edit')}
                </button>
                <button type="button" class="button subtle" data-testid="lib-open" aria-describedby={quoteId} onClick={onOpen}>
                  {t('lib_open_page')}
                </button>
                <button type="button" class="button subtle lib-danger" data-testid="lib-delete" aria-describedby={quoteId} onClick={onDelete}>
                  {t('lib_delete')}
                </button>
              </div>
            </>
          )}
        </div>
      </div>
    </article>
  );
}
