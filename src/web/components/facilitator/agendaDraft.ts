import type { Activity, ActivityKind } from '../../../domain/index.js';
import { newId } from '../../../shared/index.js';

/**
 * An agenda row as it is being typed: minutes as text, so a half-typed number or an emptied
 * title can sit in the form until saving, when the server's rules (domain agenda.ts) decide.
 */
export interface DraftActivity {
  id: string;
  title: string;
  kind: ActivityKind;
  minutes: string;
}

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

export function toDraft(agenda: readonly Activity[]): DraftActivity[] {
  return agenda.map((a) => ({ ...a, minutes: String(a.minutes) }));
}

/** What is sent: trimmed titles, minutes as numbers (a wrong one stays wrong, for the server to name). */
export function fromDraft(draft: readonly DraftActivity[]): Activity[] {
  return draft.map((a) => ({ id: a.id, title: a.title.trim(), kind: a.kind, minutes: Number(a.minutes.trim() || NaN) }));
}

/** A new row, titled in the interface's language ("New activity"): the title is the facilitator's to change. */
export function newDraftActivity(title: string): DraftActivity {
  return { id: newId(randomBytes, 'act'), title, kind: 'plenary', minutes: '15' };
}

/** Moves row `from` to position `to`, leaving the input alone. */
export function moved<T>(rows: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= rows.length || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(from, 1);
  if (row !== undefined) next.splice(to, 0, row);
  return next;
}
