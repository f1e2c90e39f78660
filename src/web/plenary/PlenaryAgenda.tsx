import type { Activity } from '../../domain/index.js';
import { agendaItemStates } from '../../domain/facilitation/index.js';
import { activityKindLabels } from '../labels.js';

const stateWords = { now: 'Now · ', done: 'Done · ', skipped: 'Skipped · ', next: '' } as const;

/**
 * The agenda as the room sees it: done, skipped (passed over by the facilitator, not struck
 * through), now (marked in words and with a bar), to come.
 */
export function PlenaryAgenda({ agenda, currentId, started }: { agenda: Activity[]; currentId: string | null; started: string[] | null }) {
  if (agenda.length === 0) return <p className="muted">No agenda yet.</p>;
  const states = agendaItemStates(agenda, currentId, started);
  return (
    <ol className="plenary-agenda">
      {agenda.map((activity, i) => {
        const state = states[i] ?? 'next';
        return (
          <li key={activity.id} className={`plenary-agenda-${state}`} aria-current={state === 'now' ? 'step' : undefined}>
            <span className="plenary-agenda-title">{activity.title}</span>
            <span className="plenary-agenda-meta">
              {state === 'now' ? <strong>{stateWords.now}</strong> : stateWords[state]}
              {activityKindLabels[activity.kind] ?? activity.kind} · {activity.minutes} min
            </span>
          </li>
        );
      })}
    </ol>
  );
}
