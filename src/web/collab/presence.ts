import { roles, type Role } from '../../domain/index.js';
import { graphemes, truncateText } from '../../shared/index.js';

/** Someone on a board now, from the awareness state their client shares. */
export interface Presence {
  clientId: number;
  name: string;
  role: Role;
  /** One of `presenceColours`; always shown with the person's name, never alone. */
  colour: string;
  isMe: boolean;
}

/** What this client shares under the awareness field `user`. */
export interface LocalUser {
  name: string;
  role: Role;
  colour: string;
}

/** Deep colours, each at least 6:1 against white, so white initials on them pass WCAG AA. */
export const presenceColours = ['#0b6e69', '#1d5fa8', '#6b3fa0', '#9b2c5a', '#3d6b1f', '#8a4b12', '#b3261e', '#4a5559'] as const;

/** The same name gets the same colour on every screen and every visit. */
export function colourFor(name: string): string {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  return presenceColours[hash % presenceColours.length] ?? presenceColours[0];
}

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = graphemes(words[0] ?? '')[0] ?? '?';
  const last = words.length > 1 ? (graphemes(words[words.length - 1] ?? '')[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * Restores peers' awareness states before trusting them (STYLE 5): a state without a usable
 * `user` is skipped; an unknown role or colour is replaced, so a peer cannot put an
 * unreadable colour on everyone's screen. Sorted: me first, then by name.
 */
export function presenceFrom(states: ReadonlyArray<{ clientId: number; [key: string]: unknown }>, myClientId: number): Presence[] {
  const out: Presence[] = [];
  for (const state of states) {
    const user = state.user as { name?: unknown; role?: unknown; colour?: unknown } | undefined;
    if (!user || typeof user !== 'object' || typeof user.name !== 'string') continue;
    const name = truncateText(user.name.trim(), 80, '');
    if (!name) continue;
    const role = roles.includes(user.role as Role) ? (user.role as Role) : 'participant';
    const colour = (presenceColours as readonly string[]).includes(user.colour as string) ? (user.colour as string) : colourFor(name);
    out.push({ clientId: state.clientId, name, role, colour, isMe: state.clientId === myClientId });
  }
  return out.sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name));
}
