import type { Activity } from '../../domain/index.js';
import { activityKindLabels } from '../labels.js';

/** The agenda as the room sees it: done, now (marked in words and with a bar), to come. */
export function PlenaryAgenda({ agenda, currentId }: { agenda: Activity[]; currentId: string | null }) {
  if (agenda.length === 0) return <p className="muted">No agenda yet.</p>;
  const at = agenda.findIndex((a) => a.id === currentId);
  return (
    <ol className="plenary-agenda">
      {agenda.map((activity, i) => {
        const state = i === at ? 'now' : at >= 0 && i < at ? 'done' : 'next';
        return (
          <li key={activity.id} className={`plenary-agenda-${state}`} aria-current={state === 'now' ? 'step' : undefined}>
            <span className="plenary-agenda-title">{activity.title}</span>
            <span className="plenary-agenda-meta">
              {state === 'now' && <strong>Now · </strong>}
              {state === 'done' && 'Done · '}
              {activityKindLabels[activity.kind] ?? activity.kind} · {activity.minutes} min
            </span>
          </li>
        );
      })}
    </ol>
  );
}
