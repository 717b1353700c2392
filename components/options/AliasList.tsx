import type { Alias } from '../../lib/dataset/schema';

/** The names an entity is recognised by, with each alias's language and matching flags. */
export function AliasList({ name, aliases }: { name: string; aliases: readonly Alias[] }) {
  return (
    <ul class="aliases">
      <li>
        <span class="alias-text">{name}</span> <span class="flag">main name</span>
      </li>
      {aliases.map((alias) => (
        <li key={alias.text} data-testid="alias">
          <span class="alias-text" lang={alias.lang}>
            {alias.text}
          </span>
          {alias.lang && (
            <>
              {' '}
              <span class="flag" title="Language">
                {alias.lang}
              </span>
            </>
          )}
          {alias.caseSensitive && (
            <>
              {' '}
              <span class="flag" title="Matched only with exactly this capitalisation">
                case-sensitive
              </span>
            </>
          )}
          {alias.needsContext && (
            <>
              {' '}
              <span class="flag" title="Highlighted only after the full name or another alias appeared on the page">
                needs context
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
