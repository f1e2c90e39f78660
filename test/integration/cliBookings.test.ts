import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/server/store/index.js';
import { booking } from '../contract/bookingFixtures.js';
import { runCli } from '../support/cliProcess.js';

describe('opencities admin bookings', () => {
  it('lists booking requests newest first, as lines or as JSON; says when there are none', async () => {
    const data = mkdtempSync(join(tmpdir(), 'ocs-cli-'));
    const empty = runCli(['admin', 'bookings', '--data', data]);
    expect(empty.status).toBe(0);
    expect(empty.stdout.trim()).toBe('No booking requests.');

    const store = await openStore({ dataDir: data });
    await store.createBooking(booking('bk_old', { createdAt: '2026-01-01T09:00:00.000Z', message: 'Line one\nline two' }));
    await store.createBooking(booking('bk_new', { createdAt: '2026-02-01T09:00:00.000Z', name: 'Tab\there', city: null }));
    await store.close();

    const lines = runCli(['admin', 'bookings', '--data', data]).stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split('\t')).toEqual([
      'bk_new',
      '2026-02-01',
      'new',
      'A cities workshop',
      'Coventry City Council — Insight',
      '',
      'Tab here',
      'ana@example.org',
    ]);
    expect(lines[1]!.startsWith('bk_old\t2026-01-01\t')).toBe(true);

    const json = JSON.parse(runCli(['admin', 'bookings', '--json', '--data', data]).stdout);
    expect(json.map((b: { id: string }) => b.id)).toEqual(['bk_new', 'bk_old']);
    expect(json[1]).toEqual(booking('bk_old', { createdAt: '2026-01-01T09:00:00.000Z', message: 'Line one\nline two' }));
  });
});
