import atlasMessages from 'virtual:messages/en/atlas';
import { Link } from 'wouter';
import { addEnglish, useI18n } from '../i18n/index.js';
import type { AtlasAnswer, AtlasSource } from './atlasData.js';

addEnglish(atlasMessages);

/** Where an element came from, each a link to its project board (the map it was drawn on). */
export function AtlasSources({
  answer,
  sources,
  onSplit,
}: {
  answer: AtlasAnswer;
  sources: AtlasSource[];
  onSplit?: (key: string) => void;
}) {
  const { t } = useI18n();
  const { places } = answer;
  return (
    <ul className="atlas-sources">
      {sources.map((s) => {
        const key = `${s.board}/${s.element}`;
        const project = s.project ? places.projects[s.project] : null;
        return (
          <li key={key}>
            <Link href={`/b/${encodeURIComponent(s.board)}`}>{places.boards[s.board] ?? s.board}</Link>
            <span className="muted">
              {' '}
              · {project ?? t('atlas.source.noProject')} · {places.workshops[s.workshop] ?? s.workshop}
            </span>
            {onSplit && sources.length > 1 && (
              <button type="button" className="button button-small button-quiet" onClick={() => onSplit(key)}>
                {t('atlas.source.split')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
