import type { Board, FacilitatorAccount, Group, Invite, Participant, Project, Workshop } from '../../domain/index.js';
import { reflectionColumns, type PrivateNote, type PrivateRound, type ReflectionColumn } from '../../domain/facilitation/index.js';
import { atlasDecisionKinds, decisionPair, type AtlasDecision, type AtlasDecisionKind } from '../../domain/atlas/index.js';
import { AppError } from '../../shared/index.js';
import { plainRows, type FieldSealer, type RowCipher } from './RowCipher.js';
import type { Booking } from '../../domain/bookings/index.js';
import { SqlApiTokens } from './SqlApiTokens.js';
import { SqlBookings } from './SqlBookings.js';
import type { PublicComment, PublicPage } from '../../domain/publicPage/index.js';
import { SqlPublicPages } from './SqlPublicPages.js';
import { SqlRetention } from './SqlRetention.js';
import type { ApiToken, WorkshopRetention } from '../../domain/index.js';
import type { AudienceLink, BoardLog, BoardState, BookingChange, IdentityLink, Session, Store } from './Store.js';
import {
  emailKey,
  toAccount,
  toBoard,
  toGroup,
  toInvite,
  toParticipant,
  toProject,
  toSession,
  toWorkshop,
  type AccountRow,
  type BoardRow,
  type GroupRow,
  type InviteRow,
  type ParticipantRow,
  type ProjectRow,
  type SessionRow,
  type WorkshopRow,
} from './rows.js';

/**
 * The workshop records of both dialects (WorkshopRecords): single-statement reads and writes,
 * written once with `$1` placeholders so SQLite and PostgreSQL cannot drift apart. The board
 * log is a separate object (`log`, a SqlBoardLog) that the store's BoardLog methods hand
 * over to. Subclasses own what needs a transaction or a dialect's own tools (migrations,
 * the board log, scrubbing).
 */
export abstract class SqlStore implements Store {
  abstract readonly kind: 'sqlite' | 'postgres';
  abstract migrate(): Promise<void>;
  abstract close(): Promise<void>;
  abstract deleteWorkshop(id: string): Promise<boolean>;
  abstract deleteBoard(id: string): Promise<boolean>;

  /** Each board's log and snapshot (the BoardLog part), on the same database. */
  protected abstract readonly log: BoardLog;
  /** After private notes were deleted: their bytes scrubbed as a board's deletion scrubs them (SPEC R5). */
  protected abstract scrubPrivateNotes(): Promise<void>;

  /** How the fields people write are kept at rest: as they are, or sealed per workshop (P4). */
  protected cipher: RowCipher = plainRows;

  /** Deletes these booking requests (and on PostgreSQL their keys), then scrubs their bytes (SPEC B5). */
  protected abstract deleteBookingRows(ids: readonly string[]): Promise<number>;

  private readonly bookings = new SqlBookings({
    all: (sql, params) => this.all(sql, params),
    run: (sql, params) => this.run(sql, params),
    cipher: () => this.cipher,
    deleteRows: (ids) => this.deleteBookingRows(ids),
  });

  private readonly pages = new SqlPublicPages({
    all: (sql, params) => this.all(sql, params),
    run: (sql, params) => this.run(sql, params),
    cipher: () => this.cipher,
    isUniqueViolation: (e) => this.isUniqueViolation(e),
  });

  private readonly apiTokens = new SqlApiTokens({
    all: (sql, params) => this.all(sql, params),
    run: (sql, params) => this.run(sql, params),
  });

  private readonly retention = new SqlRetention({
    all: (sql, params) => this.all(sql, params),
    run: (sql, params) => this.run(sql, params),
    cipher: () => this.cipher,
  });

  /** Rows of a query; `$n` placeholders. */
  protected abstract all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  protected abstract run(sql: string, params?: readonly unknown[]): Promise<number>;
  protected abstract isUniqueViolation(e: unknown): boolean;
  /**
   * Appended to the sub-select that finds a round still open when a note is added or taken
   * back: PostgreSQL's ` FOR SHARE`, so the statement and a reveal's claim of that row run one
   * after the other (the claim waits for the note, or the note sees the claim), never across
   * each other. SQLite runs one write at a time and has no such clause.
   */
  protected abstract readonly roundRowLock: string;

