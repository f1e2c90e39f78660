/**
 * How a store keeps the fields people write (titles, names, notes, board logs, snapshots)
 * at rest, per workshop. SQLite keeps them as they are (it overwrites deleted bytes, P1);
 * PostgreSQL seals them with the workshop's own key (P4), in `postgres/WorkshopKeys.ts`.
 */
export interface FieldSealer {
  text(plain: string): string;
  openText(stored: string): string;
  bytes(plain: Uint8Array): Uint8Array;
  openBytes(stored: Uint8Array): Uint8Array;
}

export interface RowCipher {
  /** Bytes each stored byte value carries beyond its content (board sizes count content only). */
  readonly overhead: number;
  /** The sealer of a workshop, creating its key if it has none yet (createWorkshop only). */
  forNewWorkshop(workshopId: string): Promise<FieldSealer>;
  /** The sealer of an existing workshop's rows. */
  forWorkshop(workshopId: string): Promise<FieldSealer>;
  /** Loads the keys of several workshops at once (a list), so opening each row needs no query. */
  warm(workshopIds: readonly string[]): Promise<void>;
  /** The sealer of a board's rows, or null if there is no such board. */
  forBoard(boardId: string): Promise<FieldSealer | null>;
  /** Forgets a deleted workshop's key and boards. */
  forget(workshopId: string): void;
}

const asIs: FieldSealer = {
  text: (s) => s,
  openText: (s) => s,
  bytes: (b) => b,
  openBytes: (b) => b,
};

/** Fields stored as they are. */
export const plainRows: RowCipher = {
  overhead: 0,
  forNewWorkshop: () => Promise.resolve(asIs),
  forWorkshop: () => Promise.resolve(asIs),
  warm: () => Promise.resolve(),
  forBoard: () => Promise.resolve(asIs),
  forget: () => {},
};
