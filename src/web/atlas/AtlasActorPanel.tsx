import { plural } from '../../shared/index.js';
import type { AtlasAnswer } from './atlasData.js';
import { AtlasSources } from './AtlasSources.js';

export interface Focus {
  actor: string;
  steps: number;
}

/** The focused actor: its metrics, how far its neighbourhood reaches, where it came from. */
export function AtlasActorPanel({
  answer,
  focus,
  onFocus,
  onSplit,
}: {
  answer: AtlasAnswer;
  focus: Focus;
  onFocus: (f: Focus | null) => void;
  onSplit: (actor: string, source: string) => void;
}) {
  const actor = answer.map.actors.find((a) => a.id === focus.actor);
  if (!actor) return null;
  const m = answer.metrics[actor.id];
  return (
    <section aria-labelledby="atlas-focus" className="atlas-section atlas-focus panel">
      <h2 id="atlas-focus">Focus: {actor.name}</h2>
      {m && (
        <p className="muted">
          Degree {m.degree} · betweenness {m.betweenness.toFixed(3)} · on {plural(m.projects, 'project')}
        </p>
      )}
      <div className="field atlas-field">
        <label htmlFor="atlas-steps">Neighbours up to</label>
        <select id="atlas-steps" value={focus.steps} onChange={(e) => onFocus({ ...focus, steps: Number(e.target.value) })}>
          {[1, 2, 3].map((n) => (
            <option key={n} value={n}>
              {plural(n, 'step')}
            </option>
          ))}
        </select>
      </div>
      <h3>Where it came from</h3>
      <AtlasSources answer={answer} sources={actor.sources ?? []} onSplit={(key) => onSplit(actor.id, key)} />
      <button type="button" className="button button-small" onClick={() => onFocus(null)}>
        Clear focus
      </button>
    </section>
  );
}