  protected async one<T>(sql: string, params?: readonly unknown[]): Promise<T | null> {
    const rows = await this.all<T>(sql, params);
    return rows[0] ?? null;
  }

  async ping(): Promise<void> {
    await this.setSetting('store.ping', 'ok');
    if ((await this.getSetting('store.ping')) !== 'ok') throw new Error('store ping: wrote a row but could not read it back');
  }

  // The BoardLog part, handed to `log`.
  appendUpdates(boardId: string, updates: Uint8Array[]): Promise<number> {
    return this.log.appendUpdates(boardId, updates);
  }

  loadBoardState(boardId: string): Promise<BoardState> {
    return this.log.loadBoardState(boardId);
  }

  compactBoard(boardId: string, state: Uint8Array, uptoSeq: number): Promise<void> {
    return this.log.compactBoard(boardId, state, uptoSeq);
  }

  boardSize(boardId: string): Promise<number> {
    return this.log.boardSize(boardId);
  }

  putBoardSnapshot(boardId: string, json: string, updatedAt: string): Promise<void> {
    return this.log.putBoardSnapshot(boardId, json, updatedAt);
  }

  getBoardSnapshot(boardId: string): Promise<{ json: string; updatedAt: string } | null> {
    return this.log.getBoardSnapshot(boardId);
  }

  async getSetting(key: string): Promise<string | null> {
    const row = await this.one<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return row?.value ?? null;
  }

  async settingOnce(key: string, value: string): Promise<string> {
    await this.run('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, value]);
    const stored = await this.getSetting(key);
    if (stored === null) throw new Error(`settings: wrote ${key} but could not read it back`);
    return stored;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.run('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
      key,
      value,
    ]);
  }

  async createAccount(a: FacilitatorAccount): Promise<void> {
    try {
      await this.run(
        'INSERT INTO accounts (id, email, email_key, name, password_hash, is_admin, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [a.id, a.email, emailKey(a.email), a.name, a.passwordHash, a.isAdmin, a.createdAt],
      );
    } catch (e) {
      // Only a taken email is the user's to fix; a clashing id is a bug and stays loud.
      if (this.isUniqueViolation(e) && (await this.getAccountByEmail(a.email))) throw new AppError('ACCOUNT_EXISTS');
      throw e;
    }
  }

  async getAccount(id: string): Promise<FacilitatorAccount | null> {
    const row = await this.one<AccountRow>('SELECT * FROM accounts WHERE id = $1', [id]);
    return row && toAccount(row);
  }

  async getAccountByEmail(email: string): Promise<FacilitatorAccount | null> {
    const row = await this.one<AccountRow>('SELECT * FROM accounts WHERE email_key = $1', [emailKey(email)]);
    return row && toAccount(row);
  }

  async listAccounts(): Promise<FacilitatorAccount[]> {
    return (await this.all<AccountRow>('SELECT * FROM accounts ORDER BY created_at, id')).map(toAccount);
  }

  async getAccountByIdentity(issuer: string, subject: string): Promise<FacilitatorAccount | null> {
    const row = await this.one<AccountRow>(
      'SELECT a.* FROM accounts a JOIN account_identities i ON i.account_id = a.id WHERE i.issuer = $1 AND i.subject = $2',
      [issuer, subject],
    );
    return row && toAccount(row);
  }

  async linkIdentity(l: IdentityLink): Promise<boolean> {
    // Either unique key taken (this identity, or another identity of the account's at the issuer): nothing changes.
    const changed = await this.run(
      'INSERT INTO account_identities (issuer, subject, account_id, linked_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [l.issuer, l.subject, l.accountId, l.linkedAt],
    );
    return changed > 0;
  }

  async createSession(s: Session): Promise<void> {
    await this.run('INSERT INTO sessions (id_hash, account_id, participant_id, expires_at) VALUES ($1, $2, $3, $4)', [
      s.idHash,
      s.accountId,
      s.participantId,
      s.expiresAt,
    ]);
  }

