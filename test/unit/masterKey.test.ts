import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { masterKeySource } from '../../src/server/store/postgres/masterKey.js';

describe('the PostgreSQL store master key', () => {
  const dirs: string[] = [];
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'ocs-master-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('is made once in the data folder, readable by the owner only, and read back the same', () => {
    const data = join(dir(), 'data');
    const source = masterKeySource(data, {});
    expect(source.read()).toBeNull();
    const made = source.create();
    expect(made.byteLength).toBe(32);
    const file = join(data, 'master.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(made.toString('hex'));
    expect(masterKeySource(data, {}).read()).toEqual(made);
    // A second start (or a second instance) keeps the key that is there.
    expect(masterKeySource(data, {}).create()).toEqual(made);
  });

  it('OPENCITIES_MASTER_KEY wins over the file and writes nothing', () => {
    const data = dir();
    const hex = 'c0ffee00'.repeat(8);
    const source = masterKeySource(data, { OPENCITIES_MASTER_KEY: hex });
    expect(source.read()?.toString('hex')).toBe(hex);
    expect(source.create().toString('hex')).toBe(hex);
    expect(existsSync(join(data, 'master.key'))).toBe(false);
    expect(source.where).toBe('OPENCITIES_MASTER_KEY');
  });

  it('a malformed key is refused, saying what a key looks like', () => {
    const data = dir();
    expect(() => masterKeySource(data, { OPENCITIES_MASTER_KEY: 'secret' })).toThrow(/64 hex digits/);
    writeFileSync(join(data, 'master.key'), 'not a key\n');
    expect(() => masterKeySource(data, {}).read()).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE' }) as unknown as Error);
  });
});
