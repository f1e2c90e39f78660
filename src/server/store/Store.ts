import type { Board, FacilitatorAccount, Group, Invite, Participant, Project, Workshop } from '../../domain/index.js';
import type { Booking, BookingStatus } from '../../domain/bookings/index.js';
import type { PrivateNote, PrivateRound } from '../../domain/facilitation/index.js';
import type { AtlasDecision } from '../../domain/atlas/index.js';
import type { PublicComment, PublicPage } from '../../domain/publicPage/index.js';
import type { WorkshopRetention } from '../../domain/retention.js';
import type { ApiToken } from '../../domain/apiTokens.js';

/** A stored Yjs update with its position in the board's log. */
/** A map board's open audience link (SPEC W1). */
export interface AudienceLink {
  boardId: string;
  /** The link's secret part: random, url-safe. */
  code: string;
  openedAt: string;
}

export interface StoredUpdate {
  seq: number;
  update: Uint8Array;
}

/** What a board's Yjs document is rebuilt from: the last compacted state plus later updates. */
export interface BoardState {
  /** Yjs state (Y.encodeStateAsUpdate) as of `compactedSeq`, or null if never compacted. */
  compacted: Uint8Array | null;
  compactedSeq: number;
  /** Updates after `compactedSeq`, in the order they were appended. */
  updates: StoredUpdate[];
}

/** A facilitator account's identity at an OpenID provider (SPEC I3, migration 015). */
export interface IdentityLink {
  /** The provider's issuer identifier, as its ID tokens carry it (`iss`). */
  issuer: string;
  /** The provider's id for the person (`sub`): opaque, stable, never reassigned. */
  subject: string;
  accountId: string;
  linkedAt: string;
}

/** A session behind a cookie: a signed-in facilitator account or a joined participant. */
export interface Session {
  /** sha-256 hex of the cookie value; the value itself is never stored. */
  idHash: string;
  accountId: string | null;
  participantId: string | null;
  expiresAt: string;
}

/**
 * Each board's Yjs log and its JSON snapshot: all that live editing (the sync core) needs
 * from storage. It knows bytes, not Yjs. test/contract/boardLog.contract.test.ts runs one
 * suite against every implementation.
 *
 * A board's log lives as long as its record (WorkshopRecords): `createBoard` starts it, and
 * `deleteBoard` or `deleteWorkshop` delete it with the record and scrub the bytes. So an
 * unknown board is one without a record; writing to it throws `BOARD_NOT_FOUND`.
 *
 * Durability (docs/SPEC.md D2, D4): `appendUpdates` resolves only after the updates are on
 * disk (SQLite: WAL with synchronous=FULL; PostgreSQL: a committed transaction), and
 * `compactBoard` never drops an update its state does not include.
 */
export interface BoardLog {
  /**
   * Appends updates in one transaction, durable when the promise resolves. Returns the last
   * seq (with no updates, the current one). Seqs are 1, 2, 3… per board, never reused.
   */
  appendUpdates(boardId: string, updates: Uint8Array[]): Promise<number>;
  /** The compacted state and the updates after it; an unknown board loads empty. */
  loadBoardState(boardId: string): Promise<BoardState>;
  /**
   * Replaces the compacted state and the updates up to and including `uptoSeq` with `state`
   * merged (Yjs) with what it replaces, and deletes those updates, in one transaction (SPEC
   * D10): `state` may lack updates another server instance appended; they are kept. An older
   * compaction than the stored one changes nothing; one past the last appended seq throws RangeError.
   */
  compactBoard(boardId: string, state: Uint8Array, uptoSeq: number): Promise<void>;
  /** Total bytes of the compacted state plus pending updates (for the size limit); 0 if unknown. */
  boardSize(boardId: string): Promise<number>;

  // plain JSON snapshots of boards, for exports, analysis and reports (SPEC D6)
  putBoardSnapshot(boardId: string, json: string, updatedAt: string): Promise<void>;
  getBoardSnapshot(boardId: string): Promise<{ json: string; updatedAt: string } | null>;
}

/**
 * Everything the server keeps about people and workshops, apart from what boards hold:
 * settings, accounts, sessions, workshops and what is in them, and the boards' records.
 * test/contract/records.contract.test.ts runs one suite against every implementation.
 */
export interface WorkshopRecords {
  // settings: small server-wide values (e.g. the token signing secret)
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  /**
   * Stores `value` under `key` unless the key has one; returns the stored value. Instances that
   * start together and each propose a value (the token secret) all get the same one.
   */
  settingOnce(key: string, value: string): Promise<string>;

