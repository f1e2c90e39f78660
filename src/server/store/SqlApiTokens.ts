import type { ApiToken, ApiTokenScope } from '../../domain/index.js';

/** What SqlApiTokens needs of its store: `$n` queries. */
export interface ApiTokenQueries {
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

interface ApiTokenRow {
  id: string;
  account_id: string;
  name: string;
  scope: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

const columns = 'id, account_id, name, scope, created_at, expires_at, revoked_at';

const toApiToken = (r: ApiTokenRow): ApiToken => ({
  id: r.id,
  accountId: r.account_id,
  name: r.name,
  scope: r.scope as ApiTokenScope,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});

/** Personal API tokens (SPEC N3, migration 014) on either dialect: looked up by the token's hash only. */
export class SqlApiTokens {
  constructor(private readonly q: ApiTokenQueries) {}

  async create(token: ApiToken, tokenHash: string): Promise<void> {
    await this.q.run(
      `INSERT INTO api_tokens (id, account_id, name, scope, token_hash, created_at, expires_at, revoked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [token.id, token.accountId, token.name, token.scope, tokenHash, token.createdAt, token.expiresAt, token.revokedAt],
    );
  }

  async byHash(tokenHash: string): Promise<ApiToken | null> {
    const rows = await this.q.all<ApiTokenRow>(`SELECT ${columns} FROM api_tokens WHERE token_hash = $1`, [tokenHash]);
    return rows[0] ? toApiToken(rows[0]) : null;
  }

  async list(accountId: string): Promise<ApiToken[]> {
    const rows = await this.q.all<ApiTokenRow>(`SELECT ${columns} FROM api_tokens WHERE account_id = $1 ORDER BY created_at DESC, id`, [
      accountId,
    ]);
    return rows.map(toApiToken);
  }

  /** Revokes one of the account's tokens at `at` (a revoked one keeps its first date). Null when the account has no such token. */
  async revoke(accountId: string, id: string, at: string): Promise<ApiToken | null> {
    await this.q.run('UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $3) WHERE id = $1 AND account_id = $2', [id, accountId, at]);
    const rows = await this.q.all<ApiTokenRow>(`SELECT ${columns} FROM api_tokens WHERE id = $1 AND account_id = $2`, [id, accountId]);
    return rows[0] ? toApiToken(rows[0]) : null;
  }
}
