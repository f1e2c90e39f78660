import type { Activity } from '../../domain/index.js';
import { activityKindLabels } from '../labels.js';

/** The workshop's activities in order, with their planned durations. */
export function AgendaList({ agenda }: { agenda: Activity[] }) {
  if (agenda.length === 0) return <p className="muted">The agenda is empty: no activities are planned yet.</p>;
  const total = agenda.reduce((sum, a) => sum + a.minutes, 0);
  return (
    <>
      <ol className="agenda">
        {agenda.map((activity) => (
          <li key={activity.id}>
            <span className="agenda-title">{activity.title}</span>
            <span className="muted">
              {activityKindLabels[activity.kind] ?? activity.kind} · {activity.minutes} min
            </span>
          </li>
        ))}
      </ol>
      <p className="muted">
        {agenda.length} {agenda.length === 1 ? 'activity' : 'activities'}, {Math.floor(total / 60)} h {total % 60} min in all.
      </p>
    </>
  );
}