  // facilitator accounts
  createAccount(account: FacilitatorAccount): Promise<void>; // throws AppError ACCOUNT_EXISTS on a taken email
  getAccount(id: string): Promise<FacilitatorAccount | null>;
  getAccountByEmail(email: string): Promise<FacilitatorAccount | null>;
  listAccounts(): Promise<FacilitatorAccount[]>;

  // single sign-on links (SPEC I3, migration 015)
  /** The account an identity at a provider is linked to, or null. */
  getAccountByIdentity(issuer: string, subject: string): Promise<FacilitatorAccount | null>;
  /**
   * Links an identity to an account. False, changing nothing, when the identity is linked
   * already or the account has another identity at that issuer.
   */
  linkIdentity(link: IdentityLink): Promise<boolean>;

  // sessions
  createSession(session: Session): Promise<void>;
  getSession(idHash: string): Promise<Session | null>;
  deleteSession(idHash: string): Promise<void>;
  /** Deletes sessions whose expiresAt is before `now`. Returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;

  // personal API tokens (SPEC N3, migration 014): only the token's hash is stored
  createApiToken(token: ApiToken, tokenHash: string): Promise<void>;
  getApiTokenByHash(tokenHash: string): Promise<ApiToken | null>;
  /** The account's tokens, revoked and expired ones too, newest first. */
  listApiTokens(accountId: string): Promise<ApiToken[]>;
  /** Revokes one of the account's tokens; null when the account has none of that id. */
  revokeApiToken(accountId: string, id: string, at: string): Promise<ApiToken | null>;

  // workshops
  createWorkshop(workshop: Workshop): Promise<void>;
  getWorkshop(id: string): Promise<Workshop | null>;
  updateWorkshop(workshop: Workshop): Promise<void>;
  /** All workshops, newest first; with `ownerId`, only that account's. */
  listWorkshops(ownerId?: string): Promise<Workshop[]>;
  /**
   * Deletes the workshop and everything in it (projects, groups, participants, invites,
   * boards, updates, snapshots, sessions of its participants), then scrubs the bytes:
   * SQLite overwrites freed pages (secure_delete) and truncates the WAL; PostgreSQL
   * vacuums the tables. Returns false if there was no such workshop.
   */
  deleteWorkshop(id: string): Promise<boolean>;
  /** Workshops an account owns or was made a co-facilitator of, newest first. */
  listWorkshopsFor(accountId: string): Promise<Workshop[]>;

  // co-facilitators: accounts a workshop's owner shares it with (SPEC A14)
  /** Adds the account as a co-facilitator; adding one already there changes nothing. */
  addWorkshopFacilitator(workshopId: string, accountId: string, at: string): Promise<void>;
  /** Returns false if the account was not a co-facilitator of the workshop. */
  removeWorkshopFacilitator(workshopId: string, accountId: string): Promise<boolean>;
  /** The co-facilitators' accounts, in the order they were added. */
  listWorkshopFacilitators(workshopId: string): Promise<FacilitatorAccount[]>;
  isWorkshopFacilitator(workshopId: string, accountId: string): Promise<boolean>;

  // projects and groups
  createProject(project: Project): Promise<void>;
  listProjects(workshopId: string): Promise<Project[]>;
  createGroup(group: Group): Promise<void>;
  getGroup(id: string): Promise<Group | null>;
  /** Sets the project a group works on (null: none chosen). */
  setGroupProject(id: string, projectId: string | null): Promise<void>;
  listGroups(workshopId: string): Promise<Group[]>; // ordered by position

  // participants
  /** `joinedWith`: the invite code they joined with, so revoking it can remove them too. */
  createParticipant(participant: Participant, joinedWith?: string | null): Promise<void>;
  /** A participant who has not been removed; null for an unknown or removed id. */
  getParticipant(id: string): Promise<Participant | null>;
  listParticipants(workshopId: string): Promise<Participant[]>; // ordered by createdAt; removed ones left out
  /** Who joined with this invite and has not been removed, ordered by createdAt. */
  listParticipantsJoinedWith(inviteCode: string): Promise<Participant[]>;
  /**
   * Removes a participant from their workshop (docs/SPEC.md A10, P5): their row stays, marked
   * removed, with their name, organisation and group cleared; their sessions are deleted. False if there was no such participant, or they were already removed.
   */
  removeParticipant(id: string, at: string): Promise<boolean>;
  /** Moves a participant to a group (null: no group). */
  setParticipantGroup(id: string, groupId: string | null): Promise<void>;

