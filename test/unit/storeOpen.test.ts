import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/server/store/index.js';
import {
  describeTarget,
  failureReason,
  schemaFromUrl,
  withDefaultUser,
  withSessionOptions,
} from '../../src/server/store/postgres/connection.js';

describe('openStore when the database cannot be used', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('an unreachable PostgreSQL throws STORE_UNAVAILABLE naming host and port, not the password', async () => {
    const opening = openStore({ databaseUrl: 'postgres://ann:s3cret@127.0.0.1:1/nothing' });
    await expect(opening).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    const message = await opening.catch((e: unknown) => (e instanceof Error ? e.message : ''));
    expect(message).toMatch(/^cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nothing: /);
    expect(message).not.toContain('s3cret');
    expect(message).not.toContain('\n');
  });

  it('a data folder that is a file throws STORE_UNAVAILABLE naming the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocs-open-'));
    dirs.push(dir);
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(openStore({ dataDir: file })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(openStore({ dataDir: file })).rejects.toThrow(/cannot open the SQLite database at .*not-a-folder/);
  });

  it('a bad schema name is refused before connecting', async () => {
    await expect(openStore({ databaseUrl: 'postgres://127.0.0.1:1/x', pgSchema: 'Robert"); DROP' })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
  });
});

describe('PostgreSQL connection strings', () => {
  it('describes the target without credentials', () => {
    expect(describeTarget('postgres://u:p@db.example.org:6543/cities')).toBe('db.example.org:6543/cities');
    expect(describeTarget('postgres://127.0.0.1/test')).toBe('127.0.0.1:5432/test');
    expect(describeTarget('not a url')).toMatch(/not a valid/);
  });

  it('falls back to the error code when the message is empty', () => {
    expect(failureReason(Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
    expect(failureReason(new Error('password authentication failed'))).toBe('password authentication failed');
  });

  it('fills in the operating-system user only when neither the URL nor the environment names one', () => {
    expect(withDefaultUser('postgres://ann@h/db', {})).toBe('postgres://ann@h/db');
    expect(withDefaultUser('postgres://h/db', { USER: 'ann' })).toBe('postgres://h/db');
    expect(withDefaultUser('postgres://h/db', {})).toMatch(/^postgres:\/\/[^@/]+@h\/db$/);
  });
});

describe('PostgreSQL session options', () => {
  it('reads the schema a URL selects, if it names exactly one', () => {
    expect(schemaFromUrl('postgres://h/db?options=-c%20search_path%3Dcity_a')).toBe('city_a');
    expect(schemaFromUrl('postgres://h/db?options=-c+search_path%3Dcity_a+-c+work_mem%3D4MB')).toBe('city_a');
    expect(schemaFromUrl('postgres://h/db?options=-c%20search_path%3Da,b')).toBeUndefined();
    expect(schemaFromUrl('postgres://h/db')).toBeUndefined();
  });

  it('keeps the URL options and adds ours after them', () => {
    const url = withSessionOptions('postgres://h/db?options=-c%20work_mem%3D4MB&sslmode=disable', ['-c synchronous_commit=on']);
    expect(new URL(url).searchParams.get('options')).toBe('-c work_mem=4MB -c synchronous_commit=on');
    expect(new URL(url).searchParams.get('sslmode')).toBe('disable');
  });
});