  async getSession(idHash: string): Promise<Session | null> {
    const row = await this.one<SessionRow>('SELECT * FROM sessions WHERE id_hash = $1', [idHash]);
    return row && toSession(row);
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.run('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    return this.run('DELETE FROM sessions WHERE expires_at < $1', [now]);
  }

  // ---- personal API tokens (SPEC N3, migration 014; SqlApiTokens) ----
  createApiToken(token: ApiToken, tokenHash: string): Promise<void> {
    return this.apiTokens.create(token, tokenHash);
  }
  getApiTokenByHash(tokenHash: string): Promise<ApiToken | null> {
    return this.apiTokens.byHash(tokenHash);
  }
  listApiTokens(accountId: string): Promise<ApiToken[]> {
    return this.apiTokens.list(accountId);
  }
  revokeApiToken(accountId: string, id: string, at: string): Promise<ApiToken | null> {
    return this.apiTokens.revoke(accountId, id, at);
  }

  async createWorkshop(w: Workshop): Promise<void> {
    const s = await this.cipher.forNewWorkshop(w.id);
    const c = workshopColumns(s, w);
    await this.run(
      'INSERT INTO workshops (id, title, description, meeting_link, owner_id, agenda, created_at, city, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [w.id, c.title, c.description, c.meetingLink, w.ownerId, c.agenda, w.createdAt, c.city, w.language ?? null],
    );
  }

  async getWorkshop(id: string): Promise<Workshop | null> {
    const row = await this.one<WorkshopRow>('SELECT * FROM workshops WHERE id = $1', [id]);
    return row && this.openWorkshop(row);
  }

  /** Changes everything but id and createdAt; an unknown id changes nothing. */
  async updateWorkshop(w: Workshop): Promise<void> {
    if (!(await this.one('SELECT id FROM workshops WHERE id = $1', [w.id]))) return;
    const s = await this.cipher.forWorkshop(w.id);
    const c = workshopColumns(s, w);
    await this.run(
      'UPDATE workshops SET title = $2, description = $3, meeting_link = $4, owner_id = $5, agenda = $6, city = $7, language = $8 WHERE id = $1',
      [w.id, c.title, c.description, c.meetingLink, w.ownerId, c.agenda, c.city, w.language ?? null],
    );
  }

  async listWorkshops(ownerId?: string): Promise<Workshop[]> {
    const rows =
      ownerId === undefined
        ? await this.all<WorkshopRow>('SELECT * FROM workshops ORDER BY created_at DESC, id DESC')
        : await this.all<WorkshopRow>('SELECT * FROM workshops WHERE owner_id = $1 ORDER BY created_at DESC, id DESC', [ownerId]);
    await this.cipher.warm(rows.map((r) => r.id));
    return Promise.all(rows.map((r) => this.openWorkshop(r)));
  }

  private async openWorkshop(r: WorkshopRow): Promise<Workshop> {
    const s = await this.cipher.forWorkshop(r.id);
    return toWorkshop({
      ...r,
      title: s.openText(r.title),
      description: s.openText(r.description),
      meeting_link: r.meeting_link === null ? null : s.openText(r.meeting_link),
      agenda: s.openText(r.agenda),
      city: r.city === null || r.city === undefined ? null : s.openText(r.city),
    });
  }

  async listWorkshopsFor(accountId: string): Promise<Workshop[]> {
    const rows = await this.all<WorkshopRow>(
      `SELECT * FROM workshops WHERE owner_id = $1
          OR id IN (SELECT workshop_id FROM workshop_facilitators WHERE account_id = $1)
        ORDER BY created_at DESC, id DESC`,
      [accountId],
    );
    await this.cipher.warm(rows.map((r) => r.id));
    return Promise.all(rows.map((r) => this.openWorkshop(r)));
  }

  async addWorkshopFacilitator(workshopId: string, accountId: string, at: string): Promise<void> {
    await this.run(
      'INSERT INTO workshop_facilitators (workshop_id, account_id, added_at) VALUES ($1, $2, $3) ON CONFLICT (workshop_id, account_id) DO NOTHING',
      [workshopId, accountId, at],
    );
  }

  async removeWorkshopFacilitator(workshopId: string, accountId: string): Promise<boolean> {
    return (await this.run('DELETE FROM workshop_facilitators WHERE workshop_id = $1 AND account_id = $2', [workshopId, accountId])) > 0;
  }

  async listWorkshopFacilitators(workshopId: string): Promise<FacilitatorAccount[]> {
    const rows = await this.all<AccountRow>(
      `SELECT a.* FROM workshop_facilitators f JOIN accounts a ON a.id = f.account_id
        WHERE f.workshop_id = $1 ORDER BY f.added_at, a.id`,
      [workshopId],
    );
    return rows.map(toAccount);
  }

  async isWorkshopFacilitator(workshopId: string, accountId: string): Promise<boolean> {
    return (
      (await this.one<{ x: number }>('SELECT 1 AS x FROM workshop_facilitators WHERE workshop_id = $1 AND account_id = $2', [
        workshopId,
        accountId,
      ])) !== null
    );
  }

  /** Projects list in the order they were created: the position is the next in the workshop. */
  async createProject(p: Project): Promise<void> {
    const s = await this.cipher.forWorkshop(p.workshopId);
    await this.run(
      'INSERT INTO projects (id, workshop_id, title, position) VALUES ($1, $2, $3, (SELECT COALESCE(MAX(position), 0) + 1 FROM projects WHERE workshop_id = $2))',
      [p.id, p.workshopId, s.text(p.title)],
    );
  }

  async listProjects(workshopId: string): Promise<Project[]> {
    const rows = await this.all<ProjectRow>('SELECT * FROM projects WHERE workshop_id = $1 ORDER BY position, id', [workshopId]);
    if (rows.length === 0) return [];
    const s = await this.cipher.forWorkshop(workshopId);
    return rows.map((r) => toProject({ ...r, title: s.openText(r.title) }));
  }

  async createGroup(g: Group): Promise<void> {
    const s = await this.cipher.forWorkshop(g.workshopId);
    await this.run('INSERT INTO groups (id, workshop_id, name, position, project_id) VALUES ($1, $2, $3, $4, $5)', [
      g.id,
      g.workshopId,
      s.text(g.name),
      g.position,
      g.projectId,
    ]);
  }

  /** An unknown group id changes nothing. */
  async setGroupProject(id: string, projectId: string | null): Promise<void> {
    await this.run('UPDATE groups SET project_id = $2 WHERE id = $1', [id, projectId]);
  }

  async getGroup(id: string): Promise<Group | null> {
    const row = await this.one<GroupRow>('SELECT * FROM groups WHERE id = $1', [id]);
    return row && (await this.openGroups([row]))[0]!;
  }

  async listGroups(workshopId: string): Promise<Group[]> {
    return this.openGroups(await this.all<GroupRow>('SELECT * FROM groups WHERE workshop_id = $1 ORDER BY position, id', [workshopId]));
  }

  private async openGroups(rows: GroupRow[]): Promise<Group[]> {
    return Promise.all(rows.map(async (r) => toGroup({ ...r, name: (await this.cipher.forWorkshop(r.workshop_id)).openText(r.name) })));
  }

  async createParticipant(p: Participant, joinedWith: string | null = null): Promise<void> {
    const s = await this.cipher.forWorkshop(p.workshopId);
    await this.run(
      'INSERT INTO participants (id, workshop_id, name, organisation, role, group_id, created_at, joined_with) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [p.id, p.workshopId, s.text(p.name), s.text(p.organisation), p.role, p.groupId, p.createdAt, joinedWith],
    );
  }

  // A removed participant's row stays (SPEC P5) but is no one's any more: every read of
  // participants leaves it out, so each access check made from the record refuses it.
  async getParticipant(id: string): Promise<Participant | null> {
    const row = await this.one<ParticipantRow>('SELECT * FROM participants WHERE id = $1 AND removed_at IS NULL', [id]);
    return row && (await this.openParticipants([row]))[0]!;
  }

  async listParticipants(workshopId: string): Promise<Participant[]> {
    const rows = await this.all<ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = $1 AND removed_at IS NULL ORDER BY created_at, id',
      [workshopId],
    );
    return this.openParticipants(rows);
  }

