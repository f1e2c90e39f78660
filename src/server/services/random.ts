import { randomBytes } from 'node:crypto';
import { newId, newInviteCode } from '../../shared/index.js';

/** Server-side ids and invite codes from the operating system's random source. */
export const makeId = (prefix: string): string => newId((n) => randomBytes(n), prefix);
export const makeInviteCode = (): string => newInviteCode((n) => randomBytes(n));
