import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/index.js';

/**
 * Where the PostgreSQL store's master key comes from: `OPENCITIES_MASTER_KEY` (64 hex
 * digits), else `<data folder>/master.key`. It wraps every workshop's data key, and is kept
 * out of the database so the database's files, WAL and backups alone cannot unwrap them.
 */
export interface MasterKeySource {
  /** The key, or null when none has been made yet. */
  read(): Buffer | null;
  /** Makes and keeps a new key (a file with mode 0600); only for a database that has none. */
  create(): Buffer;
  /** Where the key is looked for, for messages. */
  readonly where: string;
}

const envName = 'OPENCITIES_MASTER_KEY';

export function masterKeySource(dataDir: string, env: NodeJS.ProcessEnv = process.env): MasterKeySource {
  const fromEnv = env[envName];
  if (fromEnv !== undefined && fromEnv !== '') {
    const key = parseKey(fromEnv, `${envName} is not a master key`);
    return {
      read: () => key,
      create: () => key,
      where: envName,
    };
  }
  const file = join(dataDir, 'master.key');
  const read = (): Buffer | null => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError('STORE_UNAVAILABLE', `cannot read the master key file ${file}: ${(e as Error).message}`);
    }
    return parseKey(text, `${file} does not hold a master key`);
  };
  return {
    read,
    create: () => {
      mkdirSync(dataDir, { recursive: true });
      try {
        // 'wx': of several instances starting at once, one writes and the others read it.
        writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const key = read();
      if (!key) throw new AppError('STORE_UNAVAILABLE', `the master key file ${file} vanished while it was being made`);
      return key;
    },
    where: file,
  };
}

function parseKey(text: string, problem: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new AppError('STORE_UNAVAILABLE', `${problem}: it must be 64 hex digits (32 bytes), e.g. from "openssl rand -hex 32"`);
  }
  return Buffer.from(hex, 'hex');
}
