import atlasMessages from 'virtual:messages/en/atlas';
import { addEnglish, useI18n } from '../i18n/index.js';
import type { AtlasAnswer, PictureActor } from './atlasData.js';
import { AtlasSources } from './AtlasSources.js';
import { betweennessText, projectsCount } from './atlasWords.js';

addEnglish(atlasMessages);

export interface Focus {
  actor: string;
  steps: number;
}

/**
 * The focused actor: its metrics, how far its neighbourhood reaches, where it came from (its
 * sources come with the atlas's details: `answer` is null until they arrive).
 */
export function AtlasActorPanel({
  actor,
  answer,
  focus,
  onFocus,
  onSplit,
}: {
  actor: PictureActor;
  answer: AtlasAnswer | null;
  focus: Focus;
  onFocus: (f: Focus | null) => void;
  onSplit: (actor: string, source: string) => void;
}) {
  const { t } = useI18n();
  const sources = answer?.map.actors.find((a) => a.id === actor.id)?.sources;
  return (
    <section aria-labelledby="atlas-focus" className="atlas-section atlas-focus panel">
      <h2 id="atlas-focus">{t('atlas.focus.title', { actor: actor.name })}</h2>
      <p className="muted">
        {t('atlas.focus.metrics', {
          degree: actor.degree,
          betweenness: betweennessText(actor.betweenness),
          projects: projectsCount(actor.projects),
        })}
      </p>
      <div className="field atlas-field">
        <label htmlFor="atlas-steps">{t('atlas.focus.steps')}</label>
        <select id="atlas-steps" value={focus.steps} onChange={(e) => onFocus({ ...focus, steps: Number(e.target.value) })}>
          {[1, 2, 3].map((n) => (
            <option key={n} value={n}>
              {t('atlas.focus.step', { count: n })}
            </option>
          ))}
        </select>
      </div>
      <h3>{t('atlas.focus.sources')}</h3>
      {answer ? (
        <AtlasSources answer={answer} sources={sources ?? []} onSplit={(key) => onSplit(actor.id, key)} />
      ) : (
        <p className="muted" role="status">
          {t('atlas.focus.sourcesLoading')}
        </p>
      )}
      <button type="button" className="button button-small" onClick={() => onFocus(null)}>
        {t('atlas.focus.clear')}
      </button>
    </section>
  );
}
