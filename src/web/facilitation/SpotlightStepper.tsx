import type { LiveState } from '../../domain/facilitation/index.js';
import type { BoardSummary } from '../apiTypes.js';
import { spotlightSteps } from './spotlightSteps.js';
import type { Steering } from './useSteering.js';

interface Props {
  state: LiveState;
  boards: BoardSummary[];
  groups: { id: string; name: string }[];
  steer: Steering;
}

/** Previous / next group while groups present: everyone's screen follows the spotlight. */
export function SpotlightStepper({ state, boards, groups, steer }: Props) {
  const steps = spotlightSteps(
    state.spotlight,
    boards,
    groups.map((g) => g.id),
  );
  if (!steps) return null;
  const nameOf = (groupId: string) => groups.find((g) => g.id === groupId)?.name ?? 'the group';
  return (
    <span className="spotlight-stepper" role="group" aria-label="Step through the groups">
      <button
        type="button"
        className="button button-small"
        disabled={!steps.previous}
        onClick={() => steps.previous && steer.spotlight(steps.previous)}
      >
        Previous group{steps.previous ? `: ${nameOf(steps.previous.groupId)}` : ''}
      </button>
      <span className="muted">
        {steps.index + 1} of {steps.count}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={!steps.next}
        onClick={() => steps.next && steer.spotlight(steps.next)}
      >
        Next group{steps.next ? `: ${nameOf(steps.next.groupId)}` : ''}
      </button>
    </span>
  );
}
