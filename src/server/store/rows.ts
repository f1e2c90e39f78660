import type {
  Activity,
  Board,
  FacilitatorAccount,
  Group,
  Invite,
  Participant,
  Project,
  Role,
  Workshop,
  WorkshopLanguage,
} from '../../domain/index.js';
import type { Session } from './Store.js';

// Rows as both drivers return them. PostgreSQL returns BIGINT as a string and BOOLEAN as a
// boolean; SQLite returns numbers for both; BLOB/BYTEA come back as Node Buffers.
type Int = number | string;
type Bool = boolean | number;

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: Bool;
  created_at: string;
}
export interface SessionRow {
  id_hash: string;
  account_id: string | null;
  participant_id: string | null;
  expires_at: string;
}
export interface WorkshopRow {
  id: string;
  title: string;
  description: string;
  meeting_link: string | null;
  owner_id: string | null;
  agenda: string;
  created_at: string;
  /** Migration 008; sealed like the title on PostgreSQL (P4). */
  city?: string | null;
  /** Migration 016: a language code (SPEC F6), plain. */
  language?: string | null;
}
export interface ProjectRow {
  id: string;
  workshop_id: string;
  title: string;
}
export interface GroupRow {
  id: string;
  workshop_id: string;
  name: string;
  position: Int;
  project_id?: string | null;
}
export interface ParticipantRow {
  id: string;
  workshop_id: string;
  name: string;
  organisation: string;
  role: string;
  group_id: string | null;
  created_at: string;
}
export interface InviteRow {
  code: string;
  workshop_id: string;
  role: string;
  group_id: string | null;
  created_at: string;
  revoked_at: string | null;
}
export interface BoardRow {
  id: string;
  workshop_id: string;
  kind: string;
  title: string;
  group_id: string | null;
  project_id: string | null;
  created_at: string;
  activity_id: string | null;
  locked_at?: string | null;
}
export interface UpdateRow {
  seq: Int;
  update: Uint8Array;
}
export interface CompactedRow {
  state: Uint8Array;
  upto_seq: Int;
}

/** The key that makes emails unique: one person, one account, whatever the case typed. */
export function emailKey(email: string): string {
  return email.toLowerCase();
}

/**
 * A plain Uint8Array copy of a driver's Buffer: small Buffers share Node's pooled memory,
 * and callers may keep or transfer what they get.
 */
export function toBytes(b: Uint8Array): Uint8Array {
  return new Uint8Array(b);
}

export const toAccount = (r: AccountRow): FacilitatorAccount => ({
  id: r.id,
  email: r.email,
  name: r.name,
  passwordHash: r.password_hash,
  isAdmin: Boolean(r.is_admin),
  createdAt: r.created_at,
});

export const toSession = (r: SessionRow): Session => ({
  idHash: r.id_hash,
  accountId: r.account_id,
  participantId: r.participant_id,
  expiresAt: r.expires_at,
});

export const toWorkshop = (r: WorkshopRow): Workshop => ({
  id: r.id,
  title: r.title,
  description: r.description,
  meetingLink: r.meeting_link,
  ownerId: r.owner_id,
  agenda: JSON.parse(r.agenda) as Activity[],
  createdAt: r.created_at,
  // Only a workshop with a city carries the field, so workshops read back equal to what was created.
  ...(r.city ? { city: r.city } : {}),
  // Likewise the language: only PATCH /api/workshops/:id writes it, after checking it is one of the list.
  ...(r.language ? { language: r.language as WorkshopLanguage } : {}),
});

export const toProject = (r: ProjectRow): Project => ({ id: r.id, workshopId: r.workshop_id, title: r.title });

export const toGroup = (r: GroupRow): Group => ({
  id: r.id,
  workshopId: r.workshop_id,
  name: r.name,
  position: Number(r.position),
  projectId: r.project_id ?? null,
});

export const toParticipant = (r: ParticipantRow): Participant => ({
  id: r.id,
  workshopId: r.workshop_id,
  name: r.name,
  organisation: r.organisation,
  role: r.role as Role,
  groupId: r.group_id,
  createdAt: r.created_at,
});

export const toInvite = (r: InviteRow): Invite => ({
  code: r.code,
  workshopId: r.workshop_id,
  role: r.role as Role,
  groupId: r.group_id,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export const toBoard = (r: BoardRow): Board => ({
  id: r.id,
  workshopId: r.workshop_id,
  kind: r.kind as Board['kind'],
  title: r.title,
  groupId: r.group_id,
  projectId: r.project_id,
  createdAt: r.created_at,
  activityId: r.activity_id ?? null,
  // Only a locked board carries the field, so boards read back equal to what was created.
  ...(r.locked_at ? { lockedAt: r.locked_at } : {}),
});
