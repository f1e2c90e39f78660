import type { Activity, BoardKind, Role, WorkshopLanguage } from '../domain/index.js';

/** Answers of the HTTP API as docs/api.md states them. Only types: nothing here is checked at run time. */

export interface Account {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
}

export interface WorkshopRef {
  id: string;
  title: string;
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface ProjectRef {
  id: string;
  title: string;
}

/** A group and the project it works on (null: the workshop has no projects). */
export interface GroupRef extends NamedRef {
  projectId: string | null;
}

export type BoardAccessLevel = 'write' | 'read';

/** GET /api/me: `{ signedIn: false }` when nobody is signed in. */
export type MeResponse =
  | { signedIn: false }
  | { signedIn: true; account: Account }
  | {
      signedIn: true;
      participant: { id: string; name: string; organisation: string; role: Role; groupId: string | null };
      /** Null when the workshop has been deleted since joining. */
      workshop: WorkshopRef | null;
    };

export interface JoinResponse {
  participant: { id: string; name: string; role: Role; group: NamedRef | null };
  workshop: WorkshopRef;
  token: string;
}

/** GET /api/session/methods: the ways this server signs facilitators in (SPEC I1, I5). */
export interface SignInMethods {
  password: boolean;
  /** Single sign-on: the provider's name for the button, and the path that starts it. */
  sso: { name: string; path: string } | null;
}

export interface SignInResponse {
  account: Account;
}

export interface WorkshopSummary {
  id: string;
  title: string;
  createdAt: string;
  /** The city the workshop's maps join the atlas of; null: none. */
  city: string | null;
  /** Counts. */
  groups: number;
  participants: number;
  boards: number;
  /** When the workshop will be deleted (SPEC K3), and whether that is within the warning days. */
  deleteOn: string | null;
  deletionSoon: boolean;
}

export interface BoardSummary {
  id: string;
  kind: BoardKind;
  title: string;
  groupId: string | null;
  projectId: string | null;
  /** The agenda activity the board was made for; null for a board added by hand. */
  activityId: string | null;
  /** Locked read-only for everyone by a facilitator (SPEC A13). */
  locked: boolean;
  access: BoardAccessLevel;
}

export interface PersonSummary {
  id: string;
  name: string;
  organisation: string;
  role: Role;
  groupId: string | null;
}

export interface WorkshopDetail {
  workshop: {
    id: string;
    title: string;
    description: string;
    meetingLink: string | null;
    city: string | null;
    /** SPEC F6: what the workshop's pages open in for a person who has not chosen; null: not set. */
    language: WorkshopLanguage | null;
    agenda: Activity[];
  };
  /** `projectId`: the project my group works on. */
  me: { role: Role; participantId: string | null; groupId: string | null; projectId: string | null };
  groups: GroupRef[];
  projects: ProjectRef[];
  /** The `/collab` name of the workshop's control document (SPEC A8). */
  controlDocId: string;
  /** Only the boards the caller may open. */
  boards: BoardSummary[];
  participants: PersonSummary[];
  /** How long the workshop is kept (SPEC K1, K3); null once it is gone. */
  retention: RetentionInfo | null;
}

export interface RetentionInfo {
  months: number;
  minMonths: number;
  maxMonths: number;
  defaultMonths: number;
  lastActivityAt: string;
  deleteOn: string;
  deletionSoon: boolean;
}

/** POST /api/workshops/:id/groups/assign/preview: who would move; send `groups` back to apply it. */
export interface RegroupPreview {
  groupCount: number;
  groups: { groupId: string | null; name: string; participantIds: string[] }[];
  moves: {
    participantId: string;
    name: string;
    organisation: string;
    from: NamedRef | null;
    to: { id: string | null; name: string };
  }[];
}

/** GET /api/templates: the agendas a new workshop can start from. */
export interface TemplateSummary {
  id: string;
  title: string;
  description: string;
  agenda: Activity[];
}

export interface InviteSummary {
  code: string;
  role: Role;
  groupId: string | null;
  createdAt: string;
  revokedAt: string | null;
  /** `/join/<code>` */
  path: string;
}

export interface BoardResponse {
  board: { id: string; kind: BoardKind; title: string; groupId: string | null; projectId: string | null; locked: boolean };
  access: BoardAccessLevel;
  /** `access` is "read" only because another group's board is in the spotlight (SPEC A12). */
  presented: boolean;
  /** `language`: SPEC F6, what the board page opens in for someone who has not chosen; null: not set. */
  workshop: WorkshopRef & { language: WorkshopLanguage | null };
}

/** GET /api/workshops/:id/facilitators: who facilitates a workshop (SPEC A14). */
export interface FacilitatorsResponse {
  owner: AccountRef | null;
  facilitators: AccountRef[];
  /** Whether the caller may share the workshop and take it back: its owner (or an admin). */
  canManage: boolean;
}

export interface AccountRef {
  id: string;
  name: string;
  email: string;
}

export interface TokenResponse {
  token: string;
  expiresAt: string;
}

/** A personal API token as GET /api/account/tokens lists it: never the token itself (SPEC N3). */
export interface ApiTokenView {
  id: string;
  name: string;
  scope: 'read' | 'read-write';
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}
