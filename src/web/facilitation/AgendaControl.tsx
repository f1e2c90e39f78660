import type { Activity } from '../../domain/index.js';
import { Badge } from '../ui/Badge.js';
import { activityKindLabels } from '../labels.js';
import type { Steering } from './useSteering.js';

interface Props {
  agenda: Activity[];
  currentId: string | null;
  steer: Steering;
}

/** The agenda with the activity running now; Start moves everyone to it, End goes back to the plenary. */
export function AgendaControl({ agenda, currentId, steer }: Props) {
  if (agenda.length === 0)
    return <p className="muted">The agenda is empty. Add activities under “Edit the agenda” on the workshop home.</p>;
  return (
    <>
      <p className="hint">
        Start takes everyone to their group’s board for the activity, or to the plenary view, and starts its timer. Ending it, or starting
        another, saves a version of each of its maps.
      </p>
      <ol className="live-agenda">
        {agenda.map((activity) => {
          const current = activity.id === currentId;
          return (
            <li key={activity.id} className={current ? 'live-agenda-current' : undefined} aria-current={current ? 'step' : undefined}>
              <span className="live-agenda-text">
                <span className="live-agenda-title">
                  {activity.title}
                  {current && <Badge tone="accent">Now</Badge>}
                </span>
                <span className="muted">
                  {activityKindLabels[activity.kind] ?? activity.kind} · {activity.minutes} min
                </span>
              </span>
              {current ? (
                <button type="button" className="button button-small button-quiet" aria-label={`End ${activity.title}`} onClick={steer.end}>
                  End
                </button>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Start ${activity.title}`}
                  onClick={() => steer.start(activity)}
                >
                  Start
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
