import { open, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Bytes the probe writes: a few SQLite pages. A disk without this much room cannot take the
 * next edits either.
 */
export const diskProbeBytes = 64 * 1024;

/**
 * Writes, flushes and removes a small file beside the database, so /healthz finds a full,
 * read-only or failing disk. A write through SQLite alone does not: it reuses pages the WAL
 * already holds, and succeeds on a full disk. Asynchronous, so the event loop keeps going.
 */
export async function probeDisk(databasePath: string): Promise<void> {
  const path = join(dirname(databasePath), `.healthz-${process.pid}.probe`);
  const file = await open(path, 'w');
  try {
    await file.write(Buffer.alloc(diskProbeBytes, 0x2e));
    await file.sync();
  } finally {
    await file.close();
    await unlink(path);
  }
}