  // invites
  createInvite(invite: Invite): Promise<void>;
  getInvite(code: string): Promise<Invite | null>;
  listInvites(workshopId: string): Promise<Invite[]>;
  /** Sets revokedAt if not already set. Returns false if no such invite. */
  revokeInvite(code: string, at: string): Promise<boolean>;

  // boards' records (what a board holds is its BoardLog)
  /** Records a board; its log starts empty. */
  createBoard(board: Board): Promise<void>;
  getBoard(id: string): Promise<Board | null>;
  listBoards(workshopId: string): Promise<Board[]>; // ordered by createdAt, then id
  /** Changes a board's title; an unknown id changes nothing. */
  renameBoard(id: string, title: string): Promise<void>;
  /** Locks a board read-only (`lockedAt`) or unlocks it (null); an unknown id changes nothing. */
  setBoardLock(id: string, lockedAt: string | null): Promise<void>;
  /**
   * Deletes a board's record with its log (updates, compacted state, snapshot), then scrubs
   * the bytes as `deleteWorkshop` does. Returns false if there was no such board.
   */
  deleteBoard(id: string): Promise<boolean>;

  // ---- audience links (SPEC W, migration 013): a map board's link for people watching ----
  /** Opens a board's audience link with `code`; one already open is kept. Resolves with the link open now. */
  openAudienceLink(link: AudienceLink): Promise<AudienceLink>;
  /** Closes a board's audience link; false when none was open. */
  closeAudienceLink(boardId: string): Promise<boolean>;
  /** The open link of a board, or with a code; null when closed or unknown. */
  getAudienceLink(by: { boardId: string } | { code: string }): Promise<AudienceLink | null>;

  // ---- private rounds (SPEC R, migration 007): notes held back until a facilitator reveals them ----
  /** Opens a round on a board; one already open is kept as it is. Resolves with the round open now. */
  openPrivateRound(round: PrivateRound): Promise<PrivateRound>;
  getPrivateRound(boardId: string): Promise<PrivateRound | null>;
  /**
   * Adds a held-back note to its board's open round; throws AppError NO_PRIVATE_ROUND when none
   * is open or a reveal has claimed it (a note is either in what the reveal lists, or refused).
   */
  addPrivateNote(note: PrivateNote): Promise<void>;
  /** The round's notes, oldest first; with `participantId`, only that person's. */
  listPrivateNotes(boardId: string, participantId?: string): Promise<PrivateNote[]>;
  /**
   * Ends a board's round: deletes it and every note held back in it, then scrubs the bytes as
   * `deleteBoard` does (SQLite overwrites and truncates its WAL; PostgreSQL vacuums). False if none was open.
   */
  endPrivateRound(boardId: string): Promise<boolean>;
  /**
   * Claims the round's reveal (SPEC R4), a compare-and-set on its row: true for exactly one
   * caller, on any instance, while the round is open, or when an earlier claim was made before
   * `staleBefore` (its instance died mid-reveal); false with no round, or one claimed since.
   * Once claimed, the round takes no note and gives none back.
   */
  claimPrivateRoundReveal(boardId: string, claimedAt: string, staleBefore: string): Promise<boolean>;
  /** Deletes one held-back note of its writer's (they took it back), scrubbing as above. False if they hold no such note, or a reveal has claimed the round. */
  deletePrivateNote(boardId: string, participantId: string, noteId: string): Promise<boolean>;
  /** Deletes a person's held-back notes in every round (they were removed), scrubbing as above. Returns how many. */
  deletePrivateNotesOf(participantId: string): Promise<number>;
  // ---- end of private rounds ----

  // ---- city atlas decisions (SPEC T4, T5, migration 010): a city's, not a workshop's ----
  /** The city's decisions (by its cityKey), oldest first. */
  listAtlasDecisions(cityKey: string): Promise<AtlasDecision[]>;
  /**
   * Stores a decision; one on the same pair of the same city (see decisionPair) is replaced, keeping
   * its id. Resolves with the decision as stored.
   */
  putAtlasDecision(decision: AtlasDecision): Promise<AtlasDecision>;
  /** Deletes one of the city's decisions; false if it has no such decision. */
  deleteAtlasDecision(cityKey: string, id: string): Promise<boolean>;

