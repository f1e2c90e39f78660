import type pg from 'pg';
import type { FieldSealer } from '../RowCipher.js';
import type { WorkshopKeys } from './WorkshopKeys.js';

// Every text column that holds what people wrote (the board log and snapshots follow).
const textColumns: readonly { table: string; columns: readonly string[] }[] = [
  { table: 'workshops', columns: ['title', 'description', 'meeting_link', 'agenda'] },
  { table: 'projects', columns: ['title'] },
  { table: 'groups', columns: ['name'] },
  { table: 'participants', columns: ['name', 'organisation'] },
  { table: 'boards', columns: ['title'] },
];

/**
 * Gives each workshop written before workshop keys existed its key and seals its rows in
 * place, inside the caller's migration transaction (all or nothing, one server at a time).
 * Returns how many workshops it sealed.
 */
export async function sealLegacyRows(c: pg.PoolClient, keys: WorkshopKeys): Promise<number> {
  const { rows } = await c.query<{ id: string }>(
    'SELECT id FROM workshops WHERE NOT EXISTS (SELECT 1 FROM workshop_keys k WHERE k.workshop_id = workshops.id)',
  );
  for (const { id } of rows) {
    const { sealer, wrapped } = keys.newKey(id);
    await c.query('INSERT INTO workshop_keys (workshop_id, wrapped) VALUES ($1, $2)', [id, wrapped]);
    for (const t of textColumns) await sealText(c, sealer, id, t.table, t.columns);
    await sealBoardRows(c, sealer, id);
  }
  return rows.length;
}

async function sealText(c: pg.PoolClient, s: FieldSealer, workshopId: string, table: string, columns: readonly string[]): Promise<void> {
  const owner = table === 'workshops' ? 'id' : 'workshop_id';
  const { rows } = await c.query<Record<string, string | null>>(`SELECT id, ${columns.join(', ')} FROM ${table} WHERE ${owner} = $1`, [
    workshopId,
  ]);
  const assignments = columns.map((col, i) => `${col} = $${i + 2}`).join(', ');
  for (const row of rows) {
    const values = columns.map((col) => {
      const v = row[col];
      return v === null || v === undefined ? null : s.text(v);
    });
    await c.query(`UPDATE ${table} SET ${assignments} WHERE id = $1`, [row.id, ...values]);
  }
}

async function sealBoardRows(c: pg.PoolClient, s: FieldSealer, workshopId: string): Promise<void> {
  const boards = (await c.query<{ id: string }>('SELECT id FROM boards WHERE workshop_id = $1', [workshopId])).rows.map((b) => b.id);
  for (const board of boards) {
    const updates = await c.query<{ seq: string; update: Buffer }>('SELECT seq, "update" FROM board_updates WHERE board_id = $1', [board]);
    for (const u of updates.rows) {
      await c.query('UPDATE board_updates SET "update" = $3 WHERE board_id = $1 AND seq = $2', [board, u.seq, s.bytes(u.update)]);
    }
    const compacted = (await c.query<{ state: Buffer }>('SELECT state FROM board_compacted WHERE board_id = $1', [board])).rows[0];
    if (compacted) await c.query('UPDATE board_compacted SET state = $2 WHERE board_id = $1', [board, s.bytes(compacted.state)]);
    const snapshot = (await c.query<{ json: string }>('SELECT json FROM board_snapshots WHERE board_id = $1', [board])).rows[0];
    if (snapshot) await c.query('UPDATE board_snapshots SET json = $2 WHERE board_id = $1', [board, s.text(snapshot.json)]);
  }
}