  private async openParticipants(rows: ParticipantRow[]): Promise<Participant[]> {
    return Promise.all(
      rows.map(async (r) => {
        const s = await this.cipher.forWorkshop(r.workshop_id);
        return toParticipant({ ...r, name: s.openText(r.name), organisation: s.openText(r.organisation) });
      }),
    );
  }

  async listParticipantsJoinedWith(inviteCode: string): Promise<Participant[]> {
    const rows = await this.all<ParticipantRow>(
      'SELECT * FROM participants WHERE joined_with = $1 AND removed_at IS NULL ORDER BY created_at, id',
      [inviteCode],
    );
    return this.openParticipants(rows);
  }

  async removeParticipant(id: string, at: string): Promise<boolean> {
    const row = await this.one<{ workshop_id: string }>('SELECT workshop_id FROM participants WHERE id = $1 AND removed_at IS NULL', [id]);
    if (!row) return false;
    // Blank, sealed like any name (an empty plaintext would not open on PostgreSQL).
    const blank = (await this.cipher.forWorkshop(row.workshop_id)).text('');
    // Marked first: the mark is what every check reads, so a failure after it still leaves the person out.
    const changed = await this.run(
      'UPDATE participants SET removed_at = $2, name = $3, organisation = $3, group_id = NULL WHERE id = $1 AND removed_at IS NULL',
      [id, at, blank],
    );
    await this.run('DELETE FROM sessions WHERE participant_id = $1', [id]);
    return changed > 0;
  }

