import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { FieldSealer, RowCipher } from '../RowCipher.js';
import { open, seal, sealOverhead } from './aesGcm.js';

/** Reads rows with `$n` placeholders (the store's pool, or a transaction's client). */
export type Rows = <T>(sql: string, params: readonly unknown[]) => Promise<T[]>;

// Bounded so a long-running server does not keep every workshop's key it ever opened.
const cacheLimit = 5_000;

/**
 * PostgreSQL's RowCipher: each workshop's fields are sealed (AES-256-GCM) with a random
 * 32-byte data key of its own, bound to the workshop id. The data key is stored in
 * `workshop_keys` wrapped with the master key, which never enters the database; deleting
 * the workshop deletes the wrapped key, so the ciphertext PostgreSQL keeps in free space,
 * the WAL and backups can no longer be read (docs/SPEC.md P4).
 */
export class WorkshopKeys implements RowCipher {
  readonly overhead = sealOverhead;
  private readonly sealers = new Map<string, FieldSealer>();
  private readonly boards = new Map<string, string>();

  constructor(
    private readonly master: Buffer,
    private readonly rows: Rows,
  ) {}

  /** A new data key for a workshop: the sealer, and the key wrapped for `workshop_keys`. */
  newKey(workshopId: string): { sealer: FieldSealer; wrapped: Buffer } {
    const key = randomBytes(32);
    const wrapped = seal(this.master, key, wrapContext(workshopId));
    return { sealer: sealerFor(createSecretKey(key), workshopId), wrapped };
  }

  async forNewWorkshop(workshopId: string): Promise<FieldSealer> {
    const cached = this.sealers.get(workshopId);
    if (cached) return cached;
    // A workshop id that already has a key (createWorkshop with a taken id) keeps it.
    await this.rows('INSERT INTO workshop_keys (workshop_id, wrapped) VALUES ($1, $2) ON CONFLICT (workshop_id) DO NOTHING', [
      workshopId,
      this.newKey(workshopId).wrapped,
    ]);
    return this.forWorkshop(workshopId);
  }

  async forWorkshop(workshopId: string): Promise<FieldSealer> {
    const cached = this.sealers.get(workshopId);
    if (cached) return cached;
    const [row] = await this.rows<{ wrapped: Buffer }>('SELECT wrapped FROM workshop_keys WHERE workshop_id = $1', [workshopId]);
    if (!row) throw new Error(`workshop ${workshopId} has no key in workshop_keys: it does not exist, or its rows cannot be read`);
    const sealer = this.unwrap(workshopId, row.wrapped);
    remember(this.sealers, workshopId, sealer);
    return sealer;
  }

  private unwrap(workshopId: string, wrapped: Buffer): FieldSealer {
    return sealerFor(createSecretKey(open(this.master, wrapped, wrapContext(workshopId))), workshopId);
  }

  async warm(workshopIds: readonly string[]): Promise<void> {
    const missing = [...new Set(workshopIds)].filter((id) => !this.sealers.has(id)).slice(0, cacheLimit);
    if (missing.length === 0) return;
    const rows = await this.rows<{ workshop_id: string; wrapped: Buffer }>(
      'SELECT workshop_id, wrapped FROM workshop_keys WHERE workshop_id = ANY($1::text[])',
      [missing],
    );
    for (const r of rows) remember(this.sealers, r.workshop_id, this.unwrap(r.workshop_id, r.wrapped));
  }

  async forBoard(boardId: string): Promise<FieldSealer | null> {
    let workshopId = this.boards.get(boardId);
    if (workshopId === undefined) {
      const [row] = await this.rows<{ workshop_id: string }>('SELECT workshop_id FROM boards WHERE id = $1', [boardId]);
      if (!row) return null;
      workshopId = row.workshop_id;
      remember(this.boards, boardId, workshopId);
    }
    return this.forWorkshop(workshopId);
  }

  forget(workshopId: string): void {
    this.sealers.delete(workshopId);
    for (const [board, workshop] of this.boards) if (workshop === workshopId) this.boards.delete(board);
  }
}

/** A fingerprint of the master key, stored so a start with a different key is refused. */
export function masterKeyCheck(master: Buffer): string {
  return createHmac('sha256', master).update('opencities master key check v1').digest('hex');
}

function wrapContext(workshopId: string): string {
  return `opencities workshop key ${workshopId}`;
}

function sealerFor(key: KeyObject, workshopId: string): FieldSealer {
  const context = `opencities workshop ${workshopId}`;
  return {
    text: (plain) => seal(key, Buffer.from(plain, 'utf8'), context).toString('base64'),
    openText: (stored) => open(key, Buffer.from(stored, 'base64'), context).toString('utf8'),
    bytes: (plain) => seal(key, plain, context),
    openBytes: (stored) => open(key, stored, context),
  };
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > cacheLimit) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}
