import { checkedField, checkText, type Checked } from '../plainChecks.js';

/**
 * An activity's id as agenda.ts's `activitySchema` takes it (trimmed, 1–64 characters), as a
 * plain function: the control document's writers run in the browser, where zod is not loaded
 * (plainChecks.ts). test/unit/facilitation/plainChecks.test.ts checks both agree.
 */
export function checkActivityId(value: unknown): Checked<string> {
  return checkedField(
    checkText(value, ['id'], { trim: true, min: 1, minMessage: 'is required', max: 64, maxMessage: 'is longer than 64 characters' }),
  );
}
