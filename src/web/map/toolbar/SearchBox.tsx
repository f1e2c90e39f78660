import editorMessages from 'virtual:messages/en/map.editor';
import { forwardRef, useId, useState } from 'react';
import type { Actor } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';

addEnglish(editorMessages);

interface Props {
  actors: Actor[];
  onFound: (actor: Actor) => void;
}

const maxResults = 8;

/**
 * "Find an actor": matches names as you type (any part, any case); Enter goes to the first,
 * or pick one from the list. Going to an actor selects it and brings it into view.
 */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ actors, onFound }, ref) {
  const id = useId();
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const words = query.trim().toLowerCase();
  const results = words ? actors.filter((a) => a.name.toLowerCase().includes(words)).slice(0, maxResults) : [];
  const go = (actor: Actor) => {
    onFound(actor);
    setQuery('');
  };
  return (
    <div className="map-search" role="search">
      <label htmlFor={id} className="visually-hidden">
        {t('map.editor.search')}
      </label>
      <input
        ref={ref}
        id={id}
        type="search"
        placeholder={t('map.editor.search.placeholder')}
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) {
            e.preventDefault();
            go(results[0]);
          } else if (e.key === 'Escape') setQuery('');
        }}
        aria-describedby={`${id}-status`}
      />
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {words ? t('map.editor.search.found', { count: results.length }) : ''}
      </p>
      {results.length > 0 && (
        <ul className="map-search-results">
          {results.map((actor) => (
            <li key={actor.id}>
              <button type="button" onClick={() => go(actor)}>
                {actor.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {words && results.length === 0 && <p className="map-search-results map-search-none">{t('map.editor.search.none')}</p>}
    </div>
  );
});