  /** An unknown participant id changes nothing. */
  async setParticipantGroup(id: string, groupId: string | null): Promise<void> {
    await this.run('UPDATE participants SET group_id = $2 WHERE id = $1', [id, groupId]);
  }

  async createInvite(i: Invite): Promise<void> {
    await this.run('INSERT INTO invites (code, workshop_id, role, group_id, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      i.code,
      i.workshopId,
      i.role,
      i.groupId,
      i.createdAt,
      i.revokedAt,
    ]);
  }

  async getInvite(code: string): Promise<Invite | null> {
    const row = await this.one<InviteRow>('SELECT * FROM invites WHERE code = $1', [code]);
    return row && toInvite(row);
  }

  async listInvites(workshopId: string): Promise<Invite[]> {
    return (await this.all<InviteRow>('SELECT * FROM invites WHERE workshop_id = $1 ORDER BY created_at, code', [workshopId])).map(
      toInvite,
    );
  }

  async revokeInvite(code: string, at: string): Promise<boolean> {
    return (await this.run('UPDATE invites SET revoked_at = COALESCE(revoked_at, $2) WHERE code = $1', [code, at])) > 0;
  }

  async createBoard(b: Board): Promise<void> {
    const s = await this.cipher.forWorkshop(b.workshopId);
    await this.run(
      'INSERT INTO boards (id, workshop_id, kind, title, group_id, project_id, created_at, activity_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [b.id, b.workshopId, b.kind, s.text(b.title), b.groupId, b.projectId, b.createdAt, b.activityId ?? null],
    );
  }

  async getBoard(id: string): Promise<Board | null> {
    const row = await this.one<BoardRow>('SELECT * FROM boards WHERE id = $1', [id]);
    return row && (await this.openBoards([row]))[0]!;
  }

  async listBoards(workshopId: string): Promise<Board[]> {
    return this.openBoards(await this.all<BoardRow>('SELECT * FROM boards WHERE workshop_id = $1 ORDER BY created_at, id', [workshopId]));
  }

  private async openBoards(rows: BoardRow[]): Promise<Board[]> {
    return Promise.all(rows.map(async (r) => toBoard({ ...r, title: (await this.cipher.forWorkshop(r.workshop_id)).openText(r.title) })));
  }

  async renameBoard(id: string, title: string): Promise<void> {
    const s = await this.cipher.forBoard(id);
    if (!s) return; // no such board: nothing to rename
    await this.run('UPDATE boards SET title = $2 WHERE id = $1', [id, s.text(title)]);
  }

  async setBoardLock(id: string, lockedAt: string | null): Promise<void> {
    await this.run('UPDATE boards SET locked_at = $2 WHERE id = $1', [id, lockedAt]);
  }

  // ---- audience links (SPEC W1, migration 013) ----
  async openAudienceLink(link: AudienceLink): Promise<AudienceLink> {
    await this.run('INSERT INTO audience_links (board_id, code, opened_at) VALUES ($1, $2, $3) ON CONFLICT (board_id) DO NOTHING', [
      link.boardId,
      link.code,
      link.openedAt,
    ]);
    return (await this.getAudienceLink({ boardId: link.boardId })) ?? link;
  }

  async closeAudienceLink(boardId: string): Promise<boolean> {
    return (await this.run('DELETE FROM audience_links WHERE board_id = $1', [boardId])) > 0;
  }

  async getAudienceLink(by: { boardId: string } | { code: string }): Promise<AudienceLink | null> {
    const [column, value] = 'code' in by ? ['code', by.code] : ['board_id', by.boardId];
    const rows = await this.all<{ board_id: string; code: string; opened_at: string }>(
      `SELECT board_id, code, opened_at FROM audience_links WHERE ${column} = $1`,
      [value],
    );
    const row = rows[0];
    return row ? { boardId: row.board_id, code: row.code, openedAt: row.opened_at } : null;
  }

  // ---- private rounds (SPEC R, migration 007) ----
  async openPrivateRound(round: PrivateRound): Promise<PrivateRound> {
    await this.run(
      'INSERT INTO private_rounds (board_id, workshop_id, opened_by, opened_at) VALUES ($1, $2, $3, $4) ON CONFLICT (board_id) DO NOTHING',
      [round.boardId, round.workshopId, round.openedBy, round.openedAt],
    );
    return (await this.getPrivateRound(round.boardId)) ?? round;
  }

  async getPrivateRound(boardId: string): Promise<PrivateRound | null> {
    const row = await this.one<PrivateRoundRow>('SELECT * FROM private_rounds WHERE board_id = $1', [boardId]);
    return row && { boardId: row.board_id, workshopId: row.workshop_id, openedBy: row.opened_by, openedAt: row.opened_at };
  }

  async addPrivateNote(note: PrivateNote): Promise<void> {
    const s = await this.cipher.forBoard(note.boardId);
    if (!s) throw new AppError('BOARD_NOT_FOUND');
    const body = JSON.stringify({ text: note.text, column: note.column, anonymous: note.anonymous, authorName: note.authorName });
    // One statement: a note is in what a reveal lists once it claims the round, or refused.
    const added = await this.run(
      `INSERT INTO private_notes (id, board_id, participant_id, body, created_at)
       SELECT $1, $2, $3, $4, $5 WHERE EXISTS (${this.openRound('$2')})`,
      [note.id, note.boardId, note.participantId, s.text(body), note.createdAt],
    );
    if (added === 0) throw new AppError('NO_PRIVATE_ROUND');
  }

  async listPrivateNotes(boardId: string, participantId?: string): Promise<PrivateNote[]> {
    const rows =
      participantId === undefined
        ? await this.all<PrivateNoteRow>('SELECT * FROM private_notes WHERE board_id = $1 ORDER BY created_at, id', [boardId])
        : await this.all<PrivateNoteRow>(
            'SELECT * FROM private_notes WHERE board_id = $1 AND participant_id = $2 ORDER BY created_at, id',
            [boardId, participantId],
          );
    if (rows.length === 0) return [];
    const s = await this.cipher.forBoard(boardId);
    if (!s) return [];
    return rows.map((r) => toPrivateNote(r, s.openText(r.body)));
  }

  async endPrivateRound(boardId: string): Promise<boolean> {
    const ended = (await this.run('DELETE FROM private_rounds WHERE board_id = $1', [boardId])) > 0;
    if (ended) await this.scrubPrivateNotes();
    return ended;
  }

  async claimPrivateRoundReveal(boardId: string, claimedAt: string, staleBefore: string): Promise<boolean> {
    const claimed = await this.run(
      'UPDATE private_rounds SET revealing_since = $2 WHERE board_id = $1 AND (revealing_since IS NULL OR revealing_since < $3)',
      [boardId, claimedAt, staleBefore],
    );
    return claimed > 0;
  }

  /** A sub-select finding the board's round while it is open (no reveal has claimed it), locked as `roundRowLock` says. */
  private openRound(boardParam: string): string {
    return `SELECT 1 FROM private_rounds WHERE board_id = ${boardParam} AND revealing_since IS NULL${this.roundRowLock}`;
  }

  async deletePrivateNote(boardId: string, participantId: string, noteId: string): Promise<boolean> {
    const deleted = await this.run(
      `DELETE FROM private_notes WHERE id = $1 AND board_id = $2 AND participant_id = $3 AND EXISTS (${this.openRound('$2')})`,
      [noteId, boardId, participantId],
    );
    if (deleted > 0) await this.scrubPrivateNotes();
    return deleted > 0;
  }

  async deletePrivateNotesOf(participantId: string): Promise<number> {
    const deleted = await this.run('DELETE FROM private_notes WHERE participant_id = $1', [participantId]);
    if (deleted > 0) await this.scrubPrivateNotes();
    return deleted;
  }
  // ---- end of private rounds ----

  // ---- published project pages (SPEC U, migration 011; SqlPublicPages) ----
  putPublicPage(page: PublicPage): Promise<void> {
    return this.pages.put(page);
  }
  getPublicPageBySlug(slug: string): Promise<PublicPage | null> {
    return this.pages.bySlug(slug);
  }
  getPublicPageOfProject(projectId: string): Promise<PublicPage | null> {
    return this.pages.byProject(projectId);
  }
  listPublicPages(workshopId: string): Promise<PublicPage[]> {
    return this.pages.list(workshopId);
  }
  deletePublicPage(projectId: string): Promise<boolean> {
    return this.pages.delete(projectId);
  }
  addPublicComment(comment: PublicComment): Promise<void> {
    return this.pages.addComment(comment);
  }
  listPublicComments(pageId: string, approvedOnly: boolean): Promise<PublicComment[]> {
    return this.pages.comments(pageId, approvedOnly);
  }
  approvePublicComment(pageId: string, commentId: string, at: string): Promise<boolean> {
    return this.pages.approveComment(pageId, commentId, at);
  }
  deletePublicComment(pageId: string, commentId: string): Promise<boolean> {
    return this.pages.deleteComment(pageId, commentId);
  }

  // ---- booking requests (SPEC B, migration 008; SqlBookings) ----
  createBooking(booking: Booking): Promise<void> {
    return this.bookings.create(booking);
  }
  getBooking(id: string): Promise<Booking | null> {
    return this.bookings.get(id);
  }
  listBookings(): Promise<Booking[]> {
    return this.bookings.list();
  }
  updateBooking(id: string, change: BookingChange, updatedAt: string): Promise<Booking | null> {
    return this.bookings.update(id, change, updatedAt);
  }
  deleteBooking(id: string): Promise<boolean> {
    return this.bookings.delete(id);
  }
  deleteBookingsCreatedBefore(cutoff: string): Promise<number> {
    return this.bookings.deleteCreatedBefore(cutoff);
  }

  // ---- city atlas decisions (SPEC T4, migration 010) ----
  async listAtlasDecisions(cityKey: string): Promise<AtlasDecision[]> {
    const rows = await this.all<AtlasDecisionRow>('SELECT * FROM atlas_decisions WHERE city_key = $1 ORDER BY decided_at, id', [cityKey]);
    return rows.map(toAtlasDecision);
  }

  async putAtlasDecision(d: AtlasDecision): Promise<AtlasDecision> {
    const [a, b] = decisionPair(d.kind, d.a, d.b);
    await this.run(
      `INSERT INTO atlas_decisions (id, city_key, kind, element_a, element_b, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (city_key, element_a, element_b) DO UPDATE SET kind = excluded.kind, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
      [d.id, d.cityKey, d.kind, a, b, d.decidedBy, d.decidedAt],
    );
    const row = await this.one<AtlasDecisionRow>(
      'SELECT * FROM atlas_decisions WHERE city_key = $1 AND element_a = $2 AND element_b = $3',
      [d.cityKey, a, b],
    );
    if (!row) throw new Error('atlas decisions: wrote a decision but could not read it back');
    return toAtlasDecision(row);
  }

  async deleteAtlasDecision(cityKey: string, id: string): Promise<boolean> {
    return (await this.run('DELETE FROM atlas_decisions WHERE city_key = $1 AND id = $2', [cityKey, id])) > 0;
  }

  // The retention part (SPEC K), handed to `retention`.
  touchWorkshopActivity(workshopId: string, at: string, notBefore: string): Promise<boolean> {
    return this.retention.touch(workshopId, at, notBefore);
  }

  setRetentionMonths(workshopId: string, months: number | null): Promise<void> {
    return this.retention.setMonths(workshopId, months);
  }

  getWorkshopRetention(workshopId: string): Promise<WorkshopRetention | null> {
    return this.retention.get(workshopId);
  }

  listWorkshopRetention(): Promise<WorkshopRetention[]> {
    return this.retention.list();
  }

  claimRetentionWarning(workshopId: string, at: string, lastActivityAt: string): Promise<boolean> {
    return this.retention.claimWarning(workshopId, at, lastActivityAt);
  }

  claimRetentionDeletion(workshopId: string, at: string, staleBefore: string, lastActivityAt: string): Promise<boolean> {
    return this.retention.claimDeletion(workshopId, at, staleBefore, lastActivityAt);
  }

  blankParticipantName(participantId: string): Promise<boolean> {
    return this.retention.blankParticipantName(participantId);
  }
}

interface AtlasDecisionRow {
  id: string;
  city_key: string;
  kind: string;
  element_a: string;
  element_b: string;
  decided_by: string | null;
  decided_at: string;
}

function toAtlasDecision(r: AtlasDecisionRow): AtlasDecision {
  const kind = atlasDecisionKinds.includes(r.kind as AtlasDecisionKind) ? (r.kind as AtlasDecisionKind) : 'reject';
  return { id: r.id, cityKey: r.city_key, kind, a: r.element_a, b: r.element_b, decidedBy: r.decided_by, decidedAt: r.decided_at };
}

/** A workshop's fields people write, sealed as its row stores them (P4). */
function workshopColumns(s: FieldSealer, w: Workshop) {
  return {
    title: s.text(w.title),
    description: s.text(w.description),
    meetingLink: sealNullable(s, w.meetingLink),
    agenda: s.text(JSON.stringify(w.agenda)),
    city: sealNullable(s, w.city ?? null),
  };
}

function sealNullable(s: FieldSealer, value: string | null): string | null {
  return value === null ? null : s.text(value);
}

interface PrivateRoundRow {
  board_id: string;
  workshop_id: string;
  opened_by: string;
  opened_at: string;
}

interface PrivateNoteRow {
  id: string;
  board_id: string;
  participant_id: string;
  body: string;
  created_at: string;
}

/** A held-back note from its row and opened body; a body this version cannot read shows as an empty quick note. */
function toPrivateNote(row: PrivateNoteRow, body: string): PrivateNote {
  let parsed: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(body);
    if (value && typeof value === 'object') parsed = value as Record<string, unknown>;
  } catch {
    // left empty: a row is never lost for one unreadable body
  }
  const column = reflectionColumns.includes(parsed.column as ReflectionColumn) ? (parsed.column as ReflectionColumn) : null;
  return {
    id: row.id,
    boardId: row.board_id,
    participantId: row.participant_id,
    text: typeof parsed.text === 'string' ? parsed.text : '',
    column,
    anonymous: parsed.anonymous === true,
    authorName: typeof parsed.authorName === 'string' ? parsed.authorName : '',
    createdAt: row.created_at,
  };
}
