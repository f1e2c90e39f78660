import plenaryMessages from 'virtual:messages/en/plenary';
import type { LiveState } from '../../domain/facilitation/index.js';
import type { BoardSummary } from '../apiTypes.js';
import { spotlightSteps } from './spotlightSteps.js';
import type { Steering } from './useSteering.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(plenaryMessages);

interface Props {
  state: LiveState;
  boards: BoardSummary[];
  groups: { id: string; name: string }[];
  steer: Steering;
}

/** Previous / next group while groups present: everyone's screen follows the spotlight. */
export function SpotlightStepper({ state, boards, groups, steer }: Props) {
  const { t } = useI18n();
  const steps = spotlightSteps(
    state.spotlight,
    boards,
    groups.map((g) => g.id),
  );
  if (!steps) return null;
  const nameOf = (groupId: string) => groups.find((g) => g.id === groupId)?.name ?? t('plenary.stepper.theGroup');
  return (
    <span className="spotlight-stepper" role="group" aria-label={t('plenary.stepper.label')}>
      <button
        type="button"
        className="button button-small"
        disabled={!steps.previous}
        onClick={() => steps.previous && steer.spotlight(steps.previous)}
      >
        {steps.previous ? t('plenary.stepper.previousTo', { group: nameOf(steps.previous.groupId) }) : t('plenary.stepper.previous')}
      </button>
      <span className="muted">{t('plenary.stepper.position', { position: steps.index + 1, count: steps.count })}</span>
      <button
        type="button"
        className="button button-small"
        disabled={!steps.next}
        onClick={() => steps.next && steer.spotlight(steps.next)}
      >
        {steps.next ? t('plenary.stepper.nextTo', { group: nameOf(steps.next.groupId) }) : t('plenary.stepper.next')}
      </button>
    </span>
  );
}