  // ---- retention (SPEC K, migration 012): how long a workshop is kept after its last activity ----
  /**
   * Records activity at `at` unless some was recorded after `notBefore` (a busy workshop writes at
   * most once an hour); clears a retention warning, since the date moves. True if written.
   */
  touchWorkshopActivity(workshopId: string, at: string, notBefore: string): Promise<boolean>;
  /** Sets a workshop's retention period in months (null: the installation's default); clears a warning. */
  setRetentionMonths(workshopId: string, months: number | null): Promise<void>;
  getWorkshopRetention(workshopId: string): Promise<WorkshopRetention | null>;
  /** Every workshop's retention, oldest activity first. */
  listWorkshopRetention(): Promise<WorkshopRetention[]>;
  /** Compare-and-set: marks the owner warned, if not yet for this last activity. True for one caller. */
  claimRetentionWarning(workshopId: string, at: string, lastActivityAt: string): Promise<boolean>;
  /**
   * Compare-and-set before the sweep deletes: true for one caller, on any instance, while the
   * workshop is warned, has had no activity since `lastActivityAt`, and is unclaimed (or was
   * claimed before `staleBefore`).
   */
  claimRetentionDeletion(workshopId: string, at: string, staleBefore: string, lastActivityAt: string): Promise<boolean>;
  /**
   * Blanks a member's name and organisation at their request (SPEC K6); they stay a member.
   * False if no such member (or one removed).
   */
  blankParticipantName(participantId: string): Promise<boolean>;
}

/** What facilitators change on a booking request (SPEC B3). */
export interface BookingChange {
  status?: BookingStatus;
  notes?: string;
  agreedDate?: string | null;
  /** The workshop made from the request (SPEC B7). */
  workshopId?: string;
}

/**
 * Requests to book a workshop (SPEC B): not a workshop's, kept until a facilitator deletes
 * them or the retention period ends, their bytes scrubbed as a workshop's are (P1, P4).
 */
export interface BookingRecords {
  createBooking(booking: Booking): Promise<void>;
  getBooking(id: string): Promise<Booking | null>;
  /** Newest first. */
  listBookings(): Promise<Booking[]>;
  /** The request after the change, or null if there is none. */
  updateBooking(id: string, change: BookingChange, updatedAt: string): Promise<Booking | null>;
  deleteBooking(id: string): Promise<boolean>;
  /** Deletes every request made before `cutoff` (an ISO time); how many. */
  deleteBookingsCreatedBefore(cutoff: string): Promise<number>;
}

/**
 * Published project pages (SPEC U, migration 011): a workshop's, sealed with its key (P4) and
 * deleted with it (P1). A page is a snapshot; the live boards never change it.
 */
export interface PublicPageRecords {
  /** Publishes or republishes a project's page (one per project); a slug another page has throws AppError SLUG_TAKEN. */
  putPublicPage(page: PublicPage): Promise<void>;
  getPublicPageBySlug(slug: string): Promise<PublicPage | null>;
  getPublicPageOfProject(projectId: string): Promise<PublicPage | null>;
  /** The workshop's published pages, oldest first. */
  listPublicPages(workshopId: string): Promise<PublicPage[]>;
  /** Unpublishes: deletes the page and its comments. False if the project had none. */
  deletePublicPage(projectId: string): Promise<boolean>;
  addPublicComment(comment: PublicComment): Promise<void>;
  /** A page's comments, oldest first; with `approvedOnly`, only those a facilitator approved. */
  listPublicComments(pageId: string, approvedOnly: boolean): Promise<PublicComment[]>;
  approvePublicComment(pageId: string, commentId: string, at: string): Promise<boolean>;
  deletePublicComment(pageId: string, commentId: string): Promise<boolean>;
}

/** Opening, upgrading, checking and closing a store. */
export interface StoreLifecycle {
  readonly kind: 'sqlite' | 'postgres';
  /** Runs pending numbered migrations. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Reads and writes a row, for /healthz. Throws if the store is not usable. */
  ping(): Promise<void>;
}

/**
 * The storage contract: the workshop records, the board log, booking requests and the
 * store's lifecycle, in one object. SQLite and PostgreSQL implement it; test/contract runs
 * one suite per part against both. Every method is async so both fit; ids and times come from the caller.
 * Code that needs only one part takes that part (`BoardLog`, `WorkshopRecords`, or a
 * `Pick` of one), so what it touches is plain and a test can hand it just that.
 */
export interface Store extends StoreLifecycle, WorkshopRecords, BoardLog, BookingRecords, PublicPageRecords {}
