import type { Booking, BookingKind, BookingStatus } from '../../domain/bookings/index.js';
import type { RowCipher } from './RowCipher.js';
import type { BookingChange } from './Store.js';

/** What SqlBookings needs of its store: `$n` queries, the cipher, and the dialect's deletion. */
export interface BookingQueries {
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  cipher(): RowCipher;
  /** Deletes these requests (and on PostgreSQL their keys), then scrubs their bytes; the number deleted. */
  deleteRows(ids: readonly string[]): Promise<number>;
}

interface BookingRow {
  id: string;
  kind: string;
  status: string;
  team_size: number | null;
  agreed_date: string | null;
  body: string;
  created_at: string;
  updated_at: string;
}

/**
 * The sealed part of a request: what people wrote, and the workshop made from it (kept here
 * rather than in a column of its own: no migration, and a request written before it has none).
 */
type BookingBody = Pick<Booking, 'organisation' | 'city' | 'name' | 'email' | 'preferredDates' | 'message' | 'notes'> & {
  workshopId?: string | null;
};

function bodyOf(b: Booking): BookingBody {
  return {
    organisation: b.organisation,
    city: b.city,
    name: b.name,
    email: b.email,
    preferredDates: b.preferredDates,
    message: b.message,
    notes: b.notes,
    workshopId: b.workshopId,
  };
}

/** Booking requests on either dialect (SPEC B): one statement each, written once with `$n` placeholders. */
export class SqlBookings {
  constructor(private readonly q: BookingQueries) {}

  async create(b: Booking): Promise<void> {
    const sealer = await this.q.cipher().forNewWorkshop(b.id);
    await this.q.run(
      `INSERT INTO bookings (id, kind, status, team_size, agreed_date, body, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [b.id, b.kind, b.status, b.teamSize, b.agreedDate, sealer.text(JSON.stringify(bodyOf(b))), b.createdAt, b.updatedAt],
    );
  }

  async get(id: string): Promise<Booking | null> {
    const [row] = await this.q.all<BookingRow>('SELECT * FROM bookings WHERE id = $1', [id]);
    return row ? this.open(row) : null;
  }

  /** Newest first. */
  async list(): Promise<Booking[]> {
    const rows = await this.q.all<BookingRow>('SELECT * FROM bookings ORDER BY created_at DESC, id');
    await this.q.cipher().warm(rows.map((r) => r.id));
    return Promise.all(rows.map((r) => this.open(r)));
  }

  async update(id: string, change: BookingChange, updatedAt: string): Promise<Booking | null> {
    const current = await this.get(id);
    if (!current) return null;
    const next: Booking = {
      ...current,
      status: change.status ?? current.status,
      notes: change.notes ?? current.notes,
      agreedDate: change.agreedDate === undefined ? current.agreedDate : change.agreedDate,
      workshopId: change.workshopId ?? current.workshopId,
      updatedAt,
    };
    const sealer = await this.q.cipher().forWorkshop(id);
    const changed = await this.q.run('UPDATE bookings SET status = $2, agreed_date = $3, body = $4, updated_at = $5 WHERE id = $1', [
      id,
      next.status,
      next.agreedDate,
      sealer.text(JSON.stringify(bodyOf(next))),
      updatedAt,
    ]);
    return changed > 0 ? next : null;
  }

  async delete(id: string): Promise<boolean> {
    return (await this.q.deleteRows([id])) > 0;
  }

  /** The retention sweep (SPEC B4): every request made before `cutoff`. */
  async deleteCreatedBefore(cutoff: string): Promise<number> {
    const rows = await this.q.all<{ id: string }>('SELECT id FROM bookings WHERE created_at < $1', [cutoff]);
    return rows.length === 0 ? 0 : this.q.deleteRows(rows.map((r) => r.id));
  }

  private async open(r: BookingRow): Promise<Booking> {
    const sealer = await this.q.cipher().forWorkshop(r.id);
    const body = JSON.parse(sealer.openText(r.body)) as BookingBody;
    return {
      id: r.id,
      kind: r.kind as BookingKind,
      status: r.status as BookingStatus,
      teamSize: r.team_size === null ? null : Number(r.team_size),
      agreedDate: r.agreed_date,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      ...body,
      workshopId: body.workshopId ?? null,
    };
  }
}
